import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { pseudoCatalog } from '../../../sim/i18n';
import { CATALOGS } from './catalogs';
import {
  currentTranslator,
  makeTranslator,
  setCurrentTranslator,
  storeLanguage,
  type AppTranslator,
  type UiLanguage,
} from './locale';

interface I18nContextValue {
  tr: AppTranslator;
  setLanguage: (language: UiLanguage) => void;
}

// Outside a provider: English, made when first read (not while the module loads).
const I18nContext = createContext<I18nContextValue>({
  get tr() {
    return currentTranslator();
  },
  setLanguage: () => {},
});

/** The translator for a language (the pseudo one is built when asked for: it is for tests only). */
export async function translatorFor(language: UiLanguage): Promise<AppTranslator> {
  if (language !== 'pseudo') return makeTranslator(language, CATALOGS[language]);
  return makeTranslator('pseudo', pseudoCatalog(CATALOGS.en));
}

/**
 * The UI's language for everything below it. `initial` is ready before the first render (main.tsx awaits it),
 * so a German system never flashes English.
 */
export function I18nProvider({ initial, children }: { initial: AppTranslator; children: ReactNode }) {
  const [tr, setTr] = useState(initial);
  const setLanguage = useCallback((language: UiLanguage) => {
    storeLanguage(language);
    void translatorFor(language).then((next) => {
      setCurrentTranslator(next);
      setTr(next);
    });
  }, []);
  const value = useMemo(() => ({ tr, setLanguage }), [tr, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI's translator: `t(id, values)`, `num(x)`, `list(items)`, `locale`. English outside a provider. */
export function useT(): AppTranslator {
  return useContext(I18nContext).tr;
}

/** The language switch's handle. */
export function useLanguage(): { language: UiLanguage; setLanguage: (language: UiLanguage) => void } {
  const { tr, setLanguage } = useContext(I18nContext);
  return { language: tr.language, setLanguage };
}
