import { IntlMessageFormat } from 'intl-messageformat';
import { formatPlainNumber, NEUTRAL_LOCALE } from './format';
import { SIM_MESSAGES_DE } from './messages.de';
import { SIM_MESSAGES_EN, type SimMessageId } from './messages.en';
import { SIM_MESSAGES_JA } from './messages.ja';
import { pseudoCatalog, PSEUDO_LOCALE } from './pseudo';

/**
 * Messages in the reader's language. sim/ never writes an English sentence directly: it asks a Translator for
 * a message by id, with its values, and the app passes one in the UI's language while the command line keeps
 * the English default (ENGLISH). Messages are ICU MessageFormat (plurals and selects by FormatJS's
 * intl-messageformat, on the platform's Intl.PluralRules).
 */

/** Values a message is formatted with: numbers for plurals and selects, strings already formatted. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A catalog: every message id of a language, as ICU MessageFormat text. */
export type Catalog<Id extends string = string> = Readonly<Record<Id, string>>;

export interface Translator {
  /** BCP 47 tag numbers and dates are written in ("de-DE"). */
  readonly locale: string;
  /** The message `id` with `values` filled in. */
  t(id: SimMessageId, values?: MessageValues): string;
  /** A number as the locale writes it in a sentence ("3,660", "0,25"). */
  num(value: number): string;
  /** "a, b and c" ("a, b und c", "a、b、c"). */
  list(items: readonly string[]): string;
}

/**
 * A translator for `locale` over `catalog`; an id the catalog lacks falls back to `fallback` (English), so a
 * missing translation shows English rather than an id. A message with ICU syntax is parsed once, at its first use;
 * one with plain `{name}` arguments alone is never parsed (simpleMessage).
 */
export function createTranslator<Id extends string>(
  locale: string,
  catalog: Partial<Catalog<Id>>,
  fallback: Catalog<Id>,
): Omit<Translator, 't'> & { t(id: Id, values?: MessageValues): string } {
  const simple = new Map<Id, SimpleMessage | null>();
  const compiled = new Map<Id, IntlMessageFormat>();
  const t = (id: Id, values?: MessageValues): string => {
    const text = catalog[id] ?? fallback[id] ?? String(id);
    let parts = simple.get(id);
    if (parts === undefined) simple.set(id, (parts = simpleMessage(text)));
    const written = parts && formatSimpleMessage(parts, values);
    if (typeof written === 'string') return written;
    // ICU syntax, or a value missing or of another type: the parser's answer (and its errors).
    let f = compiled.get(id);
    if (!f) {
      f = new IntlMessageFormat(text, locale);
      compiled.set(id, f);
    }
    return String(f.format(values));
  };
  // English lists without the serial comma ("MK-7, MK-4 and K1"), as the app has always written them. Made at
  // the first list: Chromium's first Intl.ListFormat loads its data for about 30 ms, which a cold start need not wait for.
  let listFormat: Intl.ListFormat | undefined;
  return {
    locale,
    t,
    num: (value: number) => formatPlainNumber(value, locale),
    list: (items: readonly string[]) =>
      (listFormat ??= new Intl.ListFormat(locale.startsWith('en') ? 'en-GB' : locale, {
        type: 'conjunction',
      })).format(items),
  };
}

/**
 * A message with no ICU syntax but plain `{name}` arguments, split at them: texts at even indices, argument
 * names at odd ones. Most messages are such, and formatting them needs no parser: intl-messageformat writes a
 * plain argument's string or number as String(value), and its parse of the first message costs a cold start
 * more than the whole render of that message.
 */
type SimpleMessage = readonly string[];

/**
 * `text` split at its `{name}` arguments, or null when it needs intl-messageformat's parser: plurals,
 * selects, number or date formats, apostrophe quoting, tags, `#`, or any other brace. An apostrophe before
 * anything but another apostrophe, a brace or an angle bracket is plain text in ICU ("the chart's"), and stays.
 * @example simpleMessage('Dose {n} of {count}') // => ['Dose ', 'n', ' of ', 'count', '']
 * @example simpleMessage('{n, plural, one {# day} other {# days}}') // => null
 */
export function simpleMessage(text: string): SimpleMessage | null {
  if (/[<#]|'['{}<>]/.test(text)) return null;
  const parts = text.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/);
  for (let i = 0; i < parts.length; i += 2) if (/[{}]/.test(parts[i]!)) return null;
  return parts;
}

/**
 * A simple message with its values, as intl-messageformat writes it; null when a value is missing or neither a
 * string nor a number (the parser's path then answers, or throws its own error).
 * @example formatSimpleMessage(['Dose ', 'n', ''], { n: 1200 }) // => 'Dose 1200'
 */
export function formatSimpleMessage(parts: SimpleMessage, values?: MessageValues): string | null {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value: unknown = values && Object.hasOwn(values, parts[i]!) ? values[parts[i]!] : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    out += String(value) + parts[i + 1]!;
  }
  return out;
}

/** The command line's and every data file's language: English, numbers in the neutral locale. */
export const ENGLISH: Translator = createTranslator<SimMessageId>(
  NEUTRAL_LOCALE,
  SIM_MESSAGES_EN,
  SIM_MESSAGES_EN,
);

/**
 * A limit's name in the reader's language ("Dose" is "Dosis"); a name no catalog knows stays as it is.
 * @example limitName({ name: 'Meal fat' }, simTranslator('de-DE')) // => 'Fett der Mahlzeit'
 */
export function limitName(limit: { name: string }, tr: Translator): string {
  return tr
    .t('limit.name', { name: limit.name.replace(/[^A-Za-z]/g, '_') })
    .replace(/^[A-Za-z_]+$/, (key) => (key === limit.name.replace(/[^A-Za-z]/g, '_') ? limit.name : key));
}

/** A unit in the reader's language ("days" is "Tage", "日"); symbols (µg, ng/mL) stay. */
export function unitName(unit: string, tr: Translator): string {
  return unit ? tr.t('unit.name', { unit }) : '';
}

/** sim/'s catalogs by language subtag. */
const SIM_CATALOGS: Readonly<Record<string, Catalog<SimMessageId>>> = {
  en: SIM_MESSAGES_EN,
  de: SIM_MESSAGES_DE,
  ja: SIM_MESSAGES_JA,
};

const translators = new Map<string, Translator>([[NEUTRAL_LOCALE, ENGLISH]]);
let pseudoSim: Catalog<SimMessageId> | undefined;

/**
 * sim/'s messages in `locale` (English for a language without a catalog), for code that has only a locale tag,
 * such as a worker answering the page.
 * @example simTranslator('de-DE').t('steady.day', { day: 14, pct: 87 }) // => 'Tag 14: 87 % des Steady State'
 */
export function simTranslator(locale: string): Translator {
  let tr = translators.get(locale);
  if (!tr) {
    const catalog =
      locale === PSEUDO_LOCALE
        ? (pseudoSim ??= pseudoCatalog(SIM_MESSAGES_EN))
        : (SIM_CATALOGS[locale.split('-')[0]!.toLowerCase()] ?? SIM_MESSAGES_EN);
    tr = createTranslator<SimMessageId>(locale, catalog, SIM_MESSAGES_EN);
    translators.set(locale, tr);
  }
  return tr;
}
