import { describe, expect, it } from 'vitest';
import { halfLifeMarker, timeToHalfAfterPeakH } from '../../renderer/src/presentation/annotations';
import { sceneFromScenario, sceneSimulation } from '../../renderer/src/presentation/scenes';
import { storyRegimen, storyScenario } from '../../renderer/src/presentation/storyScenario';
import { COMPOUND_PRESETS } from '../../sim/index';
import { expectClose } from '../support/expectClose';

/**
 * K1's half-life annotation: its preset t½ (3.56 h) is the central elimination constant, not a half-life of the
 * curve. The marker must name the curve's hybrid half-lives (Olson 2002: 1.0 h and 27.6 h) and span the time the
 * plotted curve really takes to halve.
 */
describe('half-life marker for a two-compartment compound (K1)', () => {
  const scenario = storyScenario('K1 once', 3, 5, [storyRegimen('k1', 420, { doseCount: 1, fatG: 20 })]);
  const sim = sceneSimulation(sceneFromScenario(scenario));

  it('names the hybrid half-lives 1.0 h and 27.6 h, never the central 3.56 h', () => {
    const marker = halfLifeMarker(sim)!;
    expect(marker.label).toContain('half-lives 1.0 h and 27.6 h');
    expect(marker.label).not.toContain(String(COMPOUND_PRESETS.k1.tHalfH.value));
    expect(marker.label).not.toContain('3.6 h');
  });

  it('spans the time the curve takes to fall to half its peak (the level really halves)', () => {
    const marker = halfLifeMarker(sim)!;
    expectClose(marker.to.value / marker.from.value, 0.5, { abs: 0.005 });
    const spanH = (marker.to.tDays - marker.from.tDays) * 24;
    expect(marker.label).toContain(`half gone in ${Math.round(spanH)} h`);
  });

  it('interpolates the half time on a grid (hand-worked)', () => {
    // Peak 8 at t = 1; falls to 4 between t = 2 (6) and t = 3 (2): crossing at 2.5, 1.5 h after the peak.
    expect(timeToHalfAfterPeakH([0, 1, 2, 3], [0, 8, 6, 2], 1)).toBe(1.5);
    expect(timeToHalfAfterPeakH([0, 1, 2], [0, 8, 6], 1)).toBeNull();
  });
});
