import { formatNumberIn } from '../../../sim/i18n/format';
import { currentTranslator, displayLocale } from '../i18n/locale';

/**
 * Number formatting for captions read aloud in class: few digits, no trailing zeros, in the UI's locale (the
 * one formatter, sim/i18n/format.ts). Tests format the values they recompute from the simulation with these
 * same rules.
 */

/** Two significant digits ("2.2", "0.055", "580"); integers at or above 100 are rounded to whole numbers. */
export function formatConc(value: number, locale: string = displayLocale()): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  if (Math.abs(value) >= 100) return formatNumberIn(locale, value, { fraction: 0 });
  return formatNumberIn(locale, value, { significant: 2 });
}

/** Whole hours ("5 h"). */
export function formatHours(valueH: number, locale: string = displayLocale()): string {
  return `${formatNumberIn(locale, Math.round(valueH), { fraction: 0 })} h`;
}

/** Days with one decimal when needed ("9.4 days", "2 days"), in the UI's language. */
export function formatDays(valueDays: number): string {
  const tr = currentTranslator();
  const rounded = Math.round(valueDays * 10) / 10;
  return tr.t('duration.days', { n: rounded, text: formatNumberIn(tr.locale, rounded, { fraction: 1 }) });
}

/** Ratios with one decimal below 10, whole numbers above ("4.7×", "580×"). */
export function formatRatio(value: number, locale: string = displayLocale()): string {
  if (!Number.isFinite(value)) return '–';
  return `${formatNumberIn(locale, value, { fraction: Math.abs(value) >= 10 ? 0 : 1 })}×`;
}

/** Whole percent ("77%"). */
export function formatPercent(fraction: number, locale: string = displayLocale()): string {
  return `${formatNumberIn(locale, Math.round(fraction * 100), { fraction: 0 })}%`;
}
