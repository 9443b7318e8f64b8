export { I18nProvider, translatorFor, useLanguage, useT } from './I18nProvider';
export { LanguageSwitch } from './LanguageSwitch';
export {
  currentTranslator,
  displayLocale,
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  setCurrentTranslator,
  type AppTranslator,
  type UiLanguage,
} from './locale';
export { LANGUAGES, type Language, type MessageId } from './catalogs';
