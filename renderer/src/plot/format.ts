/**
 * The one number formatter of every chart, table and caption: three significant digits, grouped thousands,
 * a decimal point whatever the locale; exponent form below 0.001 (log axes reach 1e-5).
 * @example formatNumber(1234.5) // "1,235"; formatNumber(0.0099) // "0.0099"; formatNumber(1e-5) // "1e-5"
 */
const SIG3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const EXP = new Intl.NumberFormat('en-US', { notation: 'scientific', maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return WHOLE.format(value);
  if (abs >= 0.001) return SIG3.format(value);
  return EXP.format(value).replace('E', 'e');
}
