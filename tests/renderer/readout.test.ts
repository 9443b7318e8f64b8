import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../sim';
import { scenarioView } from '../../sim/view/scenarioView';
import {
  dosesBetween,
  MAX_TABLE_ROWS,
  panelSeries,
  readoutText,
  rowStride,
  tableIndices,
} from '../../renderer/src/view/readout';

/** MK-7 only, 90 µg once a day at 0 h, for `days` at the output step `stepMin`. */
function mk7Scenario(
  days: number,
  stepMin: number,
  extra: Scenario['regimens'][number]['extraDoses'] = [],
): Scenario {
  const base = defaultScenario();
  return {
    ...base,
    horizonDays: days,
    stepMin,
    regimens: [{ ...base.regimens[1]!, extraDoses: extra }],
    display: { ...base.display, visible: ['mk7'], showTissue: false },
  };
}

describe('the chart table and readout', () => {
  it('a 10-year hourly run lists at most 500 rows, from the first step to the last, with the peak', () => {
    const points = 10 * 365 * 24 + 1;
    const stride = rowStride(points);
    const values = new Float64Array(points);
    values[12_345] = 5; // a peak off the stride's grid
    const rows = tableIndices(points, stride, [
      { key: 'r0', values } as unknown as Parameters<typeof tableIndices>[2][number],
    ]);
    expect(rows.length).toBeLessThanOrEqual(MAX_TABLE_ROWS + 1);
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(points - 1);
    expect(rows).toContain(12_345);
    // Every listed step is on the stride's grid, the last step or the peak.
    for (const i of rows) expect(i % stride === 0 || i === points - 1 || i === 12_345).toBe(true);
    expect(rowStride(721)).toBe(2);
    expect(rowStride(500)).toBe(1);
  });

  it('names a double dose (two doses at one time) as such, a single dose by its amount, a missed dose as missed', () => {
    const doubled = mk7Scenario(3, 60, [{ timeH: 24, amountUg: 90, fatG: 15 }]);
    doubled.regimens[0]!.missedDoses = [2];
    const view = scenarioView(doubled);
    expect(dosesBetween(view, -Infinity, 0)).toBe('MK-7 dose 90 µg');
    expect(dosesBetween(view, 0, 24)).toBe('MK-7 double dose (2 × 90 µg)');
    expect(dosesBetween(view, 24, 48)).toBe('MK-7 dose missed');
    expect(dosesBetween(view, 1, 23)).toBe('');
    expect(dosesBetween(view, -Infinity, 48)).toBe('MK-7 3 doses');
  });

  it('the readout at a step says the time, each level as the view holds it, and the doses that lead to it', () => {
    const view = scenarioView(mk7Scenario(2, 60, [{ timeH: 24, amountUg: 90, fatG: 15 }]));
    const series = panelSeries(view, 'plasma');
    const text = readoutText(view, series, 24, 1);
    expect(text.startsWith('day 1 (24 h): MK-7 ')).toBe(true);
    expect(text.endsWith('ng/mL. MK-7 double dose (2 × 90 µg).')).toBe(true);
    // 3 significant digits of the array's value at 24 h.
    const value = Number(/MK-7 ([\d.]+) ng\/mL/.exec(text)![1]);
    expect(Math.abs(value - series[0]!.values[24]!) / series[0]!.values[24]!).toBeLessThan(0.005);
  });

  it('a level below 0.001 is said in plain decimals, not exponent form (a screen reader reads "2.9e-5" as letters)', () => {
    // MK-4's one-dose level at 4 h is about 3e-5 ng/mL (its saturable first pass); two significant digits.
    const base = defaultScenario();
    const view = scenarioView({
      ...base,
      horizonDays: 1,
      stepMin: 60,
      regimens: [base.regimens[0]!],
      display: { ...base.display, visible: ['mk4'], showTissue: false },
    });
    const series = panelSeries(view, 'plasma');
    const level = series[0]!.values[4]!;
    expect(level).toBeGreaterThan(0);
    expect(level).toBeLessThan(0.001);
    const text = readoutText(view, series, 4, 1);
    expect(text).not.toMatch(/\de[-+]?\d/);
    const said = Number(/MK-4 ([\d.]+) ng\/mL/.exec(text)![1]);
    expect(Math.abs(said - level) / level).toBeLessThan(0.05); // two significant digits
  });
});
