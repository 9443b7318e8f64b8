import { createTranslator, PSEUDO_LOCALE, type MessageValues, type Translator } from '../../../sim/i18n';
import { CATALOGS, LANGUAGES, type Language, type MessageId } from './catalogs';

/**
 * The UI's language: the one the user chose (remembered in localStorage), else the first of the system's
 * languages (navigator.languages) the app speaks, else English. "pseudo" is a test-only language
 * (sim/i18n/pseudo.ts): accented and longer, so an untranslated string or a text that overflows its box stands out.
 */
export type UiLanguage = Language | 'pseudo';

export const LANGUAGE_STORAGE_KEY = 'k2.language';

/** The app's translator: sim/'s messages and the renderer's. */
export interface AppTranslator extends Translator {
  readonly language: UiLanguage;
  t(id: MessageId, values?: MessageValues): string;
}

const isLanguage = (x: unknown): x is UiLanguage =>
  x === 'pseudo' || (LANGUAGES as readonly unknown[]).includes(x);

function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The language to start in. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be refused (privacy settings): the system's language then.
  }
  for (const tag of systemLanguages()) {
    const lang = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(lang) && lang !== 'pseudo') return lang;
  }
  return 'en';
}

/** Remembers the user's choice. */
export function storeLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; the choice still holds for this window.
  }
}

const DEFAULT_TAG: Readonly<Record<UiLanguage, string>> = {
  en: 'en-US',
  de: 'de-DE',
  ja: 'ja-JP',
  // The pseudo-locale's tag: sim/ (and the answers' worker) builds its pseudo messages from it.
  pseudo: PSEUDO_LOCALE,
};

/**
 * The locale numbers and dates are written in: the system's own tag when it is of the UI's language (de-AT keeps
 * its conventions); else the UI's language with the system's region, as an operating system's "regional format"
 * does (English words with German numbers on a German machine is "en-DE": "1,5"); else the language's usual tag.
 */
export function localeTagFor(language: UiLanguage): string {
  if (language === 'pseudo') return PSEUDO_LOCALE;
  const tags = systemLanguages();
  const own = tags.find((tag) => tag.split('-')[0]!.toLowerCase() === language);
  if (own) return own;
  const region = tags[0]?.match(/^[a-z]{2,3}-([A-Z]{2})\b/i)?.[1];
  if (region) {
    const tag = `${language}-${region.toUpperCase()}`;
    try {
      return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : DEFAULT_TAG[language];
    } catch {
      return DEFAULT_TAG[language];
    }
  }
  return DEFAULT_TAG[language];
}

// Made when first asked for: main.tsx sets the UI's language before anything reads it.
let current: AppTranslator | null = null;

/** A translator over a catalog (the pseudo catalog is built at run time, sim/i18n/pseudo.ts). */
export function makeTranslator(
  language: UiLanguage,
  catalog: Readonly<Record<MessageId, string>>,
): AppTranslator {
  const base = createTranslator<MessageId>(localeTagFor(language), catalog, CATALOGS.en);
  return { ...base, language };
}

/** The UI's translator now (for code outside React: formatters, exports). */
export function currentTranslator(): AppTranslator {
  return (current ??= makeTranslator('en', CATALOGS.en));
}

/** The UI's locale tag now: every display number follows it (plot/format.ts); data files never do. */
export function displayLocale(): string {
  return currentTranslator().locale;
}

/** Makes `tr` the UI's translator (the provider calls this before the app renders in the new language). */
export function setCurrentTranslator(tr: AppTranslator): void {
  current = tr;
  if (typeof document !== 'undefined') document.documentElement.lang = tr.locale;
}
