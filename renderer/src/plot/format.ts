import { formatChartNumber } from '../../../sim/i18n/format';
import { displayLocale } from '../i18n/locale';

/**
 * The number formatter of every chart, table and caption: three significant digits, grouped thousands, exponent
 * form below 0.001 (log axes reach 1e-5), in the UI's locale ("1,5" in German; sim/i18n/format.ts decides).
 * @example formatNumber(1234.5) // "1,235" in English, "1.235" in German; formatNumber(1e-5) // "1e-5"
 */
export function formatNumber(value: number): string {
  return formatChartNumber(value, displayLocale());
}
