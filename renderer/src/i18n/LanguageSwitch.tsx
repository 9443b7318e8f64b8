import { LANGUAGES, type Language } from './catalogs';
import { useLanguage, useT } from './I18nProvider';
import './i18n.css';

/** Each language by its own name, so a reader finds theirs whatever the UI speaks now. */
const NATIVE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch', ja: '日本語' };

/** The header's language menu: remembered across sessions; the pseudo-locale is not offered (tests only). */
export function LanguageSwitch() {
  const tr = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <label className="language-switch">
      <span>{tr.t('app.language')}</span>
      <select
        value={language === 'pseudo' ? '' : language}
        onChange={(e) => setLanguage(e.currentTarget.value as Language)}
        data-testid="language-switch"
      >
        {language === 'pseudo' && (
          <option value="" translate="no">
            [pseudo]
          </option>
        )}
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang} translate="no">
            {NATIVE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
