import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../db/api/errors';
import { CLIENT_ERROR_CODES } from '../api/types';
import { en } from './en';
import { CATALOGUES, interpolate, makeTranslator, translateError } from './translate';
import { zhCN } from './zh-CN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;

describe('catalogues', () => {
  it('have exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('have no empty message', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const [key, value] of Object.entries(catalogue)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('give every backend and client error code what happened and what to do next, in both languages', () => {
    const codes = [...ERROR_CODES, ...CLIENT_ERROR_CODES, 'unknown'];
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      const messages = catalogue as Record<string, string | undefined>;
      for (const code of codes) {
        const what = messages[`error.${code}`];
        const next = messages[`error.${code}.next`];
        expect(what, `${language} error.${code}`).toBeTruthy();
        expect(next, `${language} error.${code}.next`).toBeTruthy();
        expect(next, `${language} error.${code}: the advice must not repeat the fact`).not.toBe(what);
        // A sentence each: the fact is closed, and the advice is a full instruction, not a word.
        expect(what, `${language} error.${code}`).toMatch(/[。.）)]$/);
        expect(next!.length, `${language} error.${code}.next`).toBeGreaterThan(language === 'zh-CN' ? 6 : 15);
      }
    }
  });

  it('has no error key for a code that does not exist (a renamed code would otherwise go silent)', () => {
    const known = new Set<string>([...ERROR_CODES, ...CLIENT_ERROR_CODES, 'unknown']);
    for (const key of Object.keys(zhCN).filter((k) => k.startsWith('error.'))) {
      expect(known.has(key.replace(/^error\./, '').replace(/\.next$/, '')), key).toBe(true);
    }
  });

  it('writes the Chinese catalogue in Chinese (apart from names that are the same in both)', () => {
    const sameInBoth = new Set(['common.language', 'format.dateTime', 'field.name.placeholder']);
    for (const [key, value] of Object.entries(zhCN)) {
      if (sameInBoth.has(key) || key === 'app.nameFull') continue;
      if (key === 'format.date') continue;
      expect(HAN.test(value), key).toBe(true);
    }
  });
});

describe('interpolate', () => {
  it('fills placeholders and drops those without a value rather than showing braces', () => {
    expect(interpolate('至少 {min} 个字符{x}', { min: 8 })).toBe('至少 8 个字符');
  });
});

describe('translateError', () => {
  const t = makeTranslator('zh-CN');

  it('translates WRONG_PASSPHRASE into plain Chinese with a next step', () => {
    const { what, next } = translateError(t, { code: 'WRONG_PASSPHRASE' });
    expect(what).toBe('口令不正确。');
    expect(next).toContain('恢复密钥');
  });

  it('fills the minimum length even when the backend did not send it', () => {
    expect(translateError(t, { code: 'WEAK_PASSPHRASE' }).next).toContain('8');
    expect(translateError(t, { code: 'WEAK_PASSPHRASE', params: { min: 10 } }).next).toContain('10');
  });

  it('still says what happened and what to do for a code it does not know', () => {
    const { what, next } = translateError(t, { code: 'SOMETHING_NEW' });
    expect(what).toContain('SOMETHING_NEW');
    expect(next).not.toBe('');
  });
});
