import type { UiError } from '../api/types';
import { lockedPeriodError } from '../lib/report-lock';
import { en } from './en';
import { zhCN, type Catalogue, type MessageKey } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const CATALOGUES: Record<Language, Catalogue> = { 'zh-CN': zhCN, en };

/**
 * Fills {name} placeholders. A placeholder without a value is left out rather than shown
 * raw: a stray "{min}" on screen would puzzle a user more than a missing number.
 */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    return value === undefined ? '' : String(value);
  });
}

export function makeTranslator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params) => interpolate(catalogue[key], params);
}

/** Values an error message may mention when the backend did not send them. */
const ERROR_PARAM_DEFAULTS: Params = { min: 8 };

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

export interface TranslatedError {
  what: string;
  next: string;
}

/** What happened and what to do next, for any code (an unknown one still gets both). */
export function translateError(t: Translate, error: Pick<UiError, 'params'> & { code: string }): TranslatedError {
  const locked = lockedPeriodError(t, error);
  if (locked) return locked;
  const params = { ...ERROR_PARAM_DEFAULTS, ...error.params, code: error.code };
  const what = `error.${error.code}`;
  const next = `error.${error.code}.next`;
  if (isMessageKey(what) && isMessageKey(next)) return { what: t(what, params), next: t(next, params) };
  return { what: t('error.unknown', params), next: t('error.unknown.next', params) };
}
