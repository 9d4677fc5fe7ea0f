/**
 * Reads what a ledger is computed from. One query per table for the whole branch: a report
 * over every member must not cost a query per member per month.
 */
import { isInKind, isOutKind } from '../members/event-kinds';
import type { Store } from '../store/store';
import { statement } from '../util/statements';
import type { DuesWindow, LedgerSources, PaymentKind, PaymentRecord, ProfileRecord } from './ledger';
import type { DuesCategory, Reduction } from './rules';
import { compareMonths, maxMonth, monthOf } from './months';

export interface MemberHead {
  code: string;
  name: string;
  memberType: 'probationary' | 'full';
  membership: 'active' | 'left';
  joinDate: string | null;
  mobileMember: boolean;
}

export interface MemberSources {
  member: MemberHead;
  sources: LedgerSources;
}

/**
 * Months on the roster from the membership events. Dues run from the month a person came
 * onto the roster (预备党员: the month of the 支部大会 that admitted them, 第八条) to the month
 * they left (转出 and the other removals stop after their month). A record brought in by
 * import was on the roster before it was typed in, so it counts from the join month.
 */
export function windowsOf(events: { kind: string; date: string }[], joinDate: string | null): DuesWindow[] {
  const joinMonth = joinDate ? monthOf(joinDate) : null;
  const windows: DuesWindow[] = [];
  let open: DuesWindow | null = null;
  for (const e of events) {
    if (isInKind(e.kind) && !open) {
      const arrived = e.kind === 'import' && joinMonth ? joinMonth : monthOf(e.date);
      open = { from: joinMonth ? maxMonth(arrived, joinMonth) : arrived, to: null, openedBy: e.kind };
      windows.push(open);
    } else if (isOutKind(e.kind) && open) {
      open.to = monthOf(e.date);
      open = null;
    }
  }
  return windows.filter((w) => w.to === null || compareMonths(w.from, w.to) <= 0);
}

interface ProfileRow {
  id: number;
  member_code: string;
  from_month: string;
  category: string;
  base_fen: number | null;
  fixed_fen: number | null;
  reduction: string;
  approval_ref: string | null;
}

interface PaymentRow {
  id: number;
  member_code: string;
  from_month: string;
  to_month: string;
  amount_fen: number;
  kind: string;
  paid_on: string;
}

export function toProfileRecord(r: ProfileRow): ProfileRecord {
  return {
    id: r.id,
    fromMonth: r.from_month,
    category: r.category as DuesCategory,
    baseFen: r.base_fen,
    fixedFen: r.fixed_fen,
    reduction: r.reduction as Reduction,
    approvalRef: r.approval_ref,
  };
}

function toPaymentRecord(r: PaymentRow): PaymentRecord {
  return { id: r.id, fromMonth: r.from_month, toMonth: r.to_month, amountFen: r.amount_fen, kind: r.kind as PaymentKind, paidOn: r.paid_on };
}

function groupBy<T extends { member_code: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.member_code, [...(out.get(r.member_code) ?? []), r]);
  return out;
}

/** Ledger sources for one member, or for every member ever on the roster, ordered by code. */
export function loadSources(store: Store, memberCode?: string): MemberSources[] {
  const db = store.sqlite;
  const one = memberCode !== undefined;
  const where = (col: string) => (one ? `WHERE ${col} = @code` : '');
  const params = one ? { code: memberCode } : {};
  const members = statement(
    db,
    `SELECT code, name, member_type AS memberType, membership, join_date AS joinDate, mobile_member AS mobileMember FROM members ${where('code')} ORDER BY code`,
  ).all(params) as (Omit<MemberHead, 'mobileMember'> & { mobileMember: number })[];
  const events = groupBy(
    statement(db, `SELECT member_code, kind, date FROM member_events ${one ? 'WHERE member_code = @code AND' : 'WHERE'} cancelled_by IS NULL ORDER BY date, id`).all(
      params,
    ) as { member_code: string; kind: string; date: string }[],
  );
  const profiles = groupBy(statement(db, `SELECT * FROM dues_profiles ${one ? 'WHERE member_code = @code AND' : 'WHERE'} cancelled_by IS NULL ORDER BY from_month, id`).all(params) as ProfileRow[]);
  const payments = groupBy(statement(db, `SELECT * FROM dues_payments ${one ? 'WHERE member_code = @code AND' : 'WHERE'} cancelled_by IS NULL ORDER BY paid_on, id`).all(params) as PaymentRow[]);
  // The newest letter in that brought the member here says how far the old branch was paid.
  const letters = groupBy(
    statement(
      db,
      `SELECT member_code, dues_paid_to FROM transfer_letters ${one ? 'WHERE member_code = @code AND' : 'WHERE'} direction = 'in' AND status != 'cancelled' ORDER BY issued_on, id`,
    ).all(params) as { member_code: string; dues_paid_to: string | null }[],
  );
  return members.map((m) => ({
    member: { ...m, mobileMember: m.mobileMember === 1 },
    sources: {
      windows: windowsOf(events.get(m.code) ?? [], m.joinDate),
      paidElsewhereTo: letters.get(m.code)?.at(-1)?.dues_paid_to ?? null,
      profiles: (profiles.get(m.code) ?? []).map(toProfileRecord),
      payments: (payments.get(m.code) ?? []).map(toPaymentRecord),
    },
  }));
}
