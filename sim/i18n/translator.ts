import { IntlMessageFormat } from 'intl-messageformat';
import { formatPlainNumber, NEUTRAL_LOCALE } from './format';
import { SIM_MESSAGES_DE } from './messages.de';
import { SIM_MESSAGES_EN, type SimMessageId } from './messages.en';
import { SIM_MESSAGES_JA } from './messages.ja';
import { pseudoCatalog, PSEUDO_LOCALE } from './pseudo';
import { formatSimpleMessage, simpleMessage, type SimpleMessage } from './simpleMessage';

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
 * one of text, plain `{name}` arguments and selects of such text is never parsed (simpleMessage.ts).
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
