import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  molarMass,
  regimenMetrics,
  serializeScenario,
  simulateRegimen,
  toRegimen,
} from '../../sim';
import { pathData } from '../../renderer/src/charts/CurvePaths';
import { linearTicks, niceCeil } from '../../renderer/src/charts/format';
import { DOSE_BOUNDS, INTERVAL_BOUNDS, readTypedValue } from '../../renderer/src/controls/bounds';
import { clipToFloor, simulateVisible, toDrawn } from '../../renderer/src/curves/curves';
import { tissueCurves } from '../../renderer/src/curves/tissue';
import { computeMetrics } from '../../renderer/src/metrics/computeMetrics';
import { restoreSession } from '../../renderer/src/session/restoreSession';
import { presetRows } from '../../renderer/src/sources/presetRows';
import { scenarioReducer } from '../../renderer/src/state/scenarioReducer';

describe('scenarioReducer', () => {
  it('edits every regimen alike and returns the same object for a no-op', () => {
    const s = defaultScenario();
    const next = scenarioReducer(s, { type: 'setDose', doseUg: 180 });
    expect(next.regimens.map((r) => r.doseUg)).toEqual([180, 180, 180]);
    expect(scenarioReducer(next, { type: 'setDose', doseUg: 180 })).toBe(next);
    expect(s.regimens[0]!.doseUg).toBe(90);
  });

  it('toggles a missed dose in every regimen, and clears missed doses when the interval changes', () => {
    const missed = scenarioReducer(defaultScenario(), { type: 'toggleMissedDose', index: 3 });
    expect(missed.regimens.map((r) => r.missedDoses)).toEqual([[3], [3], [3]]);
    expect(scenarioReducer(missed, { type: 'toggleMissedDose', index: 3 }).regimens[1]!.missedDoses).toEqual(
      [],
    );
    expect(scenarioReducer(missed, { type: 'setInterval', intervalH: 12 }).regimens[0]!.missedDoses).toEqual(
      [],
    );
  });

  it('keeps visible compounds in their canonical order when toggled back on', () => {
    const off = scenarioReducer(defaultScenario(), { type: 'toggleCompound', compound: 'mk4' });
    expect(off.display.visible).toEqual(['mk7', 'k1']);
    expect(scenarioReducer(off, { type: 'toggleCompound', compound: 'mk4' }).display.visible).toEqual([
      'mk4',
      'mk7',
      'k1',
    ]);
  });
});

describe('readTypedValue', () => {
  it('accepts numbers within bounds, with a decimal comma', () => {
    expect(readTypedValue(' 92 ', DOSE_BOUNDS)).toEqual({ ok: true, value: 92 });
    expect(readTypedValue('12,5', INTERVAL_BOUNDS)).toEqual({ ok: true, value: 12.5 });
  });

  it('names the field and the problem otherwise', () => {
    const cases: [string, RegExp][] = [
      ['', /Dose needs a number: at least 0 and at most 1,000,000 µg/],
      ['abc', /Dose: "abc" is not a number/],
      ['0x10', /is not a number/],
      ['1000001', /Dose must be at most 1,000,000 µg, got 1000001/],
      ['-1', /Dose must be at least 0 µg, got -1/],
    ];
    for (const [text, message] of cases) {
      const read = readTypedValue(text, DOSE_BOUNDS);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(message);
    }
  });
});

describe('curves', () => {
  it('downsampling for drawing keeps every peak and trough of the full simulation', () => {
    const s = { ...defaultScenario(), horizonDays: 90 };
    for (const sim of simulateVisible(s)) {
      const drawn = toDrawn(sim, 'ng/mL', 200);
      const full = Array.from(sim.result.plasmaNgPerMl);
      expect(drawn.points.length).toBeLessThan(full.length);
      expect(Math.max(...drawn.points.map((p) => p.v))).toBe(Math.max(...full));
      expect(Math.min(...drawn.points.map((p) => p.v))).toBe(Math.min(...full));
    }
  });

  it('converts to nmol/L with the compound molar mass', () => {
    const [mk4] = simulateVisible(defaultScenario());
    const ng = toDrawn(mk4!, 'ng/mL');
    const nmol = toDrawn(mk4!, 'nmol/L');
    const i = ng.points.findIndex((p) => p.v > 0);
    expect(nmol.points[i]!.v / ng.points[i]!.v).toBeCloseTo(1000 / molarMass('mk4'), 10);
  });

  it('compare mode adds a fasted (0 g) curve per compound, below the fed one', () => {
    const s = scenarioReducer(defaultScenario(), { type: 'setCompareFat', compareFat: true });
    const sims = simulateVisible(s);
    expect(sims.map((c) => c.label)).toEqual([
      'MK-4',
      'MK-4 (no fat)',
      'MK-7',
      'MK-7 (no fat)',
      'K1',
      'K1 (no fat)',
    ]);
    const fed = sims.find((c) => c.key === 'mk7')!;
    const fasted = sims.find((c) => c.key === 'mk7-nofat')!;
    expect(fasted.regimen.fatG).toBe(0);
    expect(Math.max(...fasted.result.plasmaNgPerMl)).toBeLessThan(Math.max(...fed.result.plasmaNgPerMl));
  });

  it('clips values to the log floor without touching others', () => {
    const [c] = clipToFloor(
      [
        {
          key: 'a',
          compound: 'mk7',
          label: 'a',
          color: '#000',
          dashed: false,
          points: [
            { t: 0, v: 0 },
            { t: 1, v: 5 },
          ],
        },
      ],
      0.01,
    );
    expect(c!.points).toEqual([
      { t: 0, v: 0.01 },
      { t: 1, v: 5 },
    ]);
  });

  it('tissue curves are percentages between the illustrative baseline and maximum', () => {
    const curves = tissueCurves(simulateVisible(defaultScenario()));
    expect(curves).toHaveLength(6);
    for (const c of curves) {
      for (const p of c.points) {
        expect(p.v).toBeGreaterThanOrEqual(c.tissue === 'bone' ? 50 : 40);
        expect(p.v).toBeLessThanOrEqual(c.tissue === 'bone' ? 95 : 90);
      }
    }
  });
});

describe('computeMetrics', () => {
  it('reports sim regimenMetrics in display units', () => {
    const s = defaultScenario();
    const report = computeMetrics(s);
    const mk7 = report.rows.find((r) => r.key === 'mk7')!;
    const regimen = toRegimen(s.regimens.find((r) => r.compound === 'mk7')!);
    const direct = regimenMetrics(regimen, simulateRegimen(regimen, 30 * 24, 1), molarMass('mk7'));
    expect(mk7.cmax).toBe(direct.cmaxNgPerMl);
    expect(mk7.auc).toBe(direct.aucNgHPerMl);
    expect(mk7.timeTo90PctDays).toBeCloseTo(direct.steadyState!.timeTo90PctH / 24, 12);
    const nmol = computeMetrics({ ...s, display: { ...s.display, units: 'nmol/L' } }).rows.find(
      (r) => r.key === 'mk7',
    )!;
    expect(nmol.cmax).toBeCloseTo((direct.cmaxNgPerMl * 1000) / molarMass('mk7'), 12);
  });

  it('writes a sentence from the numbers: MK-7 builds up for days, MK-4 never reaches the detection limit', () => {
    const report = computeMetrics(defaultScenario());
    const t90 = report.rows.find((r) => r.key === 'mk7')!.timeTo90PctDays!;
    expect(report.sentence).toContain(
      `MK-7 takes ${t90 >= 10 ? t90.toFixed(0) : t90.toFixed(1)} days to reach 90%`,
    );
    expect(report.sentence).toMatch(/MK-4 never rises above 0\.1 ng\/mL/);
    const high = computeMetrics(scenarioReducer(defaultScenario(), { type: 'setDose', doseUg: 1000 }));
    expect(high.sentence).toMatch(/MK-7 takes .* and stays above 0\.1 ng\/mL \d+% of the time/);
  });

  it('Tmax is measured from the dose that produced the peak', () => {
    for (const row of computeMetrics(defaultScenario()).rows) {
      expect(row.tmaxAfterDoseH).toBeGreaterThan(2); // the 2 h absorption lag comes first
      expect(row.tmaxAfterDoseH).toBeLessThan(24);
    }
  });
});

describe('session restore', () => {
  it('uses a valid saved scenario and falls back to the default with a reason otherwise', () => {
    const saved = scenarioReducer(defaultScenario(), { type: 'setDose', doseUg: 240 });
    expect(restoreSession(serializeScenario(saved)).scenario.regimens[0]!.doseUg).toBe(240);
    expect(restoreSession(null)).toEqual({ scenario: defaultScenario(), problem: null });
    const broken = restoreSession('{"format":');
    expect(broken.scenario).toEqual(defaultScenario());
    expect(broken.problem).toMatch(/Saved session ignored: Not valid JSON/);
    const invalid = restoreSession(serializeScenario({ ...saved, horizonDays: -1 }));
    expect(invalid.problem).toMatch(/Duration must be more than 0 days, got -1/);
  });
});

describe('chart helpers', () => {
  it('nice axis tops and ticks', () => {
    expect([0.9, 1.8, 2.2, 3, 7, 0.011].map(niceCeil)).toEqual([1, 2, 2.5, 5, 10, 0.02]);
    expect(linearTicks(2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(linearTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('maps data to the plot box, log axes by decade', () => {
    const box = { left: 100, top: 10, width: 200, height: 100 };
    expect(
      pathData(
        [
          { t: 0, v: 0 },
          { t: 10, v: 5 },
        ],
        box,
        [0, 10],
        [0, 5],
        false,
      ),
    ).toBe('M100,110L300,10');
    expect(
      pathData(
        [
          { t: 5, v: 0.1 },
          { t: 5, v: 10 },
        ],
        box,
        [0, 10],
        [0.01, 100],
        true,
      ),
    ).toBe('M200,85L200,35');
  });
});

describe('sources', () => {
  it('lists every preset number with its basis, and marks estimates as estimates', () => {
    const rows = presetRows();
    expect(rows.filter((r) => r.group === 'MK-7').map((r) => r.parameter)).toContain(
      'Elimination half-life t½',
    );
    const tHalf = rows.find((r) => r.key === 'MK-7-tHalfH')!;
    expect(tHalf).toMatchObject({ value: 68, unit: 'h', basis: 'estimate' });
    expect(rows.find((r) => r.key === 'MK-7-molarMassGPerMol')!.basis).toBe('published');
  });
});
