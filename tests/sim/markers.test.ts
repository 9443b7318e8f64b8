import { describe, expect, it } from 'vitest';
import { studyMarkerChangePct, undercarboxylatedChangePct } from '../../sim/markers';
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
