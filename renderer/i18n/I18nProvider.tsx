import { useMemo, type ReactNode } from 'react';
import { I18nContext } from './context';
import { makeTranslator, type Language } from './translate';

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: makeTranslator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
