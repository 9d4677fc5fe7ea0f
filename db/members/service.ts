import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../api/errors';
import type { Member, MemberEvent } from '../api/schemas/members';
import {
  memberCreateInput,
  memberEventInput,
  memberUpdateInput,
  type memberFields,
} from '../api/schemas/members';
import type { z } from 'zod';
import { appendAudit } from '../audit/chain';
import { getSelf } from '../organisation/service';
import { memberEvents, members } from '../schema';
import type { Store } from '../store/store';
import { canonicalJson } from '../util/canonical-json';
import { insertRow } from '../util/fast-insert';
import { statement } from '../util/statements';
import { addMonthsClamped, compareDates, todayIso } from './chinese-dates';

export { todayIso };
import { nextMemberCode } from './codes';
import { isInKind, isOutKind, type EventKind } from './event-kinds';
import { nameSearchKeys } from './pinyin';
import { indexMemberForSearch } from './search-index';
import { normaliseMember, type NormalisedMember } from './validate';
import { assertPeriodsOpenFrom } from '../reports/locks';

type MemberRow = typeof members.$inferSelect;
type EventRow = typeof memberEvents.$inferSelect;

export function toMember(row: MemberRow): Member {
  const { id: _id, namePinyin: _p, nameInitials: _i, ...rest } = row;
  return { ...rest, membership: row.membership as Member['membership'], memberType: row.memberType as Member['memberType'] };
}

function toEvent(row: EventRow, cancelReason: string | null = null): MemberEvent {
  return {
    cancelReason,
    id: row.id,
    memberCode: row.memberCode,
    kind: row.kind as EventKind,
    detail: row.detail,
    date: row.date,
    data: row.data ? (JSON.parse(row.data) as Record<string, unknown>) : null,
    cancelled: row.cancelledBy !== null,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
  };
}

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('INVALID_INPUT', 'the member record has problems', { issues });
}

/** The columns written from normalised fields (create and update alike). */
function columnsFrom(f: NormalisedMember) {
  const keys = nameSearchKeys(f.name);
  return {
    name: f.name,
    namePinyin: keys.full,
    nameInitials: keys.initials,
    gender: f.gender,
    ethnicity: f.ethnicity ?? null,
    idNumber: f.idNumber,
    birthDate: f.birthDate,
    education: f.education ?? null,
    degree: f.degree ?? null,
    occupation: f.occupation ?? null,
    workPost: f.workPost ?? null,
    nativePlace: f.nativePlace ?? null,
    workStartDate: f.workStartDate ?? null,
    mobile: f.mobile ?? null,
    landline: f.landline ?? null,
    address: f.address ?? null,
    groupCode: f.groupCode ?? null,
    partyPost: f.partyPost ?? null,
    introducers: f.introducers ?? null,
    applicationDate: f.applicationDate ?? null,
    activistDate: f.activistDate ?? null,
    candidateDate: f.candidateDate ?? null,
    joinDate: f.joinDate ?? null,
    fullDate: f.fullDate ?? null,
    partyAgeAdjustMonths: f.partyAgeAdjustMonths ?? 0,
    standing: f.standing ?? 'normal',
    lostContact: f.lostContact ?? false,
    lostContactDate: f.lostContactDate ?? null,
    lostContactReason: f.lostContactReason ?? null,
    mobileMember: f.mobileMember ?? false,
    mobileDestination: f.mobileDestination ?? null,
    notes: f.notes ?? null,
    memberType: f.fullDate ? 'full' : 'probationary',
  };
}

function rowByCode(store: Store, code: string): MemberRow {
  const row = store.orm.select().from(members).where(eq(members.code, code)).get();
  if (!row) throw new AppError('NOT_FOUND', `no member with code ${code}`, { params: { code } });
  return row;
}

function assertIdNumberFree(store: Store, idNumber: string | null, exceptCode?: string): void {
  if (!idNumber) return;
  const other = statement(store.sqlite, 'SELECT code, name FROM members WHERE id_number = ?').get(idNumber) as { code: string; name: string } | undefined;
  if (other && other.code !== exceptCode) {
    throw invalid([
      { path: ['fields', 'idNumber'], code: 'DUPLICATE_ID_NUMBER', message: 'another member has this ID number', params: { name: other.name, code: other.code } },
    ]);
  }
}

function insertEvent(store: Store, code: string, kind: EventKind, date: string, actor: string, extra: { detail?: string | null; data?: Record<string, unknown> } = {}): EventRow {
  const data = extra.data && Object.keys(extra.data).length > 0 ? canonicalJson(extra.data) : null;
  const values = { memberCode: code, kind, detail: extra.detail ?? null, date, data, cancelledBy: null, recordedAt: new Date().toISOString(), recordedBy: actor };
  return { id: insertRow(store.sqlite, memberEvents, values), ...values };
}

/**
 * Rebuilds the membership columns from the (uncancelled) events: the last in/out event
 * decides whether the person is on the roster, status events set their flags.
 */
function applyEvents(store: Store, code: string): void {
  const all = store.orm.select().from(memberEvents).where(eq(memberEvents.memberCode, code)).orderBy(asc(memberEvents.date), asc(memberEvents.id)).all();
  const events = all.filter((e) => e.cancelledBy === null);
  let membership = 'left';
  let leftKind: string | null = null;
  let leftDate: string | null = null;
  // A flag owned by events starts from its default once any event of its family was ever
  // recorded, so cancelling the only 外出流动 (or 转正, or 失联) also takes its effect back.
  // Flags no event ever touched keep what the form recorded for an imported member.
  const touched = new Set(all.map((e) => e.kind));
  const flags: Partial<MemberRow> = {};
  if (touched.has('flow-out') || touched.has('flow-return')) Object.assign(flags, { mobileMember: false, mobileDestination: null });
  if (touched.has('lost-contact') || touched.has('contact-restored')) Object.assign(flags, { lostContact: false, lostContactDate: null });
  if (touched.has('full')) Object.assign(flags, { fullDate: null, memberType: 'probationary' });
  if (touched.has('stop') || touched.has('restore')) flags.standing = 'normal';
  for (const e of events) {
    const data = e.data ? (JSON.parse(e.data) as { org?: string }) : {};
    // 停止党籍 also changes the 党籍状态 printed on the 采集表; 恢复党籍 gives it back.
    if (e.kind === 'stop') flags.standing = 'stopped';
    if (e.kind === 'restore') flags.standing = 'normal';
    if (isInKind(e.kind)) [membership, leftKind, leftDate] = ['active', null, null];
    else if (isOutKind(e.kind)) [membership, leftKind, leftDate] = ['left', e.detail ? `${e.kind}:${e.detail}` : e.kind, e.date];
    else if (e.kind === 'full') Object.assign(flags, { fullDate: e.date, memberType: 'full' });
    else if (e.kind === 'flow-out') Object.assign(flags, { mobileMember: true, mobileDestination: data.org ?? null });
    else if (e.kind === 'flow-return') Object.assign(flags, { mobileMember: false });
    else if (e.kind === 'lost-contact') Object.assign(flags, { lostContact: true, lostContactDate: e.date });
    else if (e.kind === 'contact-restored') Object.assign(flags, { lostContact: false });
  }
  store.orm.update(members).set({ membership, leftKind, leftDate, ...flags }).where(eq(members.code, code)).run();
  // The search index keeps a copy of membership (see member_name_grams).
  statement(store.sqlite, 'UPDATE member_name_grams SET membership = ? WHERE member_id = (SELECT id FROM members WHERE code = ?)').run(membership, code);
}

export function getMember(store: Store, code: string): Member {
  return toMember(rowByCode(store, code));
}

export function listEvents(store: Store, code: string): MemberEvent[] {
  rowByCode(store, code);
  const reasonOf = statement(store.sqlite, "SELECT json_extract(after, '$.reason') FROM audit_log WHERE seq = ?", { pluck: true });
  return store.orm
    .select()
    .from(memberEvents)
    .where(eq(memberEvents.memberCode, code))
    .orderBy(asc(memberEvents.date), asc(memberEvents.id))
    .all()
    .map((e) => toEvent(e, e.cancelledBy === null ? null : ((reasonOf.get(e.cancelledBy) as string | null) ?? null)));
}

/**
 * Validates and inserts one member, records how they came onto the roster, indexes them for
 * search and writes the audit row. Runs inside the caller's transaction (import) or its own.
 */
export function insertMember(store: Store, input: z.output<typeof memberCreateInput>, actor: string, today: string, orgCode: string): Member {
  const normalised = normaliseMember(input.fields as z.input<typeof memberFields>, today);
  if (!normalised.ok) throw invalid(normalised.issues);
  const f = normalised.value;
  const addition = input.addition;
  if (addition.kind === 'develop' && f.joinDate && f.joinDate !== addition.date) {
    throw invalid([{ path: ['addition', 'date'], code: 'DEVELOP_DATE_IS_JOIN_DATE', message: 'a new member joins on the 支部大会 date' }]);
  }
  if (compareDates(addition.date, today) > 0) {
    throw invalid([{ path: ['addition', 'date'], code: 'DATE_IN_FUTURE', message: 'the date is in the future' }]);
  }
  assertIdNumberFree(store, f.idNumber);
  // The roster of every later period end moves with this addition.
  assertPeriodsOpenFrom(store.sqlite, addition.date);
  const now = new Date().toISOString();
  const code = nextMemberCode(store.sqlite, orgCode);
  const columns = columnsFrom({ ...f, joinDate: f.joinDate ?? (addition.kind === 'develop' ? addition.date : null) });
  const values = { ...columns, code, orgCode, membership: 'active', leftKind: null, leftDate: null, createdAt: now, updatedAt: now, version: 1 };
  const row: MemberRow = { id: insertRow(store.sqlite, members, values), ...values };
  insertEvent(store, code, addition.kind, addition.date, actor, {
    data: { ...(addition.letterNumber ? { letterNumber: addition.letterNumber } : {}), ...(addition.fromOrg ? { fromOrg: addition.fromOrg } : {}) },
  });
  indexMemberForSearch(store.sqlite, row.id, row);
  const created = toMember(row);
  appendAudit(store.sqlite, actor, { op: 'members.create', entity: 'member', entityCode: code, after: created });
  return created;
}

export function createMember(store: Store, raw: unknown, actor: string, today = todayIso()): Member {
  const input = memberCreateInput.parse(raw);
  const orgCode = getSelf(store).code;
  return store.transaction(() => insertMember(store, input, actor, today, orgCode));
}

/** An audited correction: the record changes, the audit row keeps what it was and why. */
export function updateMember(store: Store, raw: unknown, actor: string, today = todayIso()): Member {
  const input = memberUpdateInput.parse(raw);
  return store.transaction(() => {
    const before = rowByCode(store, input.code);
    if (before.version !== input.version) {
      throw new AppError('CONFLICT', 'the record was changed since it was opened', { params: { code: input.code } });
    }
    const normalised = normaliseMember(input.fields as z.input<typeof memberFields>, today);
    if (!normalised.ok) throw invalid(normalised.issues);
    assertIdNumberFree(store, normalised.value.idNumber, input.code);
    // Dates the statistics are computed from may not move inside a submitted period.
    for (const [old, next] of [[before.joinDate, normalised.value.joinDate], [before.fullDate, normalised.value.fullDate], [before.birthDate, normalised.value.birthDate]] as const) {
      if ((old ?? null) !== (next ?? null)) {
        const dates = [old, next].filter((d): d is string => !!d).sort();
        if (dates[0]) assertPeriodsOpenFrom(store.sqlite, dates[0]);
      }
    }
    const columns = columnsFrom(normalised.value);
    store.orm.update(members).set({ ...columns, updatedAt: new Date().toISOString(), version: before.version + 1 }).where(eq(members.id, before.id)).run();
    applyEvents(store, input.code);
    const after = rowByCode(store, input.code);
    indexMemberForSearch(store.sqlite, after.id, after);
    appendAudit(store.sqlite, actor, { op: 'members.update', entity: 'member', entityCode: input.code, before: { ...toMember(before), reason: input.reason ?? null }, after: toMember(after) });
    return toMember(after);
  });
}

function lastInOut(store: Store, code: string): EventRow | undefined {
  return store.orm
    .select()
    .from(memberEvents)
    .where(and(eq(memberEvents.memberCode, code), isNull(memberEvents.cancelledBy)))
    .orderBy(asc(memberEvents.date), asc(memberEvents.id))
    .all()
    .filter((e) => isInKind(e.kind) || isOutKind(e.kind))
    .at(-1);
}

function eventProblem(code: string, message: string, params?: Record<string, string | number>): AppError {
  return invalid([{ path: ['kind'], code, message, ...(params ? { params } : {}) }]);
}

/** Records a membership event after checking it makes sense for the member's current state. */
export function recordEvent(store: Store, raw: unknown, actor: string, today = todayIso()): Member {
  const input = memberEventInput.parse(raw);
  return store.transaction(() => {
    const before = rowByCode(store, input.code);
    if (compareDates(input.date, today) > 0) throw invalid([{ path: ['date'], code: 'DATE_IN_FUTURE', message: 'the date is in the future' }]);
    assertPeriodsOpenFrom(store.sqlite, input.date);
    const last = lastInOut(store, input.code);
    if (last && compareDates(input.date, last.date) < 0) {
      throw invalid([{ path: ['date'], code: 'EVENT_BEFORE_LAST', message: 'before the last membership event', params: { lastDate: last.date } }]);
    }
    if (isInKind(input.kind) && before.membership === 'active') throw eventProblem('ALREADY_ON_ROSTER', 'already on the roster');
    if ((isOutKind(input.kind) || input.kind === 'full') && before.membership !== 'active') throw eventProblem('NOT_ON_ROSTER', 'not on the roster');
    if (input.kind === 'expel' && !input.detail) throw invalid([{ path: ['detail'], code: 'REQUIRED', message: 'the kind of 出党 is required' }]);
    if (input.kind === 'full') {
      if (before.memberType === 'full') throw eventProblem('ALREADY_FULL', 'already a full member');
      const earliest = before.joinDate ? addMonthsClamped(before.joinDate, 12) : null;
      if (earliest && compareDates(input.date, earliest) < 0) {
        throw invalid([{ path: ['date'], code: 'PROBATION_TOO_SHORT', message: 'probation lasts one year from joining', params: { earliest } }]);
      }
    }
    if (input.kind === 'probation-extended' && before.memberType !== 'probationary') throw eventProblem('NOT_PROBATIONARY', 'only a probationary member');
    const data: Record<string, unknown> = {};
    if (input.note) data.note = input.note;
    if (input.letterNumber) data.letterNumber = input.letterNumber;
    if (input.org) data.org = input.org;
    const event = insertEvent(store, input.code, input.kind, input.date, actor, { detail: input.detail ?? null, data });
    applyEvents(store, input.code);
    store.orm.update(members).set({ updatedAt: new Date().toISOString(), version: before.version + 1 }).where(eq(members.id, before.id)).run();
    const after = rowByCode(store, input.code);
    appendAudit(store.sqlite, actor, { op: 'members.recordEvent', entity: 'member', entityCode: input.code, before: toMember(before), after: { ...toMember(after), event: toEvent(event) } });
    return toMember(after);
  });
}

/** Cancels a mistaken event: the event stays, marked cancelled, and the member's state is rebuilt. */
export function cancelEvent(store: Store, input: { eventId: number; reason: string }, actor: string): Member {
  return store.transaction(() => {
    const event = store.orm.select().from(memberEvents).where(eq(memberEvents.id, input.eventId)).get();
    if (!event) throw new AppError('NOT_FOUND', `no event ${input.eventId}`);
    if (event.cancelledBy !== null) throw new AppError('CONFLICT', 'the event is already cancelled');
    assertPeriodsOpenFrom(store.sqlite, event.date);
    const remaining = store.orm.select().from(memberEvents).where(and(eq(memberEvents.memberCode, event.memberCode), isNull(memberEvents.cancelledBy))).all();
    if (isInKind(event.kind) && remaining.filter((e) => isInKind(e.kind)).length === 1) {
      throw new AppError('CONFLICT', 'the event that brought the member onto the roster cannot be cancelled alone');
    }
    const before = rowByCode(store, event.memberCode);
    const auditSeq = Number(store.sqlite.prepare('SELECT coalesce(max(seq), 0) + 1 FROM audit_log').pluck().get());
    store.orm.update(memberEvents).set({ cancelledBy: auditSeq }).where(eq(memberEvents.id, event.id)).run();
    applyEvents(store, event.memberCode);
    store.orm.update(members).set({ updatedAt: new Date().toISOString(), version: before.version + 1 }).where(eq(members.id, before.id)).run();
    const after = rowByCode(store, event.memberCode);
    appendAudit(store.sqlite, actor, { op: 'members.cancelEvent', entity: 'member', entityCode: event.memberCode, before: { event: toEvent(event) }, after: { reason: input.reason, member: toMember(after) } });
    return toMember(after);
  });
}
