import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDateTime, parseDecimal, parseMeasuredCsv } from '../../sim/measured/csv';
import { measuredLevelSchema, measuredNgPerMl } from '../../sim/measured/measured';
import { COMPOUND_PRESETS } from '../../sim/presets/compounds';
import { expectClose } from '../support/expectClose';

const defaults = { unit: 'ng/mL', compound: 'mk7' } as const;

describe('measured levels: CSV import', () => {
  it('reads semicolons, decimal commas, a header and a trailing blank line', () => {
    const text = 'Date;Time;Value;Unit\n2026-03-23;08:00;0,42;ng/mL\n2026-03-24;20:30;1,5;nmol/L\n\n';
    expect(parseMeasuredCsv(text, defaults)).toEqual({
      ok: true,
      delimiter: ';',
      levels: [
        { date: '2026-03-23', time: '08:00', value: 0.42, unit: 'ng/mL', compound: 'mk7' },
        { date: '2026-03-24', time: '20:30', value: 1.5, unit: 'nmol/L', compound: 'mk7' },
      ],
    });
  });

  it('reads commas with quoted decimal commas, a single date-time column, CRLF and no header', () => {
    const text = '2026-03-23T08:00:00,"0,5"\r\n23.03.2026 20:00,0.75\r\n';
    const parsed = parseMeasuredCsv(text, { unit: 'nmol/L', compound: 'mk4' });
    expect(parsed).toEqual({
      ok: true,
      delimiter: ',',
      levels: [
        { date: '2026-03-23', time: '08:00', value: 0.5, unit: 'nmol/L', compound: 'mk4' },
        { date: '2026-03-23', time: '20:00', value: 0.75, unit: 'nmol/L', compound: 'mk4' },
      ],
    });
  });

  it('reads tabs and a header in another order', () => {
    const text = 'level\twhen\n1.1\t2026-03-25 09:15\n';
    expect(parseMeasuredCsv(text, defaults)).toMatchObject({
      ok: true,
      levels: [{ date: '2026-03-25', time: '09:15', value: 1.1 }],
    });
  });

  it('names the bad row as a spreadsheet numbers it', () => {
    const text = 'date;value\n2026-03-23 08:00;1,5\n2026-03-24 08:00;2\n2026-03-25 08:00;1,2,3\n';
    expect(parseMeasuredCsv(text, defaults)).toEqual({ ok: false, error: "Row 4: '1,2,3' is not a number." });
    const blankLines = 'date;value\n\n2026-03-23 08:00;abc\n';
    expect(parseMeasuredCsv(blankLines, defaults)).toEqual({
      ok: false,
      error: "Row 3: 'abc' is not a number.",
    });
    const date = parseMeasuredCsv('date;value\n03/04/2026 08:00;1\n', defaults);
    expect(date).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Row 2: '03\/04\/2026 08:00' is not a date/),
    });
    const unit = parseMeasuredCsv('date;value;unit\n2026-03-23 08:00;1;mg/dL\n', defaults);
    expect(unit).toMatchObject({ ok: false, error: expect.stringMatching(/^Row 2: unit 'mg\/dL'/) });
    expect(parseMeasuredCsv('', defaults)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/empty/),
    });
    expect(parseMeasuredCsv('a;b\nc\n', defaults)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/columns/),
    });
  });

  it('detects ";" even when the file ends with blank lines, and prefers it over decimal commas', () => {
    expect(detectDelimiter('2026-03-23 08:00;1,2\n2026-03-24 08:00;1,4\n\n\n')).toBe(';');
    expect(detectDelimiter('a,b\n1,2\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
  });

  it('numbers and date-times as people write them', () => {
    expect(parseDecimal(' 1,25 ')).toBe(1.25);
    expect(parseDecimal('0.4')).toBe(0.4);
    expect(parseDecimal('1.234,5')).toBeNull();
    expect(parseDecimal('-1')).toBeNull();
    expect(parseDecimal('1 ng/mL')).toBeNull();
    expect(parseDateTime('2026-02-30 08:00')).toBeNull();
    expect(parseDateTime('1.3.2026 8:05')).toEqual({ date: '2026-03-01', time: '08:05' });
  });
});

describe('measured levels: units', () => {
  it('converts nmol/L to ng/mL with the molar mass (ng/mL = nmol/L × g/mol / 1000)', () => {
    const mw = COMPOUND_PRESETS.mk7.molarMassGPerMol.value;
    expectClose(measuredNgPerMl({ value: 2, unit: 'nmol/L', compound: 'mk7' }), (2 * mw) / 1000, {
      rel: 1e-12,
    });
    expect(measuredNgPerMl({ value: 2, unit: 'ng/mL', compound: 'mk7' })).toBe(2);
  });

  it('the schema refuses NaN, negative values and unknown units', () => {
    const ok = { date: '2026-03-23', time: '08:00', value: 1, unit: 'ng/mL', compound: 'mk7' };
    expect(measuredLevelSchema.safeParse(ok).success).toBe(true);
    expect(measuredLevelSchema.safeParse({ ...ok, value: NaN }).success).toBe(false);
    expect(measuredLevelSchema.safeParse({ ...ok, value: -1 }).success).toBe(false);
    expect(measuredLevelSchema.safeParse({ ...ok, unit: 'mg/dL' }).success).toBe(false);
  });
});
