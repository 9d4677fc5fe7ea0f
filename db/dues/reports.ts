/** Ledger views: one member, one month for the branch, arrears, and totals by month/quarter/year. */
import type { DuesPayment, MemberLedgerView, MonthSheet, PeriodTotals } from '../api/schemas/dues';
import type { Store } from '../store/store';
import { buildLedger, type DuesWindow, type Ledger, type LedgerMonth } from './ledger';
import { compareMonths, maxMonth, monthOf, monthRange, periodLabel, periodMonths } from './months';
import { listPayments } from './payments';
import { profileHistory, requireMemberSources } from './profiles';
import { loadSources, type MemberHead } from './sources';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function stripMonth({ profileId: _p, ...m }: LedgerMonth) {
  return m;
}

export function memberLedger(store: Store, memberCode: string, asOfMonth: string): MemberLedgerView {
  const { member, sources } = requireMemberSources(store, memberCode);
  const ledger = buildLedger(sources, asOfMonth);
  return {
    memberCode: member.code,
    name: member.name,
    membership: member.membership,
    asOfMonth,
    profile: profileHistory(store, memberCode, asOfMonth).current,
    months: ledger.months.map(stripMonth),
    paidTo: ledger.paidTo,
    noProfile: ledger.noProfile,
    arrears: ledger.arrears,
    totals: ledger.totals,
    payments: listPayments(store, memberCode),
  };
}

export interface BranchLedger {
  member: MemberHead;
  ledger: Ledger;
  windows: DuesWindow[];
  payments: DuesPayment[];
}

export function onRoster(windows: DuesWindow[], month: string): boolean {
  return windows.some((w) => compareMonths(w.from, month) <= 0 && (w.to === null || compareMonths(month, w.to) <= 0));
}

/** Every member's ledger, built far enough to cover `through`, with their live payments. */
export function branchLedgers(store: Store, asOfMonth: string, through: string): BranchLedger[] {
  const payments = listPayments(store).filter((p) => !p.cancelled);
  const byMember = new Map<string, DuesPayment[]>();
  for (const p of payments) byMember.set(p.memberCode, [...(byMember.get(p.memberCode) ?? []), p]);
  return loadSources(store).map(({ member, sources }) => ({
    member,
    ledger: buildLedger(sources, asOfMonth, through),
    windows: sources.windows,
    payments: byMember.get(member.code) ?? [],
  }));
}

/** Voluntary payments are counted in the month they were paid. */
export function voluntaryIn(payments: DuesPayment[], from: string, to: string): number {
  return sum(payments.filter((p) => p.kind === 'voluntary' && compareMonths(monthOf(p.paidOn), from) >= 0 && compareMonths(monthOf(p.paidOn), to) <= 0).map((p) => p.amountFen));
}

export function covering(payments: DuesPayment[], month: string): DuesPayment[] {
  return payments.filter((p) => p.kind !== 'voluntary' && compareMonths(p.fromMonth, month) <= 0 && compareMonths(month, p.toMonth) <= 0);
}

/** 当月收缴表: who owes what for one month, who paid, and the totals. */
export function monthSheet(store: Store, month: string, asOfMonth: string): MonthSheet {
  const rows: MonthSheet['rows'] = [];
  for (const { member, ledger, windows, payments } of branchLedgers(store, asOfMonth, month)) {
    const lm = ledger.months.find((m) => m.month === month);
    if (!lm && !onRoster(windows, month)) continue;
    const paying = covering(payments, month);
    rows.push({
      memberCode: member.code,
      name: member.name,
      memberType: member.memberType,
      status: lm?.status ?? 'no-profile',
      category: lm?.category ?? null,
      baseFen: lm?.baseFen ?? null,
      standardLabel: lm?.standardLabel ?? '',
      dueFen: lm?.dueFen ?? null,
      paidFen: lm?.paidFen ?? 0,
      outstandingFen: lm ? lm.dueFen - lm.paidFen : 0,
      voluntaryFen: voluntaryIn(payments, month, month),
      paidOn: [...new Set(paying.map((p) => p.paidOn))],
      receiptNos: paying.flatMap((p) => (p.receiptNo ? [p.receiptNo] : [])),
      paidTo: ledger.paidTo,
    });
  }
  return {
    month,
    rows,
    totals: {
      members: rows.length,
      noProfile: rows.filter((r) => r.status === 'no-profile').length,
      dueFen: sum(rows.map((r) => r.dueFen ?? 0)),
      paidFen: sum(rows.map((r) => r.paidFen)),
      outstandingFen: sum(rows.map((r) => r.outstandingFen)),
      voluntaryFen: sum(rows.map((r) => r.voluntaryFen)),
    },
  };
}

/** Members with overdue months, the longest runs first: the list the committee looks at. */
export function arrearsList(store: Store, asOfMonth: string) {
  const rows = branchLedgers(store, asOfMonth, asOfMonth)
    .filter(({ ledger }) => ledger.arrears.months.length > 0)
    .map(({ member, ledger }) => ({ memberCode: member.code, name: member.name, membership: member.membership, paidTo: ledger.paidTo, ...ledger.arrears }))
    .sort((a, b) => b.longestRun - a.longestRun || b.months.length - a.months.length || a.memberCode.localeCompare(b.memberCode));
  return { asOfMonth, rows };
}

function totalsFor(ledgers: BranchLedger[], from: string, to: string, label: string): PeriodTotals {
  const months = ledgers.flatMap(({ ledger }) => ledger.months.filter((m) => compareMonths(m.month, from) >= 0 && compareMonths(m.month, to) <= 0));
  const paidIn = (p: DuesPayment) => compareMonths(monthOf(p.paidOn), from) >= 0 && compareMonths(monthOf(p.paidOn), to) <= 0;
  return {
    label,
    from,
    to,
    dueFen: sum(months.map((m) => m.dueFen)),
    collectedFen: sum(months.map((m) => m.paidFen)),
    outstandingFen: sum(months.map((m) => m.dueFen - m.paidFen)),
    voluntaryFen: sum(ledgers.map(({ payments }) => voluntaryIn(payments, from, to))),
    receivedFen: sum(ledgers.flatMap(({ payments }) => payments.filter(paidIn).map((p) => p.amountFen))),
  };
}

/**
 * The year's totals by month, quarter and year, exact to the fen. Months still to come count
 * what the current profiles will ask, so "outstanding" for the year includes them.
 */
export function yearTotals(store: Store, year: number, asOfMonth: string) {
  const ledgers = branchLedgers(store, asOfMonth, maxMonth(asOfMonth, `${year}-12`));
  const months = monthRange(`${year}-01`, `${year}-12`).map((m) => totalsFor(ledgers, m, m, periodLabel({ kind: 'month', month: m })));
  const quarters = ([1, 2, 3, 4] as const).map((quarter) => {
    const p = periodMonths({ kind: 'quarter', year, quarter });
    return totalsFor(ledgers, p.from, p.to, periodLabel({ kind: 'quarter', year, quarter }));
  });
  return { year, months, quarters, total: totalsFor(ledgers, `${year}-01`, `${year}-12`, periodLabel({ kind: 'year', year })) };
}
