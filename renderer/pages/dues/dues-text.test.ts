import { describe, expect, it } from 'vitest';
import { duesRulesFor } from '../../../db/dues/rules';
import { makeTranslator } from '../../i18n/translate';
import { explainDue, totalsLines } from './dues-logic';
import { bracketText, explanationText, monthText, periodText, readableDuesError, readableDuesParams, spanText, yuan } from './dues-text';

const t = makeTranslator('zh-CN');
const en = makeTranslator('en');
const rules = duesRulesFor('2026-03');

describe('dues in words', () => {
  it('names months, spans and periods as the register does', () => {
    expect(monthText(t, '2026-03')).toBe('2026年3月');
    expect(monthText(t, null)).toBe('—');
    expect(spanText(t, '2026-01', '2026-03')).toBe('2026年1月至3月');
    expect(spanText(t, '2025-12', '2026-02')).toBe('2025年12月至2026年2月');
    expect(spanText(t, '2026-03', '2026-03')).toBe('2026年3月');
    expect(periodText(t, { kind: 'quarter', year: 2026, quarter: 1 })).toBe('2026年第一季度');
    expect(periodText(t, { kind: 'year', year: 2026 })).toBe('2026年度');
    expect(spanText(en, '2026-01', '2026-03')).toBe('1–3/2026');
    expect(yuan(t, 4_568)).toBe('45.68元');
  });

  it('words the brackets with their inclusive bounds', () => {
    expect(bracketText(t, null, 300_000)).toBe('3000元以下（含3000元）');
    expect(bracketText(t, 300_000, 500_000)).toBe('3000元以上至5000元（含）');
    expect(bracketText(t, 1_000_000, null)).toBe('10000元以上');
  });

  it('explains an amount in one sentence with its article', () => {
    expect(explanationText(t, explainDue(rules, { category: 'employed', baseFen: 456_789, dueFen: 4_568 }))).toBe(
      '月计算基数 4567.89元，属于“3000元以上至5000元（含）”一档，按1%交纳：4567.89元 × 1% = 45.68元（四舍五入到分）。依据：中组发〔2008〕3号 第一条、第二条。',
    );
    expect(explanationText(t, explainDue(rules, { category: 'retired', baseFen: 300_000, dueFen: 500 }))).toBe('经上级党委批准少交，每月5.00元（按标准应为15.00元）。依据：中组发〔2008〕3号 第七条。');
    expect(explanationText(t, explainDue(rules, { category: 'student', baseFen: null, dueFen: 0 }))).toContain('免交');
    expect(explanationText(t, { kind: 'unknown' })).toBe('还没有设置交纳标准，无法计算应交金额。');
  });

  it('makes issue params readable: fen as 元, months in words, the rest as they are', () => {
    expect(readableDuesParams(t, { outstandingFen: 4_568, month: '2026-03', limit: 6, paymentId: 3 })).toEqual({ outstandingFen: '45.68', month: '2026年3月', limit: 6, paymentId: 3 });
    const error = readableDuesError(t, { code: 'INVALID_INPUT', message: '', issues: [{ path: ['amountFen'], message: '', code: 'AMOUNT_EXCEEDS_DUE', params: { outstandingFen: 20 } }] });
    expect(error.issues?.[0]?.params).toEqual({ outstandingFen: '0.20' });
  });
});

describe('totalsLines', () => {
  it('puts each quarter after its three months and the year last', () => {
    const line = (label: string) => ({ label, from: '', to: '', dueFen: 0, collectedFen: 0, outstandingFen: 0, voluntaryFen: 0, receivedFen: 0 });
    const totals = { year: 2026, months: Array.from({ length: 12 }, (_, i) => line(`M${i + 1}`)), quarters: [1, 2, 3, 4].map((q) => line(`Q${q}`)), total: line('Y') };
    expect(totalsLines(totals).map((l) => l.label)).toEqual(['M1', 'M2', 'M3', 'Q1', 'M4', 'M5', 'M6', 'Q2', 'M7', 'M8', 'M9', 'Q3', 'M10', 'M11', 'M12', 'Q4', 'Y']);
  });
});
