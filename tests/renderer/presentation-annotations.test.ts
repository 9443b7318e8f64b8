import { describe, expect, it } from 'vitest';
import {
  DETECTION_LIMIT_NG_PER_ML,
  FAT_EFFECT,
  fatMultiplier,
  plasmaAt,
  timeAboveThresholdH,
} from '../../sim';
import {
  halfLifeMarker,
  spansAbove,
  steadyStateBand,
  thresholdAnnotation,
} from '../../renderer/src/presentation/annotations';
import { accumulationBand, observationMarks } from '../../renderer/src/presentation/observationMarks';
import { sceneSimulation, storyScenes, type PresentedScene } from '../../renderer/src/presentation/scenes';
import { sceneModel } from '../../renderer/src/presentation/PresentationChart';
import { clipPoints } from '../../renderer/src/plot/model';
import { expectClose } from '../support/expectClose';

const NO_ANNOTATIONS = { halfLife: null, steadyState: null, threshold: null, doses: true };
const NO_MARKS = { points: [], lines: [], bands: [], fatInset: null };

function sim(id: string) {
  const s = storyScenes().find((x) => x.story === id) as PresentedScene;
  return sceneSimulation(s);
}

describe('chart annotations', () => {
  it('half-life marker spans one MK-7 half-life and halves the level after absorption', () => {
    const marker = halfLifeMarker(sim('daily-plateau'))!;
    expectClose((marker.to.tDays - marker.from.tDays) * 24, 68, { abs: 1e-9 });
    expectClose(marker.to.value / marker.from.value, 0.5, { abs: 0.01 });
    expect(marker.label).toContain('68 h');
    expect(marker.ghost).not.toBeNull();
  });

  it('steady-state band is sim steadyState trough..peak of MK-7', () => {
    const s = sim('daily-plateau');
    const band = steadyStateBand(s)!;
    const ss = s.regimens[0]!.metrics.steadyState!;
    expect([band.low, band.high]).toEqual([ss.troughNgPerMl, ss.peakNgPerMl]);
    expect(steadyStateBand(sim('single-dose'))).toBeNull();
  });

  it('threshold spans add up to sim timeAboveThresholdH', () => {
    const s = sim('missed-dose');
    const a = thresholdAnnotation(s, 1)!;
    const mk7 = s.regimens.find((r) => r.compound === 'mk7')!;
    expect(a.hoursAbove).toBe(timeAboveThresholdH(mk7.result, 1));
    const spanHours = a.spans.reduce((sum, x) => sum + (x.toDays - x.fromDays) * 24, 0);
    expectClose(spanHours, a.hoursAbove, { rel: 1e-9 });
    expect(spansAbove([0, 1, 2, 3], [0, 2, 2, 0], 1)).toEqual([{ fromDays: 0.5 / 24, toDays: 2.5 / 24 }]);
  });

  it('dose markers (from scenarioView, as in the app) flag the missed dose', () => {
    const model = sceneModel(sim('missed-dose'), 'plasma', NO_ANNOTATIONS, NO_MARKS);
    // Both regimens (K1, MK-7) skip dose 14 (day 13): one row of 21 marks each.
    expect(model.doseRows.map((r) => r.label)).toEqual(['K1', 'MK-7']);
    for (const row of model.doseRows) {
      expect(row.marks).toHaveLength(21);
      expect(row.marks.filter((m) => m.missed).map((m) => [m.number, m.timeH / 24])).toEqual([[14, 13]]);
    }
  });

  it('clips a curve at the playback time with an interpolated end point', () => {
    const [line] = sceneModel(sim('daily-plateau'), 'plasma', NO_ANNOTATIONS, NO_MARKS).lines;
    const clipped = clipPoints(line!.points, 3.3);
    expect(clipped.at(-1)!.t).toBeCloseTo(3.3, 12);
    expect(Math.max(...clipped.map((p) => p.t))).toBeLessThanOrEqual(3.3);
    expect(clipPoints(line!.points, 100)).toBe(line!.points);
  });
});

describe('published observations', () => {
  it('scene 1 places Sato, Schurgers and Knapen on the model curve at the reported times, named', () => {
    const s = sim('single-dose');
    const marks = observationMarks(s, 'plasma');
    const labels = marks.points.map((p) => p.label);
    expect(labels).toContain('Sato 2012: MK-7 peak 6 h (fitted)');
    expect(labels).toContain('Schurgers 2007: MK-7 peak 4 h (fitted)');
    expect(labels).toContain('Knapen 2014: MK-7 peak 2-6 h (fitted)');
    expect(labels).toContain('Sato 2012: MK-7 still detectable at 48 h (predicted)');
    expect(labels).toContain('Sato 2012: MK-4 not detectable (fitted)');
    // Issue 15: every marker says whether the model was fitted to it or predicts it.
    for (const p of marks.points) expect(p.label).toMatch(/ \((fitted|predicted)\)$/);
    const sato48 = marks.points.find((p) => p.label.includes('48 h'))!;
    const mk7 = s.regimens.find((r) => r.compound === 'mk7')!;
    expect(sato48.tDays).toBe(2);
    expect(sato48.value).toBe(plasmaAt(mk7.result, [48])[0]);
    expect(sato48.value).toBeGreaterThan(DETECTION_LIMIT_NG_PER_ML.value);
    expect(marks.lines[0]!.label).toMatch(/\(assumed\)$/);
    expect(marks.lines[0]!.value).toBe(DETECTION_LIMIT_NG_PER_ML.value);
  });

  it('the Schurgers 7-8× band marks an MK-7 level: in nmol/L by MK-7’s molar mass; absent at unlike doses', () => {
    const scene = storyScenes().find((x) => x.story === 'k1-vs-mk7') as PresentedScene;
    const inUnits = (units: 'ng/mL' | 'nmol/L', k1Dose?: number): PresentedScene => ({
      ...scene,
      scenario: {
        ...scene.scenario,
        display: { ...scene.scenario.display, units },
        regimens: scene.scenario.regimens.map((r) =>
          r.compound === 'k1' && k1Dose !== undefined ? { ...r, doseUg: k1Dose } : r,
        ),
      },
    });
    const ng = accumulationBand(sceneSimulation(inUnits('ng/mL')))!;
    const nmol = accumulationBand(sceneSimulation(inUnits('nmol/L')))!;
    // MK-7 C46H64O2, 649.0 g/mol (PubChem): ng/mL × 1000 / 649.0 = nmol/L.
    expectClose(nmol.low, (ng.low * 1000) / 649.0, { rel: 1e-3 });
    expectClose(nmol.high, (ng.high * 1000) / 649.0, { rel: 1e-3 });
    const k1 = scene.scenario.regimens.find((r) => r.compound === 'k1')!;
    expect(accumulationBand(sceneSimulation(inUnits('ng/mL', k1.doseUg * 2)))).toBeNull();
  });

  it('the fat scene has the Uematsu inset, normalised to 20 g, beside the model fat curve', () => {
    const inset = observationMarks(sim('fat'), 'plasma').fatInset!;
    expect(inset.title).toMatch(/^Uematsu 1996/);
    expect(inset.points.map((p) => p.relativeAuc)).toEqual([371 / 485, 1, 1024 / 485]);
    const at35 = inset.model.find((m) => m.fatG === 35)!;
    expectClose(at35.relative, fatMultiplier(FAT_EFFECT, 35) / fatMultiplier(FAT_EFFECT, 20), { rel: 1e-12 });
    expect(observationMarks(sim('daily-plateau'), 'plasma').fatInset).toBeNull();
  });

  it('the K1 vs MK-7 scene shows the Schurgers 2007 band at 7-8 times the K1 average', () => {
    const s = sim('k1-vs-mk7');
    const [band] = observationMarks(s, 'plasma').bands;
    const k1 = s.regimens.find((r) => r.compound === 'k1')!.metrics.steadyState!;
    expect(band!.label).toMatch(/^Schurgers 2007/);
    expectClose(band!.low, 7 * k1.averageNgPerMl, { rel: 1e-12 });
    expectClose(band!.high, 8 * k1.averageNgPerMl, { rel: 1e-12 });
    // No single-dose markers in a daily-dosing scene.
    expect(observationMarks(s, 'plasma').points).toHaveLength(0);
  });
});
