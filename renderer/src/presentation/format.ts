import { formatNumberIn, NEUTRAL_LOCALE } from '../../../sim/i18n/format';
import { ENGLISH } from '../../../sim/i18n/translator';

/**
 * Number formatting for captions read aloud in class: few digits, no trailing zeros (the one formatter,
 * sim/i18n/format.ts). Tests format the values they recompute from the simulation with these same rules.
 *
 * In English whatever the UI's language: the story, its captions and annotations are not translated yet, and a
 * German "0,0038" beside the English text's "0.1" in one sentence would be read as two kinds of number.
 */
const STORY_LOCALE = NEUTRAL_LOCALE;

/** Two significant digits ("2.2", "0.055", "580"); integers at or above 100 are rounded to whole numbers. */
export function formatConc(value: number, locale: string = STORY_LOCALE): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  if (Math.abs(value) >= 100) return formatNumberIn(locale, value, { fraction: 0 });
  return formatNumberIn(locale, value, { significant: 2 });
}

/** Whole hours ("5 h"). */
export function formatHours(valueH: number, locale: string = STORY_LOCALE): string {
  return `${formatNumberIn(locale, Math.round(valueH), { fraction: 0 })} h`;
}

/** Days with one decimal when needed ("9.4 days", "2 days"), in the story's language. */
export function formatDays(valueDays: number): string {
  const rounded = Math.round(valueDays * 10) / 10;
  return ENGLISH.t('duration.days', {
    n: rounded,
    text: formatNumberIn(STORY_LOCALE, rounded, { fraction: 1 }),
  });
}

/** Ratios with one decimal below 10, whole numbers above ("4.7×", "580×"). */
export function formatRatio(value: number, locale: string = STORY_LOCALE): string {
  if (!Number.isFinite(value)) return '–';
  return `${formatNumberIn(locale, value, { fraction: Math.abs(value) >= 10 ? 0 : 1 })}×`;
}

/** Whole percent ("77%"). */
export function formatPercent(fraction: number, locale: string = STORY_LOCALE): string {
  return `${formatNumberIn(locale, Math.round(fraction * 100), { fraction: 0 })}%`;
}
