import { describe, expect, it } from 'vitest';
import { buildLedger, type LedgerSources, type PaymentRecord, type ProfileRecord } from './ledger';
import { windowsOf } from './sources';

const employed = (id: number, fromMonth: string, baseFen: number): ProfileRecord => ({ id, fromMonth, category: 'employed', baseFen, fixedFen: null, reduction: 'none', approvalRef: null });
let nextId = 1;
const pay = (fromMonth: string, toMonth: string, amountFen: number, paidOn: string, kind: PaymentRecord['kind'] = 'normal'): PaymentRecord => ({ id: nextId++, fromMonth, toMonth, amountFen, kind, paidOn });
const src = (payments: PaymentRecord[], over: Partial<LedgerSources> = {}): LedgerSources => ({
  windows: [{ from: '2026-01', to: null, openedBy: 'import' }],
  paidElsewhereTo: null,
  profiles: [employed(1, '2026-01', 400_000)], // 4000.00 元 → 40.00 元 a month
  payments,
  ...over,
});
const monthly = (months: string[]) => months.map((m) => pay(m, m, 4_000, `${m}-10`));

describe('buildLedger', () => {
  it('applies a raise from its own month: earlier months keep the old due', () => {
    const l = buildLedger(src([], { profiles: [employed(1, '2026-01', 400_000), employed(2, '2026-07', 600_000)] }), '2026-12');
    expect(l.months.map((m) => m.dueFen)).toEqual([...Array(6).fill(4_000), ...Array(6).fill(9_000)]);
    expect(l.totals.dueFen).toBe(6 * 4_000 + 6 * 9_000);
  });

  it('fills three months from one payment and reports 交至 the last of them', () => {
    const l = buildLedger(src([pay('2026-01', '2026-03', 12_000, '2026-01-15')]), '2026-04');
    expect(l.months.slice(0, 3).map((m) => m.status)).toEqual(['paid', 'paid', 'paid']);
    expect(l.paidTo).toBe('2026-03');
    expect(l.arrears.months).toEqual([]);
  });

  it('counts 交至 only through the unbroken run from the start', () => {
    const l = buildLedger(src(monthly(['2026-01', '2026-02', '2026-04', '2026-05'])), '2026-06');
    expect(l.paidTo).toBe('2026-02');
    expect(l.arrears.months).toEqual(['2026-03']);
    expect(buildLedger(src(monthly(['2026-02'])), '2026-03').paidTo).toBeNull();
  });

  it('closes the gap with back-pay, and a top-up after a retroactive raise fills the difference', () => {
    const gap = [...monthly(['2026-01', '2026-02', '2026-04']), pay('2026-03', '2026-03', 4_000, '2026-05-02', 'back-pay')];
    expect(buildLedger(src(gap), '2026-05').paidTo).toBe('2026-04');
    const raised = { profiles: [employed(1, '2026-01', 400_000), employed(2, '2026-02', 600_000)] };
    const before = buildLedger(src(monthly(['2026-01', '2026-02']), raised), '2026-03');
    expect(before.months.map((m) => m.status)).toEqual(['paid', 'partial', 'unpaid']);
    const after = buildLedger(src([...monthly(['2026-01', '2026-02']), pay('2026-02', '2026-02', 5_000, '2026-03-01', 'back-pay')], raised), '2026-03');
    expect(after.paidTo).toBe('2026-02');
  });

  it('keeps voluntary payments apart from dues and shows an overpayment as credit', () => {
    const l = buildLedger(src([pay('2026-01', '2026-01', 10_000, '2026-01-10', 'voluntary'), pay('2026-01', '2026-01', 4_500, '2026-01-10')]), '2026-02');
    expect(l.totals).toMatchObject({ paidFen: 4_000, voluntaryFen: 10_000, creditFen: 500 });
    expect(l.paidTo).toBe('2026-01');
  });

  it.each([
    [2, []],
    [3, ['ARREARS_3_MONTHS']],
    [5, ['ARREARS_3_MONTHS']],
    [6, ['ARREARS_3_MONTHS', 'COMMITTEE_ATTENTION']],
  ])('%i unpaid months in a row → %j', (unpaid, flags) => {
    // Paid January, then nothing: the current month is not overdue yet.
    const asOf = `2026-${String(2 + unpaid).padStart(2, '0')}`;
    const l = buildLedger(src(monthly(['2026-01'])), asOf);
    expect(l.arrears).toMatchObject({ flags, longestRun: unpaid, currentRun: unpaid });
    expect(l.arrears.months).toHaveLength(unpaid);
    expect(l.arrears.outstandingFen).toBe(unpaid * 4_000);
  });

  it('flags three scattered months but keeps the committee out of it until six in a row', () => {
    const paid = monthly(['2026-01', '2026-03', '2026-05', '2026-07']);
    const l = buildLedger(src(paid), '2026-09');
    expect(l.arrears).toMatchObject({ months: ['2026-02', '2026-04', '2026-06', '2026-08'], longestRun: 1, flags: ['ARREARS_3_MONTHS'] });
  });

  it('owes nothing while exempt and nothing for months the old branch was paid to', () => {
    const exempt: ProfileRecord = { ...employed(2, '2026-03', 400_000), reduction: 'exempt', approvalRef: '批复' };
    const l = buildLedger(src(monthly(['2026-01', '2026-02']), { profiles: [employed(1, '2026-01', 400_000), exempt] }), '2026-05');
    expect(l.months.map((m) => m.status)).toEqual(['paid', 'paid', 'exempt', 'exempt', 'exempt']);
    expect(l.paidTo).toBe('2026-05');
    const arrived = buildLedger(src([], { paidElsewhereTo: '2026-02' }), '2026-03');
    expect(arrived.months.map((m) => m.status)).toEqual(['paid-elsewhere', 'paid-elsewhere', 'unpaid']);
    expect(arrived.paidTo).toBe('2026-02');
    expect(arrived.totals.dueFen).toBe(4_000);
  });

  it('stops at the month the member left and has nothing without a profile', () => {
    const left = buildLedger(src([], { windows: [{ from: '2026-01', to: '2026-03', openedBy: 'import' }] }), '2026-12');
    expect(left.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(buildLedger(src([], { profiles: [] }), '2026-05')).toMatchObject({ months: [], noProfile: true, paidTo: null });
  });

  it('extends to prepaid months beyond the current one', () => {
    const l = buildLedger(src([pay('2026-01', '2026-06', 24_000, '2026-01-05')]), '2026-02');
    expect(l.paidTo).toBe('2026-06');
    expect(l.months).toHaveLength(6);
  });
});

describe('windowsOf', () => {
  it('starts a new member at the 支部大会 month and an import at the join month', () => {
    expect(windowsOf([{ kind: 'develop', date: '2026-03-15' }], '2026-03-15')).toEqual([{ from: '2026-03', to: null, openedBy: 'develop' }]);
    expect(windowsOf([{ kind: 'import', date: '2026-03-01' }], '2010-05-01')).toEqual([{ from: '2010-05', to: null, openedBy: 'import' }]);
  });

  it('closes at the 转出 month and reopens on return', () => {
    const events = [
      { kind: 'transfer-in', date: '2025-02-10' },
      { kind: 'transfer-out', date: '2025-08-20' },
      { kind: 'restore', date: '2026-01-05' },
    ];
    expect(windowsOf(events, '2001-07-01')).toEqual([
      { from: '2025-02', to: '2025-08', openedBy: 'transfer-in' },
      { from: '2026-01', to: null, openedBy: 'restore' },
    ]);
  });
});
