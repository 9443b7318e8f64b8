/**
 * A measured-levels CSV is refused for the reason that is true: "-1" is a number below 0 (not "not a number"),
 * 0 is accepted (a level below detection), and a file whose rows split differently names the first row that
 * differs, with its number as a spreadsheet counts it and its text.
 */
import { describe, expect, it } from 'vitest';
import { firstOddRow, parseMeasuredCsv, signedDecimal } from '../../sim/measured/csv';
import { simTranslator } from '../../sim/i18n/translator';

const defaults = { unit: 'ng/mL', compound: 'mk7' } as const;

describe('a negative level', () => {
  it('is refused because a level cannot be below 0, in every language', () => {
    const text = 'date,value,unit\n2026-01-05 08:00,1.2,ng/mL\n2026-01-06 08:00,-1,ng/mL\n';
    expect(parseMeasuredCsv(text, defaults)).toEqual({
      ok: false,
      error: 'Row 3: -1 is negative, and a level cannot be below 0 (write 0 for a level below detection).',
    });
    expect(parseMeasuredCsv('date;value\n2026-01-06 08:00;-1,5\n', defaults, simTranslator('de-DE'))).toEqual(
      {
        ok: false,
        error:
          'Zeile 2: -1,5 ist negativ, und ein Messwert kann nicht unter 0 liegen (für einen Wert unter der Nachweisgrenze 0 eintragen).',
      },
    );
    expect(parseMeasuredCsv(text, defaults, simTranslator('ja-JP'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^3行目：-1は負の値です/),
    });
  });

  it('0 (and "-0") is a level below detection, kept; text with a minus is still not a number', () => {
    const parsed = parseMeasuredCsv('date,value\n2026-01-05 08:00,0\n2026-01-06 08:00,-0\n', defaults);
    expect(parsed.ok && parsed.levels.map((l) => Object.is(l.value, 0))).toEqual([true, true]);
    expect(parseMeasuredCsv('date,value\n2026-01-05 08:00,-abc\n', defaults)).toEqual({
      ok: false,
      error: "Row 2: '-abc' is not a number.",
    });
    expect([signedDecimal('-1'), signedDecimal(' -0,25 '), signedDecimal('--1'), signedDecimal('2')]).toEqual(
      [-1, -0.25, null, 2],
    );
  });
});

describe('a row with another number of fields', () => {
  it('is named: its number (blank lines counted), its field count against the first row, its text', () => {
    const text =
      'date;value;unit\n2026-01-05 08:00;1,2;ng/mL\n\n2026-01-06 08:00,1.0,ng/mL\n2026-01-07 08:00;1;ng/mL\n';
    expect(parseMeasuredCsv(text, defaults)).toEqual({
      ok: false,
      error:
        'Could not tell the columns apart: row 4 has 1 field where row 1 has 3, separated by semicolons: \'2026-01-06 08:00,1.0,ng/mL\'. Every row needs the same number of fields (e.g. "2026-03-23 08:00;1,2;ng/mL").',
    });
    expect(parseMeasuredCsv(text, defaults, simTranslator('de-DE'))).toMatchObject({
      error: expect.stringContaining(
        "Zeile 4 hat 1 Feld, Zeile 1 aber 3, getrennt durch Semikolons: '2026-01-06",
      ),
    });
    expect(parseMeasuredCsv(text, defaults, simTranslator('ja-JP'))).toMatchObject({
      error: expect.stringContaining('4行目の項目は1個ですが、1行目は3個です（区切り：セミコロン）'),
    });
  });

  it('a decimal comma in a comma-separated file: the row with the extra field, and a long row cut short', () => {
    const text = `date,value\n2026-01-05 08:00,1.2\n2026-01-06 08:00,1,5\n`;
    expect(firstOddRow(text)).toEqual({
      row: 3,
      count: 3,
      first: 1,
      expected: 2,
      delimiter: ',',
      text: '2026-01-06 08:00,1,5',
    });
    const long = `date;value\n2026-01-05 08:00;1\n2026-01-06 08:00,${'9'.repeat(200)}\n`;
    const error = (parseMeasuredCsv(long, defaults) as { error: string }).error;
    expect(error).toContain(
      `row 3 has 1 field where row 1 has 2, separated by semicolons: '2026-01-06 08:00,${'9'.repeat(43)}…'`,
    );
    // Every row alike: no odd row, so a file of one column keeps the general sentence.
    expect(firstOddRow('a;b\n1;2\n')).toBeNull();
    expect(parseMeasuredCsv('value\n1\n', defaults)).toMatchObject({
      error: expect.stringMatching(/^Could not tell the columns apart: every row needs/),
    });
  });
});
