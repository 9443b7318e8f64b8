import { describe, expect, it } from 'vitest';
import { formatTypedNumber, parseTypedNumber } from '../../sim/text/parseTypedNumber';
import { simTranslator } from '../../sim/i18n/translator';

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
      reading: '"1,234" read as 1,234 ("," is the decimal mark in de-DE)',
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

describe("a typed number's refusals and readings in the UI's language", () => {
  // Expected words written out by hand per language (the catalogs are what is under test, with the parser's
  // choice of sentence): a German or Japanese box never shows an English fragment.
  const de = simTranslator('de-DE');
  const ja = simTranslator('ja-JP');
  it.each([
    ['abc', 'de-DE', de, '„abc“ ist keine Zahl'],
    [
      '1..2',
      'de-DE',
      de,
      '„1..2“ könnte falsch gelesen werden: bitte mit einem Dezimalzeichen und ohne Tausendertrennzeichen eingeben, z. B. 1234,5',
    ],
    ['1e999', 'de-DE', de, '„1e999“ ist zu groß'],
    ['1e-400', 'de-DE', de, '„1e-400“ liegt zu nah an 0'],
    ['abc', 'ja-JP', ja, '「abc」は数値ではありません'],
    ['1e999', 'ja-JP', ja, '「1e999」は大きすぎて扱えません'],
  ])('"%s" in %s is refused in its language', (typed, locale, tr, message) => {
    expect(parseTypedNumber(typed, locale, tr)).toEqual({ kind: 'refused', message });
  });

  it('an ambiguous separator is read as the locale reads it, and says so in its language', () => {
    expect(parseTypedNumber('1.000', 'de-DE', de)).toEqual({
      kind: 'number',
      value: 1000,
      reading: '„1.000“ gelesen als 1000 („.“ trennt Tausender in de-DE)',
    });
    expect(parseTypedNumber('1,250', 'de-DE', de)).toEqual({
      kind: 'number',
      value: 1.25,
      reading: '„1,250“ gelesen als 1,25 („,“ ist das Dezimalzeichen in de-DE)',
    });
    expect(parseTypedNumber('1,234', 'ja-JP', ja)).toEqual({
      kind: 'number',
      value: 1234,
      reading: '「1,234」を1234と読みました（ja-JPでは「,」は桁区切り）',
    });
  });

  it('English stays the default (the command line and the examples above)', () => {
    expect(parseTypedNumber('abc', 'de-DE')).toEqual({ kind: 'refused', message: '"abc" is not a number' });
  });
});
