import { describe, expect, it } from 'vitest';
import {
  markerBasis,
  markerReadouts,
  roundMarkerPct,
  studyMarkerChangePct,
  undercarboxylatedChangePct,
} from '../../sim/markers';
import {
  MARKER_OBSERVATIONS,
  markerObservationDesign,
  OBSERVATIONS,
  ROLE_WORDS,
} from '../../sim/presets/observations';
import { TISSUE_PRESET } from '../../sim/presets/compounds';
import { expectClose } from '../support/expectClose';

/** Published marker changes (sim/presets/observations.ts) against the model, each within 2-fold (teaching tolerance). */
describe('tissue readouts on the scale of published marker changes', () => {
  it('the percent change of the uncarboxylated form is computed as trials report it (hand-worked)', () => {
    // Baseline 40% carboxylated (60% uncarboxylated); at C = EC50 with max 1, 70% carboxylated: 30% left, -50%.
    const tissue = { ke0PerH: 0.01, baselineFraction: 0.4, maxFraction: 1, ec50NmolPerL: 5 };
    expectClose(undercarboxylatedChangePct(tissue, 5), -50, { abs: 1e-12 });
    expect(undercarboxylatedChangePct(tissue, 0)).toBe(-0);
  });

  for (const o of MARKER_OBSERVATIONS.filter((m) => !m.knownMiss)) {
    it(`${o.role}: ${o.text} (model within 2-fold)`, () => {
      const model = studyMarkerChangePct(markerObservationDesign(o), o.marker);
      const ratio = model / o.changePct;
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    });
  }

  it('the Caluwé 2014 dose groups keep their order and spacing: 17 < 33 < 46% (the old readout gave 55, 66, 71%)', () => {
    const caluwe = MARKER_OBSERVATIONS.filter((o) => o.source === 'caluwe2014');
    const model = caluwe.map((o) => -studyMarkerChangePct(markerObservationDesign(o), o.marker));
    expect(model[0]).toBeLessThan(model[1]!);
    expect(model[1]).toBeLessThan(model[2]!);
    // Each within 5 percentage points of the published fall.
    caluwe.forEach((o, i) => expectClose(model[i]!, -o.changePct, { abs: 5 }));
  });

  it('a known miss stays visible: Aoun 2017 (-86%) is predicted at about a third, outside the 2-fold tolerance', () => {
    // Records the disagreement rather than hiding it; if a recalibration fixes it, move the row into the passing set.
    const aoun = MARKER_OBSERVATIONS.find((o) => o.source === 'aoun2017')!;
    expect(aoun.role).toBe('predicted');
    const ratio = studyMarkerChangePct(markerObservationDesign(aoun), aoun.marker) / aoun.changePct;
    expect(ratio).toBeLessThan(0.5);
    expect(aoun.knownMiss).toMatch(/86%/);
  });

  it('the tissue preset note names what is calibrated and what is still illustrative', () => {
    expect(TISSUE_PRESET.note).toMatch(/Caluwé 2014/);
    expect(TISSUE_PRESET.note).toMatch(/Jiang 2014/);
    expect(TISSUE_PRESET.note).toMatch(/illustrative/);
  });

  it('every observation says whether the model was fitted to it or predicts it', () => {
    for (const o of OBSERVATIONS) expect(Object.keys(ROLE_WORDS)).toContain(o.role);
    expect(OBSERVATIONS.some((o) => o.role === 'predicted')).toBe(true);
  });
});

describe('the app readouts: marker changes at study-like weeks, rounded, with their basis', () => {
  it('a constant tissue level gives the hand-worked Emax change at every study week the run reaches', () => {
    // 10 weeks at a constant 23.6 nmol/L in the arterial wall (= its EC50, maxFraction 1): dp-ucMGP -50%.
    const hours = 10 * 168;
    const timeH = Float64Array.from({ length: hours + 1 }, (_, i) => i);
    const ngPerMl = (23.6 * 649.0) / 1000;
    const run = { timeH, boneNgPerMl: timeH.map(() => 0), arteryNgPerMl: timeH.map(() => ngPerMl) };
    const readouts = markerReadouts(run, 'mk7');
    expect(readouts.map((r) => `${r.marker} ${r.weeks}`)).toEqual([
      'ucOC 4',
      'ucOC 8',
      'dp-ucMGP 4',
      'dp-ucMGP 8',
    ]);
    for (const r of readouts.filter((x) => x.marker === 'dp-ucMGP')) {
      expectClose(r.changePct, -50, { abs: 1e-9 });
      expect(r.shownPct).toBe(-50);
    }
    for (const r of readouts.filter((x) => x.marker === 'ucOC')) expect(r.shownPct).toBe(0);
  });

  it('rounds to the nearest 5 percentage points, without a negative zero', () => {
    expect(roundMarkerPct(-17)).toBe(-15);
    expect(roundMarkerPct(-18)).toBe(-20);
    expect(Object.is(roundMarkerPct(-1), 0)).toBe(true);
  });

  it('calibrated only where the model was fitted to that compound and marker; otherwise illustrative', () => {
    expect(markerBasis('mk7', 'dp-ucMGP')).toMatchObject({
      calibrated: true,
      words: 'calibrated to Caluwé 2014, in haemodialysis patients',
    });
    expect(markerBasis('mk4', 'ucOC').calibrated).toBe(true);
    expect(markerBasis('mk7', 'ucOC')).toMatchObject({
      calibrated: false,
      words: 'illustrative: Rønn 2016 saw a 70.3% fall, more than the model gives',
    });
    expect(markerBasis('k1', 'ucOC').calibrated).toBe(false);
    expect(markerBasis('mk4', 'dp-ucMGP').calibrated).toBe(false);
  });
});
