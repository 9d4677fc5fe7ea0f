import { createContext, useContext } from 'react';
import { makeTranslator, type Language, type Translate } from './translate';

export interface I18n {
  language: Language;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ language: 'zh-CN', t: makeTranslator('zh-CN') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}
