/**
 * A small branch built for the report tests, with every figure of 2026Q3 (1 July – 30 September
 * 2026) worked out by hand in the tests. Members and meetings go through the contract, as the
 * UI would enter them; dues, pipeline and appraisal rows are written with SQL because those
 * areas' services are still being built, and the report reads their tables directly.
 *
 * Roster at 2026-06-30 (期初): 王芳 李强 张伟 刘洋 黄丽 周敏 (6; 刘洋 probationary).
 * In 2026Q3: 陈静 transferred in 07-10 and out 09-05; 刘洋 became full 07-20; 杨帆 developed
 * 08-01; 张伟 died 08-15; 赵磊 imported 08-20 (not an addition). 周敏 leaves 10-01, after the end.
 * Roster at 2026-09-30 (期末): 王芳 李强 刘洋 杨帆 赵磊 黄丽 周敏 (7; 杨帆 probationary).
 */
import type { MeetingInput } from '../api/schemas/meetings';
import type { MemberFields } from '../api/schemas/members';
import { makeId } from '../members/test-people';
import { unlockedBackend } from '../test-support/temp-store';

export type TestBackend = Awaited<ReturnType<typeof unlockedBackend>>;

/** The value of a reply that must succeed; a failure throws with the backend's error. */
export function ok<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

type Addition = { kind: 'import' | 'develop' | 'transfer-in' | 'restore'; date: string };

const PEOPLE: Record<string, { fields: MemberFields; addition: Addition }> = {
  王芳: {
    fields: { name: '王芳', gender: '2', ethnicity: '01', birthDate: '1980-05-10', idNumber: makeId('1980-05-10', '2'), education: '21', occupation: '05', joinDate: '2005-06-01', fullDate: '2006-06-01' },
    addition: { kind: 'import', date: '2026-03-01' },
  },
  // Born on the period's last day: 30 at the start of the quarter, 31 at its end.
  李强: {
    fields: { name: '李强', gender: '1', ethnicity: '01', birthDate: '1995-09-30', idNumber: makeId('1995-09-30', '1'), education: '31', occupation: '03', joinDate: '2012-11-08', fullDate: '2013-11-08' },
    addition: { kind: 'import', date: '2026-03-01' },
  },
  张伟: {
    fields: { name: '张伟', gender: '1', ethnicity: '05', birthDate: '1950-01-01', education: '61', occupation: '08', joinDate: '1978-12-18', fullDate: '1979-12-18' },
    addition: { kind: 'import', date: '2026-03-01' },
  },
  刘洋: {
    fields: { name: '刘洋', gender: '2', ethnicity: '01', birthDate: '1998-03-01', education: '14', occupation: '04', joinDate: '2025-07-15' },
    addition: { kind: 'import', date: '2026-03-01' },
  },
  黄丽: {
    fields: { name: '黄丽', gender: '2', ethnicity: '01', birthDate: '1925-01-01', education: '81', occupation: '08', joinDate: '1949-10-01', fullDate: '1950-10-01' },
    addition: { kind: 'import', date: '2026-03-01' },
  },
  周敏: {
    fields: { name: '周敏', gender: '1', ethnicity: '01', birthDate: '1990-06-15', education: '21', occupation: '01', joinDate: '2015-01-01', fullDate: '2016-01-01' },
    addition: { kind: 'import', date: '2026-03-01' },
  },
  陈静: {
    fields: { name: '陈静', gender: '2', ethnicity: '01', birthDate: '1985-02-02', education: '21', occupation: '03', joinDate: '2010-01-01', fullDate: '2011-01-01' },
    addition: { kind: 'transfer-in', date: '2026-07-10' },
  },
  杨帆: {
    fields: { name: '杨帆', gender: '1', ethnicity: '03', birthDate: '2000-01-01', education: '21', occupation: '06' },
    addition: { kind: 'develop', date: '2026-08-01' },
  },
  // Imported inside the quarter with most fields empty: on the roster, not an addition.
  赵磊: {
    fields: { name: '赵磊', gender: '1', joinDate: '1948-05-01', fullDate: '1949-05-01' },
    addition: { kind: 'import', date: '2026-08-20' },
  },
};

export interface TestBranch {
  b: TestBackend;
  code: Record<string, string>;
  sql(statement: string, ...params: unknown[]): void;
}

async function meeting(b: TestBackend, type: MeetingInput['type'], date: string, extra: Partial<MeetingInput>, finalise: boolean): Promise<string> {
  const draft = ok(await b.call('meetings.draft', { type, date }));
  const m = ok(await b.call('meetings.create', { meeting: { ...draft, place: '党员活动室', chair: '王芳', recorder: '李强', startTime: '14:00', ...extra } }));
  if (finalise) ok(await b.call('meetings.finalise', { code: m.code, version: m.version }));
  return m.code;
}

export async function buildTestBranch(): Promise<TestBranch> {
  const b = await unlockedBackend();
  const store = b.session.requireStore();
  const sql = (statement: string, ...params: unknown[]) => void store.sqlite.prepare(statement).run(...params);
  const code: Record<string, string> = {};
  for (const [name, p] of Object.entries(PEOPLE)) code[name] = ok(await b.call('members.create', p)).code;
  const event = async (name: string, kind: 'full' | 'death' | 'transfer-out', date: string) =>
    ok(await b.call('members.recordEvent', { code: code[name]!, kind, date }));
  await event('刘洋', 'full', '2026-07-20');
  await event('张伟', 'death', '2026-08-15');
  await event('陈静', 'transfer-out', '2026-09-05');
  await event('周敏', 'transfer-out', '2026-10-01');

  await meeting(b, 'theme-day', '2026-06-30', {}, true); // the day before: 2026Q2
  await meeting(b, 'theme-day', '2026-07-15', {}, true);
  const lecture = { lecturer: '王芳', lectureTitle: '学习党章' };
  const d = ok(await b.call('meetings.draft', { type: 'lecture', date: '2026-08-10' }));
  // Two of the eight on the roster that day stay away: six present for 90 minutes.
  const attendance = d.attendance.map((a, i) => (i < 2 ? { ...a, presence: 'absent' as const, absenceReason: '出差' } : a));
  await meeting(b, 'lecture', '2026-08-10', { ...lecture, endTime: '15:30', attendance }, true);
  await meeting(b, 'lecture', '2026-09-15', lecture, true); // no end time
  await meeting(b, 'general-assembly', '2026-09-30', { endTime: '16:00' }, true); // the last day: counted
  await meeting(b, 'general-assembly', '2026-10-01', {}, true); // the day after: 2026Q4
  await meeting(b, 'committee', '2026-08-20', { attendance: [{ memberCode: code['王芳']!, name: '王芳', role: 'expected', presence: 'present' }] }, false);
  await meeting(b, 'theme-day', '2026-09-01', {}, false);

  // Dues: 王芳 4000 元 base (1% = 40 元 a month), 李强 a student (0.2 元); the rest have no profile.
  const now = '2026-01-01T00:00:00.000Z';
  sql(`INSERT INTO dues_profiles (member_code, from_month, category, base_fen, reduction, created_at) VALUES (?, '2026-01', 'employed', 400000, 'none', ?)`, code['王芳'], now);
  sql(`INSERT INTO dues_profiles (member_code, from_month, category, reduction, created_at) VALUES (?, '2026-01', 'student', 'none', ?)`, code['李强'], now);
  const pay = (name: string, from: string, to: string, fen: number, kind: string, paidOn: string) =>
    sql(
      `INSERT INTO dues_payments (member_code, from_month, to_month, amount_fen, kind, method, paid_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, 'cash', ?, ?, 'test')`,
      code[name],
      from,
      to,
      fen,
      kind,
      paidOn,
      now,
    );
  pay('王芳', '2026-07', '2026-08', 8000, 'normal', '2026-07-05');
  pay('王芳', '2026-08', '2026-08', 10000, 'voluntary', '2026-08-01');
  pay('王芳', '2026-09', '2026-09', 4000, 'normal', '2026-10-10'); // after the end: not counted in Q3
  pay('李强', '2026-07', '2026-09', 60, 'normal', '2026-09-30');

  // Pipeline: SQ-1 applied; SQ-2 became an activist in Q3; SQ-3 a candidate on the last day;
  // SQ-4 applied after the end; SQ-5 applied in Q3 (its activist step was cancelled); SQ-6 is 杨帆, admitted.
  const steps: [string, string, string, string, boolean?][] = [
    ['SQ-1', '孙悦', 'application', '2026-02-01'],
    ['SQ-2', '周杰', 'application', '2025-10-01'],
    ['SQ-2', '周杰', 'activist', '2026-08-10'],
    ['SQ-3', '吴迪', 'application', '2025-01-01'],
    ['SQ-3', '吴迪', 'activist', '2025-06-01'],
    ['SQ-3', '吴迪', 'candidate', '2026-09-30'],
    ['SQ-4', '郑爽', 'application', '2026-10-05'],
    ['SQ-5', '冯雪', 'application', '2026-07-05'],
    ['SQ-5', '冯雪', 'activist', '2026-08-01', true],
    ['SQ-6', '杨帆', 'application', '2023-03-01'],
    ['SQ-6', '杨帆', 'activist', '2023-09-01'],
    ['SQ-6', '杨帆', 'candidate', '2025-06-01'],
    ['SQ-6', '杨帆', 'branch-meeting', '2026-08-01'],
  ];
  for (const [c, name] of new Map(steps.map(([c2, n]) => [c2, n]))) {
    sql(`INSERT INTO applicants (code, name, stage, created_at, updated_at) VALUES (?, ?, 'applicant', ?, ?)`, c, name, now, now);
  }
  for (const [c, , step, date, cancelled] of steps) {
    sql(`INSERT INTO pipeline_steps (applicant_code, step, date, cancelled_by, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, 'test')`, c, step, date, cancelled ? 1 : null, now);
  }
  return { b, code, sql };
}
