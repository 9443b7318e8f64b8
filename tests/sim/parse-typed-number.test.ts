import { describe, expect, it } from 'vitest';
import { formatTypedNumber, parseTypedNumber } from '../../sim/text/parseTypedNumber';

// Expected values written by hand from the rule in sim/text/parseTypedNumber.ts (not recomputed with the code).
// null = refused with a message; 'empty' = blank.
const TABLE: [string, number | null | 'empty', number | null | 'empty'][] = [
  // typed, en-US, de-DE
  ['1,2', 1.2, 1.2],
  ['1.2', 1.2, 1.2],
  ['1,234', 1234, 1.234],
  ['1.234', 1.234, 1234],
  ['1.234,5', 1234.5, 1234.5],
  ['1,234.5', 1234.5, 1234.5],
  ['1,000,000', 1_000_000, 1_000_000],
  ['0,123', 0.123, 0.123],
  ['2,5E3', 2500, 2500],
  ['1e-6', 1e-6, 1e-6],
  ['5e-324', 5e-324, 5e-324],
  ['1e308', 1e308, 1e308],
  ['-3', -3, -3],
  ['\u22122,5', -2.5, -2.5],
  ['1 234,5', 1234.5, 1234.5],
  ['', 'empty', 'empty'],
  ['e5', null, null],
  ['NaN', null, null],
  ['Infinity', null, null],
  ['0x10', null, null],
  ['1..2', null, null],
  ['1,2,3', null, null],
  ['1.5,5', null, null],
  ['1e400', null, null],
  ['1e-400', null, null],
  ['abc', null, null],
];

describe('parseTypedNumber: one table in en-US and de-DE', () => {
  for (const [typed, en, de] of TABLE) {
    for (const [locale, expected] of [
      ['en-US', en],
      ['de-DE', de],
    ] as const) {
      it(`${locale}: ${JSON.stringify(typed)}`, () => {
        const read = parseTypedNumber(typed, locale);
        if (expected === 'empty') expect(read.kind).toBe('empty');
        else if (expected === null) {
          expect(read.kind).toBe('refused');
          if (read.kind === 'refused') expect(read.message).toContain(`"${typed.trim()}"`);
        } else {
          expect(read).toMatchObject({ kind: 'number', value: expected });
        }
      });
    }
  }

  it('says how an ambiguous separator was read', () => {
    expect(parseTypedNumber('1,234', 'en-US')).toMatchObject({
      reading: '"1,234" read as 1234 ("," groups thousands in en-US)',
    });
    expect(parseTypedNumber('1,234', 'de-DE')).toMatchObject({
      reading: '"1,234" read as 1.234 ("," is the decimal mark in de-DE)',
    });
  });

  it('formats a value so that it reads back the same in its locale', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
      for (const v of [1.2, 1.234, 1234, 0.000123, 1e-7, 5e-324, 1e300, 0]) {
        const read = parseTypedNumber(formatTypedNumber(v, locale), locale);
        expect(read).toMatchObject({ kind: 'number', value: v });
      }
    }
    expect(formatTypedNumber(1.2, 'de-DE')).toBe('1,2');
  });
});
