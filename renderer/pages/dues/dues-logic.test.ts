import { describe, expect, it } from 'vitest';
import { monthlyDue } from '../../../db/dues/monthly-due';
import { duesRulesFor } from '../../../db/dues/rules';
import {
  addMonths,
  arrearsLevel,
  defaultSpan,
  explainDue,
  monthRuns,
  monthSpan,
  nextReceiptNo,
  periodsOf,
  previewDue,
  roundPayments,
  spanOutstanding,
  type SheetRow,
} from './dues-logic';

const rules = duesRulesFor('2026-03');

describe('month arithmetic', () => {
  it('crosses year ends both ways and lists spans', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthSpan('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthSpan('2026-02', '2026-01')).toEqual([]);
    expect(periodsOf('2026-08')).toEqual({ month: { kind: 'month', month: '2026-08' }, quarter: { kind: 'quarter', year: 2026, quarter: 3 }, year: { kind: 'year', year: 2026 } });
    expect(monthRuns(['2025-12', '2026-01', '2026-03'])).toEqual([
      ['2025-12', '2026-01'],
      ['2026-03', '2026-03'],
    ]);
  });
});

describe('explainDue', () => {
  const rate = (category: 'employed' | 'retired', baseFen: number) => {
    const e = explainDue(rules, { category, baseFen, dueFen: monthlyDue({ category, baseFen, fixedFen: null, reduction: 'none', approvalRef: null }, '2026-03').dueFen });
    return e.kind === 'rate' ? [e.lowerFen, e.upperFen, e.rateBasisPoints, e.dueFen] : e.kind;
  };

  it('names the bracket of a salary, upper bounds inclusive, and agrees with the backend’s amount', () => {
    expect(rate('employed', 300_000)).toEqual([null, 300_000, 50, 1_500]);
    expect(rate('employed', 300_001)).toEqual([300_000, 500_000, 100, 3_000]);
    expect(rate('employed', 500_000)).toEqual([300_000, 500_000, 100, 5_000]);
    expect(rate('employed', 1_000_001)).toEqual([1_000_000, null, 200, 20_000]);
    expect(rate('retired', 500_000)).toEqual([null, 500_000, 50, 2_500]);
    expect(rate('retired', 500_001)).toEqual([500_000, null, 100, 5_000]);
    // 1001.00 × 0.5% = 5.005 → 5.01: half up to the fen.
    expect(rate('employed', 100_100)).toEqual([null, 300_000, 50, 501]);
  });

  it('tells fixed amounts, the farmer’s range, reductions and exemptions apart', () => {
    expect(explainDue(rules, { category: 'student', baseFen: null, dueFen: 20 })).toMatchObject({ kind: 'fixed', dueFen: 20, citation: '中组发〔2008〕3号 第六条' });
    expect(explainDue(rules, { category: 'farmer', baseFen: null, dueFen: 50 })).toMatchObject({ kind: 'range', minFen: 20, maxFen: 100 });
    expect(explainDue(rules, { category: 'farmer', baseFen: null, dueFen: 10 })).toMatchObject({ kind: 'reduced', standardFen: null });
    expect(explainDue(rules, { category: 'employed', baseFen: 456_789, dueFen: 1_000 })).toMatchObject({ kind: 'reduced', standardFen: 4_568, citation: '中组发〔2008〕3号 第七条' });
    expect(explainDue(rules, { category: 'employed', baseFen: 456_789, dueFen: 0 })).toMatchObject({ kind: 'exempt' });
    expect(explainDue(rules, { category: 'mobile-no-income', baseFen: null, dueFen: 50 })).toMatchObject({ kind: 'fixed', citation: expect.not.stringContaining('中组发') });
    expect(explainDue(rules, { category: null, baseFen: null, dueFen: null })).toEqual({ kind: 'unknown' });
  });
});

describe('previewDue', () => {
  it('shows what a basis will ask before it is saved', () => {
    const none = { baseFen: null, fixedFen: null, reduction: 'none' as const };
    expect(previewDue(rules, { ...none, category: 'employed', baseFen: 456_789 })).toBe(4_568);
    expect(previewDue(rules, { ...none, category: 'employed' })).toBeNull();
    expect(previewDue(rules, { ...none, category: 'student' })).toBe(20);
    expect(previewDue(rules, { ...none, category: 'farmer', fixedFen: 60 })).toBe(60);
    expect(previewDue(rules, { ...none, category: 'retired', baseFen: 400_000, reduction: 'reduced', fixedFen: 500 })).toBe(500);
    expect(previewDue(rules, { ...none, category: 'retired', reduction: 'exempt' })).toBe(0);
    expect(previewDue(rules, { ...none, category: null })).toBeNull();
  });
});

describe('spanOutstanding and defaultSpan', () => {
  const ledger = {
    profile: { fromMonth: '2026-01', monthlyDueFen: 4_568 } as never,
    months: [
      { month: '2026-01', dueFen: 4_568, paidFen: 4_568 },
      { month: '2026-02', dueFen: 4_568, paidFen: 1_000 },
      { month: '2026-03', dueFen: 4_568, paidFen: 0 },
    ] as never,
  };

  it('adds what each month still owes, and the current due for months ahead of the ledger', () => {
    expect(spanOutstanding(ledger, '2026-02', '2026-03')).toEqual({ fen: 3_568 + 4_568, months: 2, dueEach: 4_568 });
    expect(spanOutstanding(ledger, '2026-03', '2026-05').fen).toBe(3 * 4_568);
    expect(spanOutstanding(ledger, '2026-01', '2026-01').fen).toBe(0);
    expect(spanOutstanding(ledger, '2025-12', '2026-01').fen).toBeNull();
  });

  it('starts after 交至, at most six months back, and ends at the month on screen', () => {
    expect(defaultSpan('2026-01', '2026-03', '2025-01')).toEqual({ from: '2026-02', to: '2026-03' });
    expect(defaultSpan('2026-05', '2026-03', '2025-01')).toEqual({ from: '2026-03', to: '2026-03' });
    expect(defaultSpan(null, '2026-03', '2025-01')).toEqual({ from: '2025-09', to: '2026-03' });
    expect(defaultSpan(null, '2026-03', null)).toEqual({ from: '2026-03', to: '2026-03' });
  });
});

describe('receipt numbers and the month’s round', () => {
  it('counts receipt numbers on, keeping their width', () => {
    expect(nextReceiptNo('DF2026-009')).toBe('DF2026-010');
    expect(nextReceiptNo('99')).toBe('100');
    expect(nextReceiptNo('A-0199号')).toBe('A-0200号');
    expect(nextReceiptNo('收据')).toBeNull();
  });

  it('pays what the month still owes for the chosen members and skips the rest', () => {
    const row = (memberCode: string, status: SheetRow['status'], outstandingFen: number) => ({ memberCode, name: memberCode, status, outstandingFen }) as SheetRow;
    const rows = [row('a', 'unpaid', 4_568), row('b', 'partial', 32), row('c', 'paid', 0), row('d', 'exempt', 0), row('e', 'unpaid', 20)];
    const r = roundPayments(rows, new Set(['a', 'b', 'c', 'd']), { month: '2026-03', method: 'cash', paidOn: '2026-03-05', firstReceiptNo: 'R-08' });
    expect(r.payments.map((p) => [p.memberCode, p.amountFen, p.receiptNo, p.fromMonth, p.toMonth])).toEqual([
      ['a', 4_568, 'R-08', '2026-03', '2026-03'],
      ['b', 32, 'R-09', '2026-03', '2026-03'],
    ]);
    expect(r.skipped.map((s) => s.memberCode)).toEqual(['c', 'd']);
    expect(r.totalFen).toBe(4_600);
    expect(roundPayments(rows, new Set(['a']), { month: '2026-03', method: 'cash', paidOn: '2026-03-05', firstReceiptNo: ' ' }).payments[0]?.receiptNo).toBeNull();
  });

  it('ranks the committee flag above the reminder', () => {
    expect(arrearsLevel(['ARREARS_3_MONTHS', 'COMMITTEE_ATTENTION'])).toBe('committee');
    expect(arrearsLevel(['ARREARS_3_MONTHS'])).toBe('reminder');
    expect(arrearsLevel([])).toBeNull();
  });
});

describe('renderer copies of the dues value lists', () => {
  it('match the backend in content and order', async () => {
    const db = { ...(await import('../../../db/dues/names')), ...(await import('../../../db/dues/ledger')), ...(await import('../../../db/dues/rules')) };
    const ui = await import('./dues-values');
    expect(ui.PAYMENT_METHODS).toEqual(db.PAYMENT_METHODS);
    expect(ui.PAYMENT_KINDS).toEqual(db.PAYMENT_KINDS);
    expect(ui.REDUCTIONS).toEqual(db.REDUCTIONS);
    expect(ui.DUES_CATEGORIES).toEqual(db.DUES_CATEGORIES);
    expect(ui.SAME_LISTS).toEqual([true, true, true, true]);
  });
});
