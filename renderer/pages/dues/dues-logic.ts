/**
 * Pure logic of the 党费 screens (no DOM, unit-tested): month arithmetic on 'YYYY-MM', the
 * amount a span of months still owes, the explanation of an amount by the rules' brackets,
 * receipt numbers in a round, and the round's payments.
 */
import type { OpInput, OpOutput } from '../../api/types';

export type DuesRules = OpOutput<'dues.rules'>['rules'];
export type MonthSheet = OpOutput<'dues.monthSheet'>;
export type SheetRow = MonthSheet['rows'][number];
export type MemberLedger = OpOutput<'dues.memberLedger'>;
export type ArrearsRow = OpOutput<'dues.arrears'>['rows'][number];
export type PaymentInput = OpInput<'dues.recordPayment'>;
export type DuesPeriod = OpInput<'dues.register'>['period'];
export type DuesCategory = DuesRules['categories'][number]['category'];
export type YearTotals = OpOutput<'dues.totals'>;
export type TotalsLine = YearTotals['total'] & { level: 'month' | 'quarter' | 'year' };

function monthIndex(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function fromIndex(i: number): string {
  const y = Math.floor(i / 12);
  return `${y}-${String(i - y * 12 + 1).padStart(2, '0')}`;
}

export const addMonths = (month: string, n: number) => fromIndex(monthIndex(month) + n);
export const monthsFrom = (a: string, b: string) => monthIndex(b) - monthIndex(a);

/** Every month from `from` to `to`, both included. */
export function monthSpan(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, monthsFrom(from, to) + 1) }, (_, i) => addMonths(from, i));
}

/** The quarter a month falls in and its year, for the register's periods. */
export function periodsOf(month: string): { month: DuesPeriod; quarter: DuesPeriod; year: DuesPeriod } {
  const year = Number(month.slice(0, 4));
  const quarter = (Math.floor((Number(month.slice(5)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
  return { month: { kind: 'month', month }, quarter: { kind: 'quarter', year, quarter }, year: { kind: 'year', year } };
}

/**
 * What the months from..to still owe, from the member's ledger. Months beyond the ledger (预交
 * ahead of it) count the current monthly due; null when that is unknown (no profile yet).
 */
export function spanOutstanding(
  ledger: Pick<MemberLedger, 'months' | 'profile'>,
  from: string,
  to: string,
): { fen: number | null; months: number; dueEach: number | null } {
  const span = monthSpan(from, to);
  const byMonth = new Map(ledger.months.map((m) => [m.month, m]));
  let fen: number | null = 0;
  for (const month of span) {
    const m = byMonth.get(month);
    if (m) fen = fen === null ? null : fen + Math.max(0, m.dueFen - m.paidFen);
    else if (ledger.profile && monthsFrom(ledger.profile.fromMonth, month) >= 0) fen = fen === null ? null : fen + ledger.profile.monthlyDueFen;
    else fen = null;
  }
  const dues = new Set(span.map((m) => byMonth.get(m)?.dueFen ?? ledger.profile?.monthlyDueFen ?? null));
  return { fen, months: span.length, dueEach: dues.size === 1 ? [...dues][0]! : null };
}

/**
 * The months a new payment most likely covers: from the first unpaid month after 交至 (at
 * most six months back, the usual 补交 limit) to the month on screen.
 */
export function defaultSpan(paidTo: string | null, month: string, firstLedgerMonth: string | null): { from: string; to: string } {
  const next = paidTo ? addMonths(paidTo, 1) : firstLedgerMonth;
  if (!next || monthsFrom(next, month) <= 0) return { from: month, to: month };
  return { from: monthsFrom(next, month) > 6 ? addMonths(month, -6) : next, to: month };
}

/** base × rate half up to the fen, in integers, as the backend reckons it (db/dues/money.ts). */
export function applyRate(baseFen: number, rateBasisPoints: number): number {
  return Math.floor((baseFen * rateBasisPoints + 5_000) / 10_000);
}

export type DueExplanation =
  | { kind: 'rate'; baseFen: number; lowerFen: number | null; upperFen: number | null; rateBasisPoints: number; dueFen: number; citation: string }
  | { kind: 'fixed'; dueFen: number; citation: string }
  | { kind: 'range'; dueFen: number; minFen: number; maxFen: number; citation: string }
  | { kind: 'reduced'; dueFen: number; standardFen: number | null; citation: string }
  | { kind: 'exempt'; citation: string }
  | { kind: 'unknown' };

/**
 * Why a month's amount is what it is, from the rules in force: the bracket the base falls in
 * (upper bounds inclusive) and the rate, or the fixed amount, or the approved reduction.
 * A due below what the rules ask can only be a hardship reduction (the backend allows no other).
 */
export function explainDue(rules: DuesRules, row: { category: DuesCategory | null; baseFen: number | null; dueFen: number | null }): DueExplanation {
  if (row.category === null || row.dueFen === null) return { kind: 'unknown' };
  const rule = rules.categories.find((c) => c.category === row.category);
  if (!rule) return { kind: 'unknown' };
  const cite = (article: string, local?: boolean) => (local ? article : `${rules.short} ${article}`);
  const citation = cite(rule.citation, rule.local);
  const reduction = cite(rules.reduction.citation);
  if (row.dueFen === 0) return { kind: 'exempt', citation: reduction };
  const basis = rule.basis;
  if (basis.kind === 'rate') {
    if (row.baseFen === null) return { kind: 'unknown' };
    const brackets = rules.scales.find((s) => s.scale === basis.scale)?.brackets ?? [];
    const i = brackets.findIndex((b) => b.upToFen === null || row.baseFen! <= b.upToFen);
    const bracket = brackets[i];
    if (!bracket) return { kind: 'unknown' };
    const standardFen = applyRate(row.baseFen, bracket.rateBasisPoints);
    if (row.dueFen < standardFen) return { kind: 'reduced', dueFen: row.dueFen, standardFen, citation: reduction };
    return { kind: 'rate', baseFen: row.baseFen, lowerFen: i > 0 ? brackets[i - 1]!.upToFen : null, upperFen: bracket.upToFen, rateBasisPoints: bracket.rateBasisPoints, dueFen: row.dueFen, citation };
  }
  if (basis.kind === 'fixed') {
    return row.dueFen < basis.fen ? { kind: 'reduced', dueFen: row.dueFen, standardFen: basis.fen, citation: reduction } : { kind: 'fixed', dueFen: row.dueFen, citation };
  }
  if (row.dueFen < basis.minFen) return { kind: 'reduced', dueFen: row.dueFen, standardFen: null, citation: reduction };
  return { kind: 'range', dueFen: row.dueFen, minFen: basis.minFen, maxFen: basis.maxFen, citation };
}

/** 50 basis points → '0.5%'. */
export const rateText = (bp: number) => `${bp / 100}%`;

/**
 * The receipt number after `receiptNo`: its last run of digits plus one, keeping the width
 * ('DF2026-009' → 'DF2026-010', '99' → '100'); null when it has no digits to count on.
 */
export function nextReceiptNo(receiptNo: string): string | null {
  const m = /^(.*?)(\d+)(\D*)$/.exec(receiptNo.trim());
  if (!m) return null;
  const digits = String(BigInt(m[2]!) + 1n).padStart(m[2]!.length, '0');
  return `${m[1]}${digits}${m[3]}`;
}

export interface RoundOptions {
  month: string;
  method: PaymentInput['method'];
  paidOn: string;
  /** The first receipt number; the next members get the following numbers. Empty: none. */
  firstReceiptNo: string;
}

/**
 * 按应交金额登记本月: for the chosen members, one payment of what the month still owes. Members
 * with nothing owed (paid, exempt, paid elsewhere, no basis yet) are listed as skipped.
 */
export function roundPayments(rows: readonly SheetRow[], chosen: ReadonlySet<string>, o: RoundOptions) {
  const payments: (PaymentInput & { name: string })[] = [];
  const skipped: SheetRow[] = [];
  let receiptNo: string | null = o.firstReceiptNo.trim() || null;
  for (const row of rows) {
    if (!chosen.has(row.memberCode)) continue;
    if (row.outstandingFen <= 0 || (row.status !== 'unpaid' && row.status !== 'partial')) {
      skipped.push(row);
      continue;
    }
    payments.push({
      name: row.name,
      memberCode: row.memberCode,
      fromMonth: o.month,
      toMonth: o.month,
      amountFen: row.outstandingFen,
      kind: 'normal',
      method: o.method,
      paidOn: o.paidOn,
      receiptNo,
    });
    receiptNo = receiptNo === null ? null : nextReceiptNo(receiptNo);
  }
  return { payments, skipped, totalFen: payments.reduce((a, p) => a + p.amountFen, 0) };
}

/** The flag the committee sees first: 6 consecutive months outranks the 3-month reminder. */
export function arrearsLevel(flags: readonly string[]): 'committee' | 'reminder' | null {
  if (flags.includes('COMMITTEE_ATTENTION')) return 'committee';
  return flags.includes('ARREARS_3_MONTHS') ? 'reminder' : null;
}

/**
 * Runs of consecutive months, for saying which months are owed: ['2026-01','2026-02','2026-05']
 * → [['2026-01','2026-02'], ['2026-05','2026-05']].
 */
export function monthRuns(months: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const m of months) {
    const last = runs.at(-1);
    if (last && monthsFrom(last[1], m) === 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/**
 * What a basis asks per month, for the profile form's live preview; null until enough is
 * filled in. The backend decides; this only shows the secretary what to expect.
 */
export function previewDue(
  rules: DuesRules,
  p: { category: DuesCategory | null; baseFen: number | null; fixedFen: number | null; reduction: 'none' | 'reduced' | 'exempt' },
): number | null {
  if (p.reduction === 'exempt') return 0;
  if (p.reduction === 'reduced') return p.fixedFen;
  const basis = rules.categories.find((c) => c.category === p.category)?.basis;
  if (!basis) return null;
  if (basis.kind === 'fixed') return basis.fen;
  if (basis.kind === 'range') return p.fixedFen;
  if (p.baseFen === null) return null;
  const bracket = rules.scales.find((s) => s.scale === basis.scale)?.brackets.find((b) => b.upToFen === null || p.baseFen! <= b.upToFen);
  return bracket ? applyRate(p.baseFen, bracket.rateBasisPoints) : null;
}

/** Each quarter after its three months, the year last: the order a treasurer adds them up in. */
export function totalsLines(totals: YearTotals): TotalsLine[] {
  const lines: TotalsLine[] = [];
  totals.quarters.forEach((q, i) => {
    for (const m of totals.months.slice(i * 3, i * 3 + 3)) lines.push({ ...m, level: 'month' });
    lines.push({ ...q, level: 'quarter' });
  });
  lines.push({ ...totals.total, level: 'year' });
  return lines;
}
