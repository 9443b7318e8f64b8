export { I18nProvider, translatorFor, useT } from './I18nProvider';
export { LanguageSwitch } from './LanguageSwitch';
export {
  currentTranslator,
  displayLocale,
  initialLanguage,
  setCurrentTranslator,
  type AppTranslator,
} from './locale';
export { type MessageId } from './catalogs';
