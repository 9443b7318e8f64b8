/**
 * A measured-levels CSV is counted against the scenario's cap (10,000 levels) before its rows are read, so a
 * file the scenario could not hold, and so could not save, never enters the app (issue 20: 10,001 rows were
 * imported and the session could no longer be saved; 100,000 rows crashed the page).
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, MAX_MEASURED_LEVELS, parseScenarioText, serializeScenario } from '../../sim/index';
import { dataRowCount, parseMeasuredCsv } from '../../sim/measured/csv';

const rows = (n: number, bad?: number) =>
  Array.from({ length: n }, (_, i) =>
    i === bad
      ? '2026-03-23 08:00;not a number'
      : `2026-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 9} 08:00;1,${i % 10}`,
  ).join('\n');
const defaults = { unit: 'ng/mL' as const, compound: 'mk7' as const };

describe('measured CSV import cap', () => {
  it('imports 10,000 rows (with a header) and the scenario holding them saves and reopens', () => {
    const parsed = parseMeasuredCsv(`when;value\n${rows(MAX_MEASURED_LEVELS)}\n`, defaults);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.levels).toHaveLength(10_000);
    const s = defaultScenario();
    const withLevels = {
      ...s,
      calendar: {
        start: { date: '2026-01-01', time: '08:00', timeZone: 'UTC' },
        mealFatG: { breakfast: 15, lunch: 20, dinner: 25, snack: 5, none: 0 },
      },
      measured: parsed.levels,
    };
    const reopened = parseScenarioText(serializeScenario(withLevels));
    expect(reopened.ok && reopened.scenario.measured?.length).toBe(10_000);
  });

  it('refuses 10,001 rows, and 9,999 rows on top of 2 levels, with the cap in words', () => {
    const over = parseMeasuredCsv(rows(10_001), defaults);
    expect(over).toEqual({
      ok: false,
      error:
        'This scenario would hold 10,001 measured levels; the limit is 10,000 measured levels: import fewer rows, or remove levels first.',
    });
    const onTop = parseMeasuredCsv(`date;value\n${rows(9_999)}`, { ...defaults, existing: 2 });
    expect(onTop.ok ? '' : onTop.error).toMatch(/^This scenario would hold 10,001 measured levels/);
    expect(parseMeasuredCsv(rows(9_998), { ...defaults, existing: 2 }).ok).toBe(true);
  });

  it('counts before reading rows: 100,000 rows with a bad fifth row are refused for their number, not the row', () => {
    const result = parseMeasuredCsv(rows(100_000, 4), defaults);
    expect(result.ok ? '' : result.error).toMatch(/^This scenario would hold 100,000 measured levels/);
    // The same bad row in a small file is named.
    const small = parseMeasuredCsv(rows(10, 4), defaults);
    expect(small.ok ? '' : small.error).toBe("Row 5: 'not a number' is not a number.");
  });

  it('dataRowCount agrees with the parser on headers, blank lines, CRLF and quotes', () => {
    for (const [text, n] of [
      ['when;value\r\n2026-03-23 08:00;1,2\r\n\r\n', 1],
      ['2026-03-23 08:00;1,2\n  \n2026-03-24 08:00;1,3', 2],
      ['"2026-03-23 08:00";"1,2"\n', 1],
      ['\n\nDatum;Wert\n23.03.2026 08:00;1,2\n', 1],
    ] as const) {
      expect(dataRowCount(text), text).toBe(n);
      const parsed = parseMeasuredCsv(text, defaults);
      expect(parsed.ok && parsed.levels.length, text).toBe(n);
    }
  });
});
