import { formatNumberIn } from '../../../sim/i18n/format';
import { currentTranslator } from '../i18n/locale';

/**
 * Number formatting for captions read aloud in class: few digits, no trailing zeros, in the UI's locale (a
 * decimal comma in German) through the one formatter, sim/i18n/format.ts. Tests format the values they
 * recompute from the simulation with these same rules. `locale` defaults to the UI's locale now.
 */
const uiLocale = (): string => currentTranslator().locale;

/** Two significant digits ("2.2", "0.055", "580"); integers at or above 100 are rounded to whole numbers. */
export function formatConc(value: number, locale: string = uiLocale()): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  if (Math.abs(value) >= 100) return formatNumberIn(locale, value, { fraction: 0 });
  return formatNumberIn(locale, value, { significant: 2 });
}

/** Whole hours ("5 h", "5時間"). */
export function formatHours(valueH: number, locale: string = uiLocale()): string {
  return currentTranslator().t('duration.h', {
    n: formatNumberIn(locale, Math.round(valueH), { fraction: 0 }),
  });
}

/** Hours with one decimal ("1.0 h", "27.6 h"): hybrid half-lives as Olson 2002 reports them. */
export function formatHoursOneDecimal(valueH: number, locale: string = uiLocale()): string {
  return currentTranslator().t('duration.h', {
    n: formatNumberIn(locale, valueH, { fraction: 1, minFraction: 1 }),
  });
}

/** Days with one decimal when needed ("9.4 days", "2 days"). */
export function formatDays(valueDays: number, locale: string = uiLocale()): string {
  const rounded = Math.round(valueDays * 10) / 10;
  return currentTranslator().t('duration.days', {
    n: rounded,
    text: formatNumberIn(locale, rounded, { fraction: 1 }),
  });
}

/** Ratios with one decimal below 10, whole numbers above ("4.7×", "580×"). */
export function formatRatio(value: number, locale: string = uiLocale()): string {
  if (!Number.isFinite(value)) return '–';
  return currentTranslator().t('pres.fmt.ratio', {
    n: formatNumberIn(locale, value, { fraction: Math.abs(value) >= 10 ? 0 : 1 }),
  });
}

/** Whole percent ("77%", "77 %"). */
export function formatPercent(fraction: number, locale: string = uiLocale()): string {
  return currentTranslator().t('pres.fmt.percent', {
    n: formatNumberIn(locale, Math.round(fraction * 100), { fraction: 0 }),
  });
}

/** A number in a caption as the UI's locale writes it ("1,000", "1.000", "0,5"). */
export function formatCount(value: number): string {
  return currentTranslator().num(value);
}
