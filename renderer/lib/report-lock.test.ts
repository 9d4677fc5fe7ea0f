import { describe, expect, it } from 'vitest';
import { makeTranslator, translateError } from '../i18n/translate';
import { periodName } from './report-lock';

describe('periodName', () => {
  it('names quarters, half years and years in both languages', () => {
    const zh = makeTranslator('zh-CN');
    expect(['2026Q3', '2026H1', '2026H2', '2026'].map((id) => periodName(zh, id))).toEqual(['2026年第三季度', '2026年上半年', '2026年下半年', '2026年度']);
    expect(periodName(makeTranslator('en'), '2026Q3')).toBe('2026 Q3');
    expect(periodName(zh, 'nonsense')).toBe('nonsense');
  });
});

describe('translateError for a locked period', () => {
  it('says which submitted period holds the date and how to reopen it, in any area', () => {
    const { what, next } = translateError(makeTranslator('zh-CN'), { code: 'CONFLICT', params: { period: '2026Q3', date: '2026-09-20' } });
    expect(what).toBe('2026年9月20日在已上报的2026年第三季度统计期内，本期数据已锁定，这项修改没有保存。');
    expect(next).toContain('解锁更正');
  });

  it('leaves every other conflict to the general message', () => {
    const t = makeTranslator('zh-CN');
    expect(translateError(t, { code: 'CONFLICT', params: { period: '2026Q3' } }).what).toBe(t('error.CONFLICT'));
    expect(translateError(t, { code: 'CONFLICT' }).what).toBe(t('error.CONFLICT'));
  });
});
