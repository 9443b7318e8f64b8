/**
 * One table of typed strings for a measured-level value box (at least 0, at most 10,000), read in an English
 * and a German locale. Written by hand from the rule in sim/text/parseTypedNumber.ts and the measured-value
 * range (not computed by the code under test). A number is the value the box commits; a string is a piece of
 * the sentence it refuses with (the previous value then stays). Used by tests/renderer/typed-number.test.tsx
 * and, in Chromium with these browser locales, tests/e2e/number-input.test.ts.
 */
export interface TypedRow {
  typed: string;
  'en-US': number | string;
  'de-DE': number | string;
}

export const TYPED_TABLE: readonly TypedRow[] = [
  { typed: '1,2', 'en-US': 1.2, 'de-DE': 1.2 },
  { typed: '1.2', 'en-US': 1.2, 'de-DE': 1.2 },
  { typed: ' 0,75 ', 'en-US': 0.75, 'de-DE': 0.75 },
  { typed: '1,234', 'en-US': 1234, 'de-DE': 1.234 },
  { typed: '1.234', 'en-US': 1.234, 'de-DE': 1234 },
  { typed: '1.234,5', 'en-US': 1234.5, 'de-DE': 1234.5 },
  { typed: '1,234.5', 'en-US': 1234.5, 'de-DE': 1234.5 },
  { typed: '2,5e3', 'en-US': 2500, 'de-DE': 2500 },
  { typed: '-0', 'en-US': 0, 'de-DE': 0 },
  { typed: '5e-324', 'en-US': 5e-324, 'de-DE': 5e-324 },
  { typed: '1e308', 'en-US': 'must be at most 10,000', 'de-DE': 'must be at most 10,000' },
  { typed: '12000', 'en-US': 'must be at most 10,000', 'de-DE': 'must be at most 10,000' },
  { typed: '-1', 'en-US': 'must be at least 0', 'de-DE': 'must be at least 0' },
  { typed: '', 'en-US': 'needs a number', 'de-DE': 'needs a number' },
  { typed: 'abc', 'en-US': '"abc" is not a number', 'de-DE': '"abc" is not a number' },
  { typed: '1,2 mg', 'en-US': 'is not a number', 'de-DE': 'is not a number' },
  { typed: 'NaN', 'en-US': 'is not a number', 'de-DE': 'is not a number' },
  { typed: 'Infinity', 'en-US': 'is not a number', 'de-DE': 'is not a number' },
  { typed: '0x10', 'en-US': 'is not a number', 'de-DE': 'is not a number' },
  { typed: '1..2', 'en-US': 'could be misread', 'de-DE': 'could be misread' },
  { typed: '1,2,3', 'en-US': 'could be misread', 'de-DE': 'could be misread' },
  { typed: '1e400', 'en-US': 'too large to hold', 'de-DE': 'too large to hold' },
  { typed: '1e-400', 'en-US': 'too close to 0 to hold', 'de-DE': 'too close to 0 to hold' },
];
