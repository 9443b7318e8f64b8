/**
 * The one number formatter of every display (issue 16 §6, issue 18 §2): charts, tables, captions, messages and
 * the answers all format through here, with the locale as a parameter. Data files and the command line do not:
 * they write plain digits with a decimal point (sim/significant.ts, NEUTRAL_LOCALE), whatever the UI's language.
 */

/** The locale of the command line's messages and of every data file: grouped thousands "3,660", decimal point. */
export const NEUTRAL_LOCALE = 'en-US';

/** How a number is rounded for display. */
export interface NumberStyle {
  /** At most this many significant digits. */
  significant?: number;
  /** At least this many significant digits ("2.0" with 2). */
  minSignificant?: number;
  /** At most this many digits after the decimal separator (default 3 when `significant` is not set). */
  fraction?: number;
  /** At least this many digits after the decimal separator ("2.0"). */
  minFraction?: number;
  /** Exponent notation ("1e-5"). */
  scientific?: boolean;
  /** Thousands separators (default true). */
  grouping?: boolean;
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, style: NumberStyle): Intl.NumberFormat {
  const key = `${locale}|${style.significant}|${style.minSignificant}|${style.fraction}|${style.minFraction}|${style.scientific}|${style.grouping}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = {
      ...(style.significant !== undefined ? { maximumSignificantDigits: style.significant } : {}),
      ...(style.minSignificant !== undefined ? { minimumSignificantDigits: style.minSignificant } : {}),
      ...(style.fraction !== undefined ? { maximumFractionDigits: style.fraction } : {}),
      ...(style.minFraction !== undefined ? { minimumFractionDigits: style.minFraction } : {}),
      ...(style.scientific ? { notation: 'scientific' as const } : {}),
      ...(style.grouping === false ? { useGrouping: false } : {}),
    };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      // An unknown or malformed tag (a hand-edited setting) falls back to the neutral locale, never throws.
      f = new Intl.NumberFormat(NEUTRAL_LOCALE, options);
    }
    cache.set(key, f);
  }
  return f;
}

/**
 * A number as `locale` writes it, rounded by `style`; "–" for a non-finite value. Exponent form is written
 * "1.5e-7" (lower-case e, the locale's decimal separator).
 * @example [formatNumberIn('de-DE', 1234.5, { fraction: 1 }), formatNumberIn('en-US', 0.0456, { significant: 2 })] // => ['1.234,5', '0.046']
 */
export function formatNumberIn(locale: string, value: number, style: NumberStyle = {}): string {
  if (!Number.isFinite(value)) return '–';
  // -0 prints as "0", as String(-0) does (Intl would write "-0").
  const text = numberFormat(locale, style).format(value === 0 ? 0 : value);
  return style.scientific ? text.replace('E', 'e') : text;
}

/**
 * The charts' and tables' rule: three significant digits, whole numbers from 1,000 up, exponent form below
 * 0.001 (log axes reach 1e-5).
 * @example [formatChartNumber(1234.5, 'en-US'), formatChartNumber(1.5, 'de-DE'), formatChartNumber(1e-5, 'en-US')] // => ['1,235', '1,5', '1e-5']
 */
export function formatChartNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return formatNumberIn(locale, value, { fraction: 0 });
  if (abs >= 0.001) return formatNumberIn(locale, value, { significant: 3 });
  return formatNumberIn(locale, value, { scientific: true, fraction: 1 });
}

/**
 * Numbers in messages: grouped thousands, no exponent from 1e-6 to 1e15, no trailing zeros ("3,660", "0.0001");
 * outside that range the plain JavaScript text ("1e+21").
 * @example [formatPlainNumber(3660, 'en-US'), formatPlainNumber(0.25, 'de-DE')] // => ['3,660', '0,25']
 */
export function formatPlainNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) < 1e-6 || Math.abs(value) >= 1e15)) return String(value);
  return formatNumberIn(locale, value, { fraction: 10 });
}

/**
 * A date (UTC calendar day) as the locale writes it short, with the weekday: "Thu 26 Mar" (en-GB),
 * "Do., 26. März" (de-DE), "3月26日(木)" (ja-JP).
 */
export function formatDayIn(locale: string, utcMs: number): string {
  return dateFormat(locale, true).format(utcMs);
}

/** Weekday and day of the month: "Mon 23" (en-GB), "Mo., 23." (de-DE), "23日(月)" (ja-JP). */
export function formatWeekdayIn(locale: string, utcMs: number): string {
  return dateFormat(locale, false).format(utcMs);
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, withMonth: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withMonth}`;
  let f = dateCache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      day: 'numeric',
      ...(withMonth ? { month: 'short' as const } : {}),
      timeZone: 'UTC',
    };
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat(NEUTRAL_LOCALE, options);
    }
    dateCache.set(key, f);
  }
  return f;
}
