/**
 * What a scene's prediction is scored against (presentation/predict.ts): the featured regimen's plasma curve in
 * the scene's unit, its peak and plateau. Checked against C46H64O2's molar mass (649.0 g/mol, so 1 ng/mL of MK-7
 * is 1000/649 nmol/L), the closed-form 90%-of-plateau time ln(10)/ke for MK-7's 68 h half-life, and a sketch
 * that copies the curve scoring full marks.
 */
import { describe, expect, it } from 'vitest';
import {
  predictPrompt,
  predictTarget,
  revealWords,
  visibleUntilDays,
} from '../../renderer/src/presentation/predict';
import { sceneSimulation, storyScenes } from '../../renderer/src/presentation/scenes';

const daily = storyScenes().find((s) => s.story === 'daily-plateau')!;
const whole = { hide: 'curve' as const, allowReveal: true };

describe('prediction target', () => {
  it('is the MK-7 curve in the scene unit, with its peak and days to plateau', () => {
    const target = predictTarget(sceneSimulation(daily), whole)!;
    expect(target.label).toBe('MK-7');
    expect(target.units).toBe('ng/mL');
    const metrics = sceneSimulation(daily).regimens.find((r) => r.compound === 'mk7')!.metrics;
    expect(target.guessTruth.peakLevel).toBe(metrics.cmaxNgPerMl);
    // 90% of the plateau after ln(10)/ke, ke = ln 2 / 68 h: 9.41 days (from the first dose).
    expect(target.guessTruth.daysToPlateau!).toBeCloseTo(Math.log(10) / (Math.LN2 / 68) / 24, 0);
    expect(target.span).toEqual({ fromH: 0, toH: daily.scenario.horizonDays * 24 });

    const nmol = {
      ...daily,
      scenario: { ...daily.scenario, display: { ...daily.scenario.display, units: 'nmol/L' as const } },
    };
    const inNmol = predictTarget(sceneSimulation(nmol), whole)!;
    expect(inNmol.units).toBe('nmol/L');
    expect(inNmol.guessTruth.peakLevel).toBeCloseTo((metrics.cmaxNgPerMl * 1000) / 649.0, 9);
    const i = 100;
    expect(inNmol.truth.level[i]!).toBeCloseTo((target.truth.level[i]! * 1000) / 649.0, 9);
  });

  it('a sketch copying the curve scores 100; none drawn or typed is said', () => {
    const target = predictTarget(sceneSimulation(daily), whole)!;
    const copy = Array.from(target.truth.timeH, (timeH, j) => ({ timeH, level: target.truth.level[j]! }));
    const revealed = revealWords(target, copy, {});
    expect(revealed.score).toBe(100);
    expect(revealed.sketch).toBe('Your peak was about right, at the right time; the shape was close.');
    expect(revealWords(target, [], {})).toEqual({
      sketch: 'No prediction was drawn or typed.',
      score: null,
      guesses: [],
    });
  });

  it('hides up to the right day and never puts a result number in the prompt', () => {
    expect(visibleUntilDays(whole, 21)).toBe(0);
    expect(visibleUntilDays({ hide: 'future', fromDays: 3, allowReveal: true }, 21)).toBe(3);
    expect(visibleUntilDays({ hide: 'numbers', allowReveal: true }, 21)).toBe(21);
    expect(predictPrompt({ hide: 'future', fromDays: 3, allowReveal: false }, 'MK-7')).toBe(
      'Predict: sketch how the MK-7 level changes after day 3. The real curve stays hidden in this scene.',
    );
  });
});
