/**
 * How a typed number is read: one rule for every number box in the app, parameterised by the reader's locale.
 *
 * The rule, in order:
 * 1. Blank is "empty" (the box decides what empty means); words, hex ("0x10"), "NaN", "Infinity", a lone
 *    exponent ("e5") and anything but digits, one sign, "." "," spaces and one exponent are refused.
 * 2. A decimal point and a decimal comma are read alike: "1.2" and "1,2" are 1.2 in every locale.
 * 3. With both "." and ",", the last one is the decimal mark and the other must group the digits before it by
 *    threes: "1,234.5" and "1.234,5" are 1234.5 in every locale; "1.5,5" and "1,00.5" are refused.
 * 4. One mark used twice or more can only group thousands, and must group by threes: "1,000,000" and
 *    "1.000.000" are 1000000; "1,2,3" and "1..2" are refused. Spaces (also no-break spaces) may group too.
 * 5. One mark followed by exactly three digits after one to three digits ("1,234", "1.000") is the only
 *    ambiguous shape: 1234 to some readers, 1.234 to others. It is read as the locale reads it (in en-US ","
 *    groups and "." is decimal; in de-DE the other way round), and the result carries a `reading` sentence so
 *    the box can show how it was read. A mark the locale uses for neither is refused, naming both readings.
 *    "0,123" and "1234,567" are not ambiguous (no group starts with 0 or has four digits): decimal.
 * 6. An exponent follows the number: "1e-6", "2,5E3". A value that overflows to Infinity, or a non-zero
 *    number that underflows to 0 ("1e-400"), is refused: it would be read differently from how it was typed.
 */

import { ENGLISH, type Translator } from '../i18n/translator';

export type TypedNumber =
  | {
      kind: 'number';
      value: number;
      /** How an ambiguous separator was read, e.g. '"1,234" read as 1234 ("," groups thousands in en-US)'. */
      reading: string | null;
    }
  | { kind: 'empty' }
  /** `message` is a sentence fragment without a full stop, e.g. '"1..2" is not a number'. */
  | { kind: 'refused'; message: string };

export interface LocaleSeparators {
  decimal: string;
  group: string;
}

const separatorCache = new Map<string, LocaleSeparators>();

/**
 * The decimal and group separators a locale writes, from Intl.NumberFormat.formatToParts.
 * @example localeSeparators('de-DE') // => { decimal: ',', group: '.' }
 */
export function localeSeparators(locale: string): LocaleSeparators {
  const cached = separatorCache.get(locale);
  if (cached) return cached;
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  } catch {
    // An invalid tag (RangeError): read as the root locale does.
    parts = new Intl.NumberFormat('en-US').formatToParts(12345.6);
  }
  const found: LocaleSeparators = {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
  separatorCache.set(locale, found);
  return found;
}

/**
 * The locale's marks as this parser can meet them: the decimal mark is "," or else "."; the group mark is the
 * other of the two if the locale groups with it (en-US ","; de-DE "."), else null (fr-FR groups with a space).
 */
function readingMarks(locale: string): { decimal: ',' | '.'; group: ',' | '.' | null } {
  const { decimal: d, group: g } = localeSeparators(locale);
  const decimal = d === ',' ? ',' : '.';
  return { decimal, group: (g === ',' || g === '.') && g !== decimal ? g : null };
}

const SPACES = /[ \u00a0\u202f\u2009]/;
/** Digits grouped by threes with `sep`: "1", "12", "1,234", "12,345,678". */
const groupedBy = (digits: string, sep: string): boolean => {
  const groups = digits.split(sep);
  return groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
};

/** The typed text as a message quotes it (each language's catalog adds its own quotation marks). */
const shortened = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads a number as a person typed it (see the rule above). Pure; `locale` is a BCP 47 tag such as "de-DE";
 * refusals and readings are in `tr`'s language (the app passes the UI's; English by default).
 * @example parseTypedNumber('1,2', 'en-US') // => { kind: 'number', value: 1.2, reading: null }
 * @example parseTypedNumber('1.234,5', 'de-DE') // => { kind: 'number', value: 1234.5, reading: null }
 * @example parseTypedNumber('1,234', 'en-US') // => { kind: 'number', value: 1234, reading: '"1,234" read as 1234 ("," groups thousands in en-US)' }
 */
export function parseTypedNumber(text: string, locale: string, tr: Translator = ENGLISH): TypedNumber {
  // The minus sign (U+2212) and the figure dash are what some keyboards and locales write for "-".
  const typed = text.trim().replace(/[\u2212\u2012]/g, '-');
  if (typed === '') return { kind: 'empty' };
  const notNumber: TypedNumber = {
    kind: 'refused',
    message: tr.t('typed.notNumber', { text: shortened(text.trim()) }),
  };
  const shape =
    /^([-+]?)([\d.,\u00a0\u202f\u2009 ]*\d[\d.,\u00a0\u202f\u2009 ]*)(?:[eE]([-+]?\d{1,6}))?$/.exec(typed);
  if (!shape) return notNumber;
  const [, sign = '', rawMantissa = '', exponent] = shape;
  const misread: TypedNumber = {
    kind: 'refused',
    message: tr.t('typed.misread', { text: shortened(typed) }),
  };

  // Spaces may only group thousands in the whole-number part ("1 234,5").
  let mantissa = rawMantissa;
  if (SPACES.test(mantissa)) {
    const wholeEnd = mantissa.search(/[.,](?=[^.,]*$)/);
    const whole = wholeEnd < 0 ? mantissa : mantissa.slice(0, wholeEnd);
    const rest = wholeEnd < 0 ? '' : mantissa.slice(wholeEnd);
    const spaced = whole.replace(/[\u00a0\u202f\u2009 ]/g, ' ');
    if (SPACES.test(rest) || /[.,]/.test(whole) || !groupedBy(spaced, ' ')) return misread;
    mantissa = spaced.replace(/ /g, '') + rest;
  }

  let whole: string;
  let fraction = '';
  // How an ambiguous mark was read; the sentence is written once the value is known.
  let readAs: { id: 'typed.readAsDecimal' | 'typed.readAsGroup'; mark: string } | null = null;
  const points = mantissa.split('.').length - 1;
  const commas = mantissa.split(',').length - 1;
  if (points === 0 && commas === 0) {
    whole = mantissa;
  } else if (points > 0 && commas > 0) {
    const markAt = Math.max(mantissa.lastIndexOf('.'), mantissa.lastIndexOf(','));
    const mark = mantissa[markAt]!;
    const other = mark === '.' ? ',' : '.';
    const before = mantissa.slice(0, markAt);
    fraction = mantissa.slice(markAt + 1);
    if (before.includes(mark) || !groupedBy(before, other) || !/^\d*$/.test(fraction)) return misread;
    whole = before.split(other).join('');
  } else {
    const mark = points > 0 ? '.' : ',';
    const pieces = mantissa.split(mark);
    if (pieces.length > 2) {
      if (!groupedBy(mantissa, mark)) return misread;
      whole = pieces.join('');
    } else {
      const [before = '', after = ''] = pieces;
      const ambiguous = /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
      if (!ambiguous) {
        if (before === '' && after === '') return notNumber;
        whole = before;
        fraction = after;
      } else {
        const { decimal, group } = readingMarks(locale);
        const asGroup = before + after;
        const asDecimal = `${before}.${after}`;
        if (mark === decimal) {
          whole = before;
          fraction = after;
          readAs = { id: 'typed.readAsDecimal', mark };
        } else if (mark === group) {
          whole = asGroup;
          readAs = { id: 'typed.readAsGroup', mark };
        } else {
          return {
            kind: 'refused',
            message: tr.t('typed.ambiguous', { text: shortened(typed), asGroup, asDecimal }),
          };
        }
      }
    }
  }

  const canonical = `${sign}${whole === '' ? '0' : whole}.${fraction === '' ? '0' : fraction}e${exponent ?? '0'}`;
  const value = Number(canonical);
  if (!Number.isFinite(value))
    return { kind: 'refused', message: tr.t('typed.tooLarge', { text: shortened(typed) }) };
  if (value === 0 && /[1-9]/.test(whole + fraction)) {
    return { kind: 'refused', message: tr.t('typed.tooSmall', { text: shortened(typed) }) };
  }
  // -0 reads as 0: a box never shows "-0".
  const read = value === 0 ? 0 : value;
  // The value as the box writes it in this locale ("1,25" in de-DE), so the sentence is read one way only.
  const reading =
    readAs === null
      ? null
      : tr.t(readAs.id, {
          text: shortened(typed),
          value: formatTypedNumber(read, locale),
          mark: readAs.mark,
          locale,
        });
  return { kind: 'number', value: read, reading };
}

/**
 * A number written so that parseTypedNumber reads it back in the same locale as exactly this value: the
 * locale's decimal mark, no grouping, up to 15 significant digits, and an exponent for very small or very
 * large values ("1e-7", "1,5e-7" in de-DE).
 * @example formatTypedNumber(1.2, 'de-DE') // => '1,2'
 */
export function formatTypedNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value);
  const { decimal } = readingMarks(locale);
  const abs = Math.abs(value);
  // Shortest round-trip digits (String), with the locale's decimal mark.
  const plain =
    abs !== 0 && (abs < 1e-6 || abs >= 1e15) ? String(value) : String(Number(value.toPrecision(15)));
  return plain.replace('.', decimal);
}
