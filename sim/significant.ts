/**
 * A number as data-file text with at most `digits` significant digits, no trailing zeros, never a decimal
 * comma or thousands separator: the same text as `String(Number(x.toPrecision(digits)))` (ECMA-262
 * Number::toString of the rounded value: plain digits from 1e-6 to 1e21, exponent form outside), only faster.
 * The command line prints 10 digits, the app's CSV 7 (renderer/src/export/csv.ts). The CSV files themselves are
 * written by its byte twin, ByteWriter.significant (sim/text/csvBytes.ts), tested equal to the same definition.
 * @example [formatSignificant(1234.56789, 7), formatSignificant(1.5e-9, 10)] // => ['1234.568', '1.5e-9']
 */
export function formatSignificant(x: number, digits: number): string {
  // Whole numbers with at most `digits` digits (grid times, zeros) print the same either way; String() is
  // several times faster than toPrecision.
  if (Number.isInteger(x) && Math.abs(x) < 10 ** digits) return String(x);
  const fixed = x.toPrecision(digits);
  // Without an exponent, the digits with trailing zeros dropped are exactly what String(Number(...)) prints:
  // a decimal of at most 15 digits is the shortest one naming its double.
  if (!fixed.includes('e')) return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return String(Number(fixed));
}
