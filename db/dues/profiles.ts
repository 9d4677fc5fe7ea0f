/** 党费标准: a member's dues basis from a month on. Each change is a new row; history stays. */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../api/errors';
import { duesProfileInput, type DuesProfile, type Warning } from '../api/schemas/dues';
import { appendAudit } from '../audit/chain';
import { duesProfiles } from '../schema';
import type { Store } from '../store/store';
import { insertRow } from '../util/fast-insert';
import { statement } from '../util/statements';
import { monthlyDue, profileProblems } from './monthly-due';
import { addMonths, compareMonths, maxMonth, monthOf } from './months';
import { categoryName } from './names';
import { loadSources, toProfileRecord, type MemberSources } from './sources';
import { assertPeriodsOpenFrom } from '../reports/locks';

type ProfileRow = typeof duesProfiles.$inferSelect;

/** The seq the next audit row will get: cancelled rows point at the row that cancelled them. */
export function nextAuditSeq(store: Store): number {
  return Number(statement(store.sqlite, 'SELECT coalesce(max(seq), 0) + 1 FROM audit_log', { pluck: true }).get());
}

export function requireMemberSources(store: Store, memberCode: string): MemberSources {
  const found = loadSources(store, memberCode)[0];
  if (!found) throw new AppError('NOT_FOUND', `no member with code ${memberCode}`, { params: { code: memberCode } });
  return found;
}

export function toDuesProfile(row: ProfileRow): DuesProfile {
  const record = toProfileRecord({
    id: row.id,
    member_code: row.memberCode,
    from_month: row.fromMonth,
    category: row.category,
    base_fen: row.baseFen,
    fixed_fen: row.fixedFen,
    reduction: row.reduction,
    approval_ref: row.approvalRef,
  });
  const due = monthlyDue(record, row.fromMonth);
  return {
    ...record,
    memberCode: row.memberCode,
    categoryName: categoryName(record.category, row.fromMonth),
    note: row.note,
    createdAt: row.createdAt,
    cancelled: row.cancelledBy !== null,
    monthlyDueFen: due.dueFen,
    standardLabel: due.standardLabel,
    citation: due.citation,
  };
}

/** Every profile of a member, oldest first, and the one in force in `month`. */
export function profileHistory(store: Store, memberCode: string, month: string): { current: DuesProfile | null; history: DuesProfile[] } {
  requireMemberSources(store, memberCode);
  const rows = store.orm.select().from(duesProfiles).where(eq(duesProfiles.memberCode, memberCode)).all();
  const history = rows.map(toDuesProfile).sort((a, b) => compareMonths(a.fromMonth, b.fromMonth) || a.id - b.id);
  const current = history.filter((p) => !p.cancelled && compareMonths(p.fromMonth, month) <= 0).at(-1) ?? null;
  return { current, history };
}

/**
 * Sets the basis from `fromMonth` on. A second profile for the same month is a correction:
 * the earlier one is marked cancelled by this change's audit row. Later profiles keep their
 * months, so a mid-year raise entered late still applies only from its own month.
 */
export function setProfile(store: Store, raw: unknown, actor: string, today: string): { profile: DuesProfile; warnings: Warning[] } {
  const input = duesProfileInput.parse(raw);
  const basis = {
    category: input.category,
    baseFen: input.baseFen,
    fixedFen: input.fixedFen,
    reduction: input.reduction,
    approvalRef: input.approvalRef || null,
  };
  const issues = profileProblems(basis, input.fromMonth);
  if (issues.length) throw new AppError('INVALID_INPUT', 'the dues profile has problems', { issues });
  return store.transaction(() => {
    // A basis sets the due of every later month.
    assertPeriodsOpenFrom(store.sqlite, `${input.fromMonth}-01`);
    const { member, sources } = requireMemberSources(store, input.memberCode);
    const warnings: Warning[] = [];
    // Months before the first profile are outside the ledger: fine for a record brought in by
    // import (kept on paper before), a silent gap for a new or transferred-in member.
    const stint = sources.windows.at(-1);
    const earliest = sources.profiles.every((p) => compareMonths(p.fromMonth, input.fromMonth) > 0);
    const duesStart = stint && sources.paidElsewhereTo ? maxMonth(stint.from, addMonths(sources.paidElsewhereTo, 1)) : stint?.from;
    if (earliest && stint && duesStart && stint.openedBy !== 'import' && compareMonths(input.fromMonth, duesStart) > 0) {
      warnings.push({ code: 'PROFILE_STARTS_AFTER_DUES_START', params: { duesStart } });
    }
    if (member.membership !== 'active') warnings.push({ code: 'MEMBER_NOT_ON_ROSTER' });
    if (input.category === 'mobile-no-income' && !member.mobileMember) warnings.push({ code: 'NOT_A_MOBILE_MEMBER' });
    const paidAfter = sources.payments.filter((p) => p.kind !== 'voluntary' && compareMonths(p.toMonth, input.fromMonth) >= 0).length;
    if (paidAfter > 0) warnings.push({ code: 'PAID_MONTHS_RECKONED_AGAIN', params: { payments: paidAfter } });
    if (compareMonths(input.fromMonth, monthOf(today)) > 0) warnings.push({ code: 'PROFILE_IN_FUTURE' });

    const replaced = store.orm
      .select()
      .from(duesProfiles)
      .where(and(eq(duesProfiles.memberCode, input.memberCode), eq(duesProfiles.fromMonth, input.fromMonth), isNull(duesProfiles.cancelledBy)))
      .all();
    const seq = nextAuditSeq(store);
    for (const r of replaced) store.orm.update(duesProfiles).set({ cancelledBy: seq }).where(eq(duesProfiles.id, r.id)).run();
    const values = { memberCode: input.memberCode, fromMonth: input.fromMonth, ...basis, note: input.note || null, createdAt: new Date().toISOString(), cancelledBy: null };
    const profile = toDuesProfile({ id: insertRow(store.sqlite, duesProfiles, values), ...values });
    appendAudit(store.sqlite, actor, {
      op: 'dues.setProfile',
      entity: 'dues-profile',
      entityCode: input.memberCode,
      before: replaced.length ? replaced.map(toDuesProfile) : null,
      after: profile,
    });
    return { profile, warnings };
  });
}
