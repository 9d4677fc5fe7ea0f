/**
 * Area: 党费. For each member on the roster during the activity window: a basis (dues_profiles)
 * by 人员类别 — salary and pension bases with a raise most Januaries, farmers at the branch's
 * amount, students and the unemployed at 0.2 元, a few reductions and exemptions with their
 * approval — and payments in the habits branches see: monthly, by the quarter or half year in
 * advance, in 补交 lumps every few months, and some who stopped paying (the arrears list).
 * Nobody pays while out of contact; members away pay in lumps. Amounts come from the app's own
 * monthlyDue, the months on the roster from its windowsOf, so every month is paid exactly.
 */
import type { z } from 'zod';
import type { duesProfileInput, paymentInput } from '../../db/api/schemas/dues';
import { monthlyDue } from '../../db/dues/monthly-due';
import { addMonths, compareMonths, maxMonth, minMonth, monthOf, monthRange, monthsBetween } from '../../db/dues/months';
import { recordPayment } from '../../db/dues/payments';
import { setProfile } from '../../db/dues/profiles';
import type { DuesCategory, Reduction } from '../../db/dues/rules';
import { windowsOf } from '../../db/dues/sources';
import { duesPayments, duesProfiles } from '../../db/schema';
import { insertRow } from '../../db/util/fast-insert';
import { isAway, isLost, type MemberLife } from './lives';
import { weightedTable, type Random } from './random';
import type { DemoSink } from './writer';

type ProfileInput = z.output<typeof duesProfileInput>;
type PaymentInput = z.output<typeof paymentInput>;

export interface BranchDues {
  /** The branch's amount for farmers, within 0.2–1 元 (第六条). */
  farmerFen: number;
  /** The day of the month dues are usually handed in (the 主题党日). */
  day: number;
}

/** Receipt numbers are unique in the store: one sequence per year across all branches. */
export class ReceiptNumbers {
  private readonly last = new Map<string, number>();
  next(year: string): string {
    const n = (this.last.get(year) ?? 0) + 1;
    this.last.set(year, n);
    return `SF${year}-${String(n).padStart(6, '0')}`;
  }
}

const HABITS = weightedTable([
  ['monthly', 50],
  ['quarterly', 33],
  ['half-year', 10],
  ['late', 5],
  ['stopped', 2],
] as const);
/** Those who hold a post set the example: they pay on time. */
const PROMPT_HABITS = weightedTable([
  ['monthly', 60],
  ['quarterly', 30],
  ['half-year', 10],
] as const);
type Habit = 'monthly' | 'quarterly' | 'half-year' | 'late' | 'stopped';
const METHODS = weightedTable([['cash', 45], ['online', 40], ['transfer', 15]] as const);

function basisOf(rng: Random, l: MemberLife, b: BranchDues): { category: DuesCategory; baseFen: number | null; fixedFen: number | null } {
  const yuan = (lo: number, hi: number) => rng.int(lo / 10, hi / 10) * 1000;
  switch (l.person.fields.occupation) {
    case '08':
      return { category: 'retired', baseFen: yuan(2600, 9000), fixedFen: null };
    case '02':
      return { category: 'farmer', baseFen: null, fixedFen: b.farmerFen };
    case '06':
      return { category: 'student', baseFen: null, fixedFen: null };
    case '01':
      return { category: 'employed', baseFen: yuan(3200, 8000), fixedFen: null };
    case '03':
      return { category: 'employed', baseFen: yuan(4500, 16000), fixedFen: null };
    case '04':
      return { category: rng.chance(0.08) ? 'annual-salary' : 'employed', baseFen: yuan(5500, 26000), fixedFen: null };
    case '05':
      return { category: 'employed', baseFen: yuan(5000, 12000), fixedFen: null };
    default:
      return rng.chance(0.6) ? { category: 'self-employed', baseFen: yuan(2500, 9000), fixedFen: null } : { category: 'unemployed', baseFen: null, fixedFen: null };
  }
}

export interface DuesPlan {
  profiles: ProfileInput[];
  payments: PaymentInput[];
}

const basisKey = (p: Omit<ProfileInput, 'memberCode' | 'fromMonth'>) => `${p.category}|${p.baseFen}|${p.fixedFen}|${p.reduction}`;

/** Profiles from the first month owed in the window, with yearly raises and 流动 spells. */
function planProfiles(rng: Random, l: MemberLife, b: BranchDues, first: string, last: string): ProfileInput[] {
  const basis = basisOf(rng, l, b);
  let reduction: Reduction = 'none';
  let fixedFen = basis.fixedFen;
  const draw = rng.next();
  if (draw < 0.003) [reduction, fixedFen] = ['exempt', null];
  else if (draw < 0.012 && basis.baseFen !== null) {
    const standard = monthlyDue({ ...basis, reduction: 'none', approvalRef: null }, first).dueFen;
    if (standard > 20) [reduction, fixedFen] = ['reduced', Math.max(10, Math.floor(standard / 200) * 100)];
  }
  const approvalRef = reduction === 'none' ? null : `演示党委〔${first.slice(0, 4)}〕${rng.int(3, 40)}号`;
  const mobile = l.away.length > 0 && basis.baseFen === null && rng.chance(0.6);
  const out: ProfileInput[] = [];
  let baseFen = basis.baseFen;
  const push = (fromMonth: string, p: Omit<ProfileInput, 'memberCode' | 'fromMonth' | 'note'>) => {
    const prev = out.at(-1);
    if (prev && basisKey(prev) === basisKey(p)) return;
    out.push({ memberCode: l.code, fromMonth, ...p, note: null });
  };
  const stable = { category: basis.category, fixedFen, reduction, approvalRef };
  for (const month of monthRange(first, last)) {
    const raise = month !== first && month.endsWith('-01') && baseFen !== null && reduction === 'none' && rng.chance(basis.category === 'retired' ? 0.9 : 0.6);
    if (raise) baseFen = Math.round((baseFen! * (1.02 + rng.next() * 0.06)) / 1000) * 1000;
    const away = mobile && isAway(l, `${month}-15`);
    push(month, away ? { category: 'mobile-no-income', baseFen: null, fixedFen: null, reduction: 'none', approvalRef: null } : { ...stable, baseFen });
  }
  return out;
}

const dueOn = (profiles: ProfileInput[], month: string) => {
  const p = profiles.filter((x) => compareMonths(x.fromMonth, month) <= 0).at(-1)!;
  return monthlyDue({ category: p.category, baseFen: p.baseFen, fixedFen: p.fixedFen, reduction: p.reduction, approvalRef: p.approvalRef ?? null }, month).dueFen;
};

/** Consecutive owed months, each span ending where the payer would hand the money in. */
function spansFor(habit: Habit, months: string[], rng: Random, lumped: (month: string) => boolean): string[][] {
  const spans: string[][] = [];
  let current: string[] = [];
  const close = () => current.length && spans.push(current) && (current = []);
  let lump = rng.int(2, 4);
  months.forEach((m, i) => {
    if (i > 0 && monthsBetween(months[i - 1]!, m) !== 1) close();
    const mm = Number(m.slice(5));
    if (habit === 'quarterly' && mm % 3 === 1) close();
    if (habit === 'half-year' && mm % 6 === 1) close();
    current.push(m);
    if ((habit === 'monthly' || habit === 'stopped') && !lumped(m)) close();
    if ((habit === 'late' || lumped(m)) && current.length >= lump) {
      close();
      lump = rng.int(2, 4);
    }
  });
  close();
  return spans;
}

export interface DuesContext {
  from: string;
  today: string;
  /** 党费已交到 on the letter a transferred-in member arrived with. */
  paidElsewhereTo: ReadonlyMap<string, string | null>;
}

export function planDues(rng: Random, l: MemberLife, b: BranchDues, c: DuesContext, receipts: ReceiptNumbers): DuesPlan {
  const p = l.person;
  const events = [{ kind: p.addition.kind, date: p.addition.date }, ...p.events].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const todayMonth = monthOf(c.today);
  // 预交 reaches at most the end of the current quarter or half year.
  const horizon = addMonths(todayMonth, 5 - ((Number(todayMonth.slice(5)) - 1) % 6));
  const elsewhere = c.paidElsewhereTo.get(l.code) ?? null;
  const windows = windowsOf(events, p.fields.joinDate)
    .map((w) => ({ from: maxMonth(w.from, monthOf(c.from)), to: minMonth(w.to ?? horizon, horizon) }))
    .filter((w) => compareMonths(w.from, w.to) <= 0);
  if (windows.length === 0) return { profiles: [], payments: [] };
  const profiles = planProfiles(rng, l, b, windows[0]!.from, windows.at(-1)!.to);
  const habit: Habit = rng.weighted(p.fields.partyPost ? PROMPT_HABITS : HABITS);
  // Most members away pay online every month; the rest hand in several months at once.
  const lumpsWhileAway = rng.chance(0.4);
  const stopAt = habit === 'stopped' ? addMonths(todayMonth, -rng.int(3, 9)) : null;
  const owed = windows
    .flatMap((w) => monthRange(w.from, w.to))
    .filter((m) => (elsewhere === null || compareMonths(m, elsewhere) > 0) && dueOn(profiles, m) > 0)
    .filter((m) => !isLost(l, `${m}-01`) && !isLost(l, `${m}-28`) && (stopAt === null || compareMonths(m, stopAt) < 0));
  const payments: PaymentInput[] = [];
  for (const span of spansFor(habit, owed, rng, (m) => lumpsWhileAway && isAway(l, `${m}-15`))) {
    const away = isAway(l, `${span[0]}-15`);
    const paidMonth = (away && lumpsWhileAway) || habit === 'late' ? minMonth(addMonths(span.at(-1)!, rng.int(0, 1)), addMonths(span[0]!, 6)) : span[0]!;
    const paidOn = `${paidMonth}-${String(Math.min(28, b.day + rng.int(-2, 3))).padStart(2, '0')}`;
    if (paidOn > c.today) continue;
    const method = away ? 'online' : rng.weighted(METHODS);
    payments.push({
      memberCode: l.code,
      fromMonth: span[0]!,
      toMonth: span.at(-1)!,
      amountFen: span.reduce((sum, m) => sum + dueOn(profiles, m), 0),
      kind: compareMonths(span[0]!, paidMonth) < 0 ? 'back-pay' : 'normal',
      method,
      receiptNo: method === 'cash' ? receipts.next(paidOn.slice(0, 4)) : null,
      paidOn,
      paidByCode: null,
      note: null,
      beyondLimitReason: null,
    });
  }
  // 自愿多交 around 七一, now and then.
  for (const year of new Set(owed.map((m) => m.slice(0, 4)))) {
    const paidOn = `${year}-07-0${rng.int(1, 5)}`;
    if (rng.chance(0.02) && paidOn <= c.today && owed.includes(`${year}-07`)) {
      payments.push({ memberCode: l.code, amountFen: rng.int(1, 10) * 10_000, kind: 'voluntary', method: 'transfer', receiptNo: null, paidOn, paidByCode: null, note: '七一自愿多交党费', beyondLimitReason: null });
    }
  }
  return { profiles, payments: payments.sort((x, y) => (x.paidOn < y.paidOn ? -1 : x.paidOn > y.paidOn ? 1 : 0)) };
}

/** Writes one member's profiles, then payments; returns the payments written. */
export function writeDues(sink: DemoSink, plan: DuesPlan): number {
  const { store, actor, today } = sink;
  for (const p of plan.profiles) {
    if (sink.mode === 'service') setProfile(store, p, actor, today);
    else insertRow(store.sqlite, duesProfiles, { ...p, approvalRef: p.approvalRef || null, note: p.note || null, createdAt: new Date().toISOString(), cancelledBy: null });
  }
  for (const p of plan.payments) {
    if (sink.mode === 'service') {
      recordPayment(store, p, actor, today);
      continue;
    }
    const { beyondLimitReason: _b, ...row } = p;
    insertRow(store.sqlite, duesPayments, {
      ...row,
      fromMonth: p.fromMonth ?? monthOf(p.paidOn),
      toMonth: p.toMonth ?? p.fromMonth ?? monthOf(p.paidOn),
      receiptNo: p.receiptNo || null,
      paidByCode: p.paidByCode ?? null,
      note: p.note || null,
      recordedAt: new Date().toISOString(),
      recordedBy: actor,
      cancelledBy: null,
    });
  }
  return plan.payments.length;
}
