import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../api/errors';
import { meetingInput, type Meeting } from '../api/schemas/meetings';
import { appendAudit } from '../audit/chain';
import { getSelf } from '../organisation/service';
import { meetingAttendance, meetings } from '../schema';
import type { Store } from '../store/store';
import { canonicalJson } from '../util/canonical-json';
import { expectedAttendees } from './expected';
import { attendanceCounts, checkRecord, finaliseProblems, type ParsedMeeting } from './problems';
import { checkQuorum, resolutionPasses } from './quorum';
import { AGENDA_TEMPLATES, type MeetingType } from './types';
import { assertPeriodOpen } from '../reports/locks';
type MeetingRow = typeof meetings.$inferSelect;
type AttendanceRow = typeof meetingAttendance.$inferSelect;

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('INVALID_INPUT', 'the meeting record has problems', { issues });
}

/** A new record pre-filled for its kind: the usual agenda, the expected people, the secretary in the chair. */
export function draftMeeting(store: Store, type: MeetingType, date: string, groupCode?: string | null): ParsedMeeting {
  const branch = getSelf(store);
  return meetingInput.parse({
    type,
    date,
    groupCode: groupCode ?? null,
    chair: type === 'committee' || type === 'general-assembly' ? branch.secretaryName : null,
    agenda: AGENDA_TEMPLATES[type].map((title) => ({ title })),
    attendance: expectedAttendees(store, type, date, groupCode).map((a) => ({
      memberCode: a.memberCode,
      name: a.name,
      role: 'expected',
      presence: 'present',
    })),
  });
}

function check(store: Store, m: ParsedMeeting): { voting: Map<string, boolean> } {
  const result = checkRecord(store, m);
  if (result.issues.length) throw invalid(result.issues);
  return { voting: result.votingByCode };
}

function toMeeting(row: MeetingRow, attendance: AttendanceRow[]): Meeting {
  const people = attendance
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((a) => ({ memberCode: a.memberCode, name: a.name, role: a.role as 'expected' | 'observer', presence: a.presence as 'present' | 'absent', absenceReason: a.absenceReason, voting: a.voting }));
  const counts = attendanceCounts(people);
  const type = row.type as MeetingType;
  const resolutions = (JSON.parse(row.resolutions) as ParsedMeeting['resolutions']).map((r) => ({
    ...r,
    outcome: r.vote && type === 'general-assembly' ? resolutionPasses(r.vote, counts.expectedVoting) : null,
  }));
  return {
    code: row.code,
    type,
    year: row.year,
    numberInYear: row.numberInYear,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    place: row.place,
    chair: row.chair,
    recorder: row.recorder,
    groupCode: row.groupCode,
    lecturer: row.lecturer,
    lectureTitle: row.lectureTitle,
    topics: JSON.parse(row.topics) as string[],
    agenda: JSON.parse(row.agenda) as Meeting['agenda'],
    content: row.content,
    speeches: JSON.parse(row.speeches) as Meeting['speeches'],
    resolutions,
    followUps: JSON.parse(row.followUps) as Meeting['followUps'],
    isElection: row.isElection,
    attendance: people,
    counts,
    quorum: checkQuorum(type, row.isElection, counts),
    status: row.status as Meeting['status'],
    finalisedAt: row.finalisedAt,
    amendments: row.amendments,
    lastAmendedAt: row.lastAmendedAt,
    lastAmendReason: row.lastAmendReason,
    version: row.version,
  };
}

function rowByCode(store: Store, code: string): MeetingRow {
  const row = store.orm.select().from(meetings).where(eq(meetings.code, code)).get();
  if (!row) throw new AppError('NOT_FOUND', `no meeting ${code}`, { params: { code } });
  return row;
}

export function getMeeting(store: Store, code: string): Meeting {
  const row = rowByCode(store, code);
  return toMeeting(row, store.orm.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, row.id)).all());
}

/** A record's columns as stored (also written directly by the demo generator's fast path). */
export function columns(m: ParsedMeeting) {
  return {
    date: m.date,
    startTime: m.startTime ?? null,
    endTime: m.endTime ?? null,
    place: m.place ?? null,
    chair: m.chair ?? null,
    recorder: m.recorder ?? null,
    groupCode: m.groupCode ?? null,
    lecturer: m.lecturer ?? null,
    lectureTitle: m.lectureTitle ?? null,
    topics: canonicalJson(m.topics),
    agenda: canonicalJson(m.agenda),
    content: m.content ?? null,
    speeches: canonicalJson(m.speeches),
    resolutions: canonicalJson(m.resolutions),
    followUps: canonicalJson(m.followUps),
    isElection: m.isElection,
    updatedAt: new Date().toISOString(),
  };
}

function writeAttendance(store: Store, meetingId: number, m: ParsedMeeting, voting: Map<string, boolean>): void {
  store.orm.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId)).run();
  m.attendance.forEach((a, i) => {
    store.orm
      .insert(meetingAttendance)
      .values({
        meetingId,
        memberCode: a.memberCode ?? null,
        name: a.name,
        role: a.role,
        presence: a.presence,
        absenceReason: a.presence === 'absent' ? (a.absenceReason ?? null) : null,
        voting: a.role === 'expected' && !!a.memberCode && (voting.get(a.memberCode) ?? false),
        sortOrder: i,
      })
      .run();
  });
}

export function createMeeting(store: Store, raw: unknown, actor: string): Meeting {
  const m = meetingInput.parse(raw);
  const { voting } = check(store, m);
  return store.transaction(() => {
    assertPeriodOpen(store.sqlite, m.date);
    const year = Number(m.date.slice(0, 4));
    const n = Number(store.sqlite.prepare('SELECT coalesce(max(number_in_year), 0) + 1 FROM meetings WHERE type = ? AND year = ?').pluck().get(m.type, year));
    const code = `${getSelf(store).code}-${year}-${m.type}-${String(n).padStart(2, '0')}`;
    const now = new Date().toISOString();
    const row = store.orm.insert(meetings).values({ ...columns(m), code, type: m.type, year, numberInYear: n, createdAt: now }).returning().get();
    writeAttendance(store, row.id, m, voting);
    const created = getMeeting(store, code);
    appendAudit(store.sqlite, actor, { op: 'meetings.create', entity: 'meeting', entityCode: code, after: created });
    return created;
  });
}

function assertVersion(row: MeetingRow, version: number): void {
  if (row.version !== version) throw new AppError('CONFLICT', 'the record was changed since it was opened', { params: { code: row.code } });
}

/** Drafts are edited freely; a finalised record only through amend (with a reason). */
export function updateMeeting(store: Store, input: { code: string; version: number; meeting: unknown; reason?: string | null }, actor: string): Meeting {
  const m = meetingInput.parse(input.meeting);
  const { voting } = check(store, m);
  return store.transaction(() => {
    const row = rowByCode(store, input.code);
    assertVersion(row, input.version);
    assertPeriodOpen(store.sqlite, row.date);
    assertPeriodOpen(store.sqlite, m.date);
    if (m.type !== row.type || Number(m.date.slice(0, 4)) !== row.year) {
      throw invalid([{ path: ['meeting', 'type'], code: 'TYPE_OR_YEAR_FIXED', message: 'type and year are part of the record number' }]);
    }
    const amending = row.status === 'final';
    if (amending && !input.reason) throw invalid([{ path: ['reason'], code: 'REASON_REQUIRED', message: 'a finalised record changes only with a reason' }]);
    const before = getMeeting(store, input.code);
    const now = new Date().toISOString();
    store.orm
      .update(meetings)
      .set({
        ...columns(m),
        version: row.version + 1,
        ...(amending ? { amendments: row.amendments + 1, lastAmendedAt: now, lastAmendReason: input.reason ?? null } : {}),
      })
      .where(eq(meetings.id, row.id))
      .run();
    writeAttendance(store, row.id, m, voting);
    const after = getMeeting(store, input.code);
    if (amending) {
      const problems = finaliseProblems(after);
      if (problems.length) throw invalid(problems);
    }
    appendAudit(store.sqlite, actor, { op: amending ? 'meetings.amend' : 'meetings.update', entity: 'meeting', entityCode: input.code, before, after: { ...after, reason: input.reason ?? null } });
    return after;
  });
}

export function finaliseMeeting(store: Store, input: { code: string; version: number }, actor: string): Meeting {
  return store.transaction(() => {
    const row = rowByCode(store, input.code);
    assertVersion(row, input.version);
    if (row.status === 'final') throw new AppError('CONFLICT', 'already finalised', { params: { code: row.code } });
    assertPeriodOpen(store.sqlite, row.date);
    const current = getMeeting(store, input.code);
    const problems = finaliseProblems(current);
    if (problems.length) throw invalid(problems);
    store.orm.update(meetings).set({ status: 'final', finalisedAt: new Date().toISOString(), version: row.version + 1 }).where(eq(meetings.id, row.id)).run();
    const after = getMeeting(store, input.code);
    appendAudit(store.sqlite, actor, { op: 'meetings.finalise', entity: 'meeting', entityCode: input.code, before: { status: 'draft' }, after: { status: 'final', finalisedAt: after.finalisedAt } });
    return after;
  });
}

export interface MeetingSummary {
  code: string;
  type: MeetingType;
  numberInYear: number;
  date: string;
  topic: string | null;
  status: string;
  expected: number;
  present: number;
  amendments: number;
}

export function listMeetings(store: Store, filter: { from?: string; to?: string; type?: MeetingType }): MeetingSummary[] {
  const where = and(
    filter.from ? gte(meetings.date, filter.from) : undefined,
    filter.to ? lte(meetings.date, filter.to) : undefined,
    filter.type ? eq(meetings.type, filter.type) : undefined,
  );
  const rows = store.orm.select().from(meetings).where(where).orderBy(desc(meetings.date), asc(meetings.code)).all();
  const counts = store.sqlite.prepare(
    "SELECT meeting_id, sum(role = 'expected') AS expected, sum(role = 'expected' AND presence = 'present') AS present FROM meeting_attendance GROUP BY meeting_id",
  ).all() as { meeting_id: number; expected: number; present: number }[];
  const byId = new Map(counts.map((c) => [c.meeting_id, c]));
  return rows.map((r) => ({
    code: r.code,
    type: r.type as MeetingType,
    numberInYear: r.numberInYear,
    date: r.date,
    topic: (JSON.parse(r.topics) as string[])[0] ?? r.lectureTitle ?? null,
    status: r.status,
    expected: byId.get(r.id)?.expected ?? 0,
    present: byId.get(r.id)?.present ?? 0,
    amendments: r.amendments,
  }));
}

/** For the cadence: meetings of a type in [start, end], or for per-group rules the groups that met. */
export function countHeld(store: Store, type: MeetingType, start: string, end: string, perGroup: boolean): number {
  const sql = perGroup
    ? 'SELECT count(DISTINCT group_code) FROM meetings WHERE type = ? AND date >= ? AND date <= ?'
    : 'SELECT count(*) FROM meetings WHERE type = ? AND date >= ? AND date <= ?';
  return Number(store.sqlite.prepare(sql).pluck().get(type, start, end));
}
