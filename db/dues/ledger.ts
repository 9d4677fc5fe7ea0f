/**
 * One member's 党费 ledger, computed from its sources (membership windows, profiles, payments)
 * and never stored: a corrected profile or a cancelled payment changes every figure that
 * depends on it, and there is no second copy to drift.
 */
import { monthlyDue, type DuesProfileBasis } from './monthly-due';
import { addMonths, compareMonths, maxMonth, minMonth, monthRange, monthsBetween } from './months';
import { FIRST_RULES_MONTH, duesRulesFor } from './rules';

/** Months a person was on this branch's roster and owed dues here, both ends included. */
export interface DuesWindow {
  from: string;
  to: string | null;
  /** The event kind that put the person on the roster ('develop', 'transfer-in', 'import' …). */
  openedBy: string;
}

export interface ProfileRecord extends DuesProfileBasis {
  id: number;
  fromMonth: string;
}

export const PAYMENT_KINDS = ['normal', 'back-pay', 'voluntary'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

export interface PaymentRecord {
  id: number;
  fromMonth: string;
  toMonth: string;
  amountFen: number;
  kind: PaymentKind;
  paidOn: string;
}

export interface LedgerSources {
  windows: DuesWindow[];
  /** 党费已交到 on the letter a transferred-in member arrived with: those months were paid elsewhere. */
  paidElsewhereTo: string | null;
  profiles: ProfileRecord[];
  /** Uncancelled payments only. */
  payments: PaymentRecord[];
}

export type MonthStatus = 'paid' | 'partial' | 'unpaid' | 'exempt' | 'paid-elsewhere';

export interface LedgerMonth {
  month: string;
  status: MonthStatus;
  dueFen: number;
  paidFen: number;
  /** Unpaid and before the current month. */
  overdue: boolean;
  profileId: number;
  category: DuesProfileBasis['category'];
  baseFen: number | null;
  standardLabel: string;
  citation: string;
}

export const ARREARS_FLAGS = ['ARREARS_3_MONTHS', 'COMMITTEE_ATTENTION'] as const;
export type ArrearsFlag = (typeof ARREARS_FLAGS)[number];

export interface Ledger {
  months: LedgerMonth[];
  /** 党费交至年月: the last month of the unbroken run of covered months from the ledger's start. */
  paidTo: string | null;
  /** No profile at all: nothing can be reckoned until the branch sets one. */
  noProfile: boolean;
  arrears: { months: string[]; outstandingFen: number; longestRun: number; currentRun: number; flags: ArrearsFlag[] };
  totals: { dueFen: number; paidFen: number; outstandingFen: number; voluntaryFen: number; creditFen: number };
}

const COVERED: readonly MonthStatus[] = ['paid', 'exempt', 'paid-elsewhere'];

function profileFor(profiles: ProfileRecord[], month: string): ProfileRecord | undefined {
  // Sorted by start then id, so the last match is the newest basis in force that month.
  return profiles.filter((p) => compareMonths(p.fromMonth, month) <= 0).at(-1);
}

/** The due months of the ledger, before payments are applied. */
function dueMonths(src: LedgerSources, through: string): Omit<LedgerMonth, 'status' | 'paidFen' | 'overdue'>[] {
  const profiles = [...src.profiles].sort((a, b) => compareMonths(a.fromMonth, b.fromMonth) || a.id - b.id);
  const first = profiles[0];
  if (!first) return [];
  const seen = new Set<string>();
  const out: Omit<LedgerMonth, 'status' | 'paidFen' | 'overdue'>[] = [];
  for (const w of src.windows) {
    // The ledger starts at the first profile: months before it were kept on paper, not here.
    for (const month of monthRange(maxMonth(w.from, first.fromMonth), minMonth(w.to ?? through, through))) {
      if (seen.has(month)) continue;
      seen.add(month);
      const p = profileFor(profiles, month)!;
      const due = monthlyDue(p, month);
      out.push({ month, dueFen: due.dueFen, profileId: p.id, category: p.category, baseFen: p.baseFen, standardLabel: due.standardLabel, citation: due.citation });
    }
  }
  return out.sort((a, b) => compareMonths(a.month, b.month));
}

function runs(months: string[]): { longest: number; endingAt: Map<string, number> } {
  let longest = 0;
  let run = 0;
  const endingAt = new Map<string, number>();
  months.forEach((m, i) => {
    run = i > 0 && monthsBetween(months[i - 1]!, m) === 1 ? run + 1 : 1;
    endingAt.set(m, run);
    longest = Math.max(longest, run);
  });
  return { longest, endingAt };
}

/**
 * Builds the ledger up to `through` (at least the current month, and as far as any payment
 * reaches ahead). Payments fill months in the order they were paid, each month up to its due;
 * what is left over is credit, shown but never silently moved to another month.
 */
export function buildLedger(src: LedgerSources, asOfMonth: string, through?: string): Ledger {
  const furthestPaid = src.payments.filter((p) => p.kind !== 'voluntary').reduce((acc, p) => maxMonth(acc, p.toMonth), asOfMonth);
  const base = dueMonths(src, maxMonth(furthestPaid, through ?? asOfMonth));
  const paid = new Map<string, number>();
  const elsewhere = (m: string) => src.paidElsewhereTo !== null && compareMonths(m, src.paidElsewhereTo) <= 0;
  const dueOf = new Map(base.map((b) => [b.month, elsewhere(b.month) ? 0 : b.dueFen]));
  let creditFen = 0;
  let voluntaryFen = 0;
  const ordered = [...src.payments].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.id - b.id));
  for (const p of ordered) {
    if (p.kind === 'voluntary') {
      voluntaryFen += p.amountFen;
      continue;
    }
    let left = p.amountFen;
    for (const m of monthRange(p.fromMonth, p.toMonth)) {
      const room = (dueOf.get(m) ?? 0) - (paid.get(m) ?? 0);
      const take = Math.min(left, Math.max(0, room));
      if (take > 0) paid.set(m, (paid.get(m) ?? 0) + take);
      left -= take;
    }
    creditFen += left;
  }
  const months: LedgerMonth[] = base.map((b) => {
    const dueFen = dueOf.get(b.month)!;
    const paidFen = paid.get(b.month) ?? 0;
    const status: MonthStatus = elsewhere(b.month) ? 'paid-elsewhere' : dueFen === 0 ? 'exempt' : paidFen >= dueFen ? 'paid' : paidFen > 0 ? 'partial' : 'unpaid';
    return { ...b, dueFen, paidFen, status, overdue: !COVERED.includes(status) && compareMonths(b.month, asOfMonth) < 0 };
  });

  const firstGap = months.findIndex((m) => !COVERED.includes(m.status));
  const paidTo = firstGap === -1 ? (months.at(-1)?.month ?? null) : firstGap === 0 ? null : months[firstGap - 1]!.month;

  const overdue = months.filter((m) => m.overdue).map((m) => m.month);
  const { longest, endingAt } = runs(overdue);
  const lastClosed = addMonths(asOfMonth, -1);
  const rules = duesRulesFor(maxMonth(asOfMonth, FIRST_RULES_MONTH));
  const flags: ArrearsFlag[] = [];
  if (overdue.length >= rules.arrears.reminderMonths) flags.push('ARREARS_3_MONTHS');
  // 连续六个月不交 is for the committee to judge (无正当理由?); the ledger only raises it.
  if (longest >= rules.arrears.seriousConsecutiveMonths) flags.push('COMMITTEE_ATTENTION');
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    months,
    paidTo,
    noProfile: src.profiles.length === 0,
    arrears: {
      months: overdue,
      outstandingFen: sum(months.filter((m) => m.overdue).map((m) => m.dueFen - m.paidFen)),
      longestRun: longest,
      currentRun: endingAt.get(lastClosed) ?? 0,
      flags,
    },
    totals: {
      dueFen: sum(months.map((m) => m.dueFen)),
      paidFen: sum(months.map((m) => m.paidFen)),
      outstandingFen: sum(months.map((m) => m.dueFen - m.paidFen)),
      voluntaryFen,
      creditFen,
    },
  };
}
