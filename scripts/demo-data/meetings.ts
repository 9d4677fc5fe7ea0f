/**
 * Area: 三会一课 and organisational life, branch by branch, from the activity start to today.
 * The cadence of DOMAIN.md §3.1 with the gaps real branches have: a 支部党员大会 each quarter
 * (and on the day it admits a 预备党员 or decides a 转正), 支委会 and 党小组会 monthly, a
 * 党课 each quarter, a 主题党日 on the branch's fixed day each month, 组织生活会 and 民主评议
 * each December, a few 谈心谈话; now and then a month is missed, and the last fortnight's
 * records are often still drafts. Attendance is the roster on the day (lives.ts).
 *
 * Written through createMeeting/finaliseMeeting ('service') or as the same rows directly
 * ('fast', see writer.ts); the records are parsed with the contract's meetingInput either way.
 */
import type { z } from 'zod';
import { meetingInput } from '../../db/api/schemas/meetings';
import { fourFifths, moreThanHalf, voteProblems } from '../../db/meetings/quorum';
import { columns, createMeeting, finaliseMeeting } from '../../db/meetings/service';
import { AGENDA_TEMPLATES, type MeetingType } from '../../db/meetings/types';
import { addDays } from '../../db/members/chinese-dates';
import { meetingAttendance, meetings } from '../../db/schema';
import { insertRow } from '../../db/util/fast-insert';
import { statement } from '../../db/util/statements';
import { isAway, isFull, isLost, onRoster, rosterOn, type MemberLife } from './lives';
import { absenceReason, lectureTitle, meetingTimes, placeFor, topicsFor } from './meeting-text';
import type { Random } from './random';
import type { DemoSink } from './writer';

type ParsedMeeting = z.output<typeof meetingInput>;
type Attendee = ParsedMeeting['attendance'][number];

export interface PlannedMeeting {
  input: ParsedMeeting;
  finalise: boolean;
}

/** What the meetings of one branch are drawn from. */
export interface BranchFacts {
  /** Recorded in group_code of branch-wide meetings: null for the store's own branch, the branch code for the stand-ins. */
  groupCode: string | null;
  partyGroups: readonly string[];
  lives: readonly MemberLife[];
  secretary: string;
  /** Post holders (支委), the 支委会; empty when the branch is too small to have one. */
  committee: readonly MemberLife[];
  /** The day of the month the branch keeps for its 主题党日. */
  themeDay: number;
  /** A general assembly that elected the committee (branch scale), with the 4/5 quorum. */
  electionDate: string | null;
}

export interface MeetingWindow {
  from: string;
  today: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDay = (month: string) => Number(addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1).slice(8));
const dayIn = (month: string, day: number) => `${month}-${pad2(Math.min(day, lastDay(month)))}`;

function monthsOf(w: MeetingWindow): string[] {
  const out: string[] = [];
  for (let m = w.from.slice(0, 7); m <= w.today.slice(0, 7); m = addDays(`${m}-28`, 4).slice(0, 7)) out.push(m);
  return out;
}

/** Resolutions a 支部大会 must take on a day: admissions and the decisions at the end of a 预备期. */
function decisionsByDate(lives: readonly MemberLife[], w: MeetingWindow): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (date: string, title: string) => {
    if (date < w.from || date > w.today) return;
    out.set(date, [...(out.get(date) ?? []), title]);
  };
  for (const l of lives) {
    const p = l.person;
    if (p.addition.kind === 'develop') add(p.addition.date, `讨论接收${l.name}为中共预备党员`);
    for (const e of p.events) {
      if (e.kind === 'full' && p.fields.fullDate === undefined) add(e.date, `讨论${l.name}同志预备党员转正`);
      if (e.kind === 'probation-extended') add(e.date, `讨论延长${l.name}同志预备期`);
      if (e.kind === 'expel' && e.detail === 'probation-cancelled') add(e.date, `讨论取消${l.name}预备党员资格`);
    }
  }
  return out;
}

function presence(rng: Random, l: MemberLife, date: string, keen: boolean): Attendee {
  const base = { memberCode: l.code, name: l.name, role: 'expected' as const };
  const age = Number(date.slice(0, 4)) - Number(l.person.fields.birthDate.slice(0, 4));
  let reason: string | null = null;
  if (isLost(l, date)) reason = '失去联系';
  else if (isAway(l, date)) reason = '外出务工';
  else if (!rng.chance(keen ? 0.97 : age >= 80 ? 0.5 : 0.88)) reason = age >= 80 ? '年老体弱' : absenceReason(rng);
  return reason ? { ...base, presence: 'absent', absenceReason: reason } : { ...base, presence: 'present', absenceReason: null };
}

/** Marks absent voting members present (those who could come) until the quorum is met. */
function meetQuorum(attendance: Attendee[], voting: (a: Attendee) => boolean, needed: number): void {
  let present = attendance.filter((a) => voting(a) && a.presence === 'present').length;
  for (const a of attendance) {
    if (present >= needed) return;
    if (voting(a) && a.presence === 'absent' && a.absenceReason !== '失去联系' && a.absenceReason !== '外出务工') {
      a.presence = 'present';
      a.absenceReason = null;
      present += 1;
    }
  }
}

export function planMeetings(rng: Random, b: BranchFacts, w: MeetingWindow): PlannedMeeting[] {
  const planned: PlannedMeeting[] = [];
  const recorderPool = b.committee.filter((l) => l.name !== b.secretary);
  const add = (type: MeetingType, date: string, who: readonly MemberLife[], extra: Partial<ParsedMeeting> = {}, keen = false) => {
    if (date < w.from || date > w.today) return;
    const attendance = who.map((l) => presence(rng, l, date, keen));
    if (attendance.length === 0) return;
    const full = new Set(who.filter((l) => isFull(l, date)).map((l) => l.code));
    const voting = (a: Attendee) => full.has(a.memberCode ?? '');
    const resolutions = extra.resolutions ?? [];
    if (type === 'general-assembly' && resolutions.length > 0) {
      meetQuorum(attendance, voting, extra.isElection ? fourFifths(full.size) : moreThanHalf(full.size));
      const presentVoting = attendance.filter((a) => voting(a) && a.presence === 'present').length;
      const counts = { expected: attendance.length, present: 0, expectedVoting: full.size, presentVoting };
      for (const r of resolutions) {
        const abstain = presentVoting > 3 && rng.chance(0.15) ? 1 : 0;
        r.vote = { for: presentVoting - abstain, against: 0, abstain };
        if (voteProblems(r.vote, counts).length) r.vote = null;
      }
    }
    const year = Number(date.slice(0, 4));
    const recent = date > addDays(w.today, -14);
    planned.push({
      input: meetingInput.parse({
        type,
        date,
        ...meetingTimes(rng, type),
        place: placeFor(rng, type),
        chair: b.secretary,
        recorder: recorderPool.length ? rng.pick(recorderPool).name : b.secretary,
        groupCode: b.groupCode,
        topics: topicsFor(rng, type, year),
        agenda: AGENDA_TEMPLATES[type].map((title) => ({ title })),
        content: `${b.secretary}同志主持会议。应到${attendance.length}人，实到${attendance.filter((a) => a.presence === 'present').length}人。`,
        ...extra,
        resolutions,
        attendance,
      }),
      finalise: !recent || rng.chance(0.4),
    });
  };

  const decisions = decisionsByDate(b.lives, w);
  for (const [date, titles] of decisions) add('general-assembly', date, rosterOn(b.lives, date), { resolutions: titles.map((title) => ({ title })) });
  if (b.electionDate) {
    const date = b.electionDate;
    add('general-assembly', date, rosterOn(b.lives, date), { isElection: true, resolutions: [{ title: '选举产生新一届支部委员会' }] }, true);
  }
  const held = new Set(planned.map((p) => `${p.input.date.slice(0, 4)}Q${Math.ceil(Number(p.input.date.slice(5, 7)) / 3)}`));

  for (const month of monthsOf(w)) {
    const m = Number(month.slice(5));
    const themeDate = dayIn(month, b.themeDay);
    if (rng.chance(0.96)) add('theme-day', themeDate, rosterOn(b.lives, themeDate));
    if (b.committee.length >= 3 && rng.chance(0.95)) {
      const date = dayIn(month, rng.int(1, 10));
      add('committee', date, b.committee.filter((l) => onRoster(l, date)), {}, true);
    }
    for (const g of b.partyGroups) {
      const date = dayIn(month, rng.int(11, 25));
      const leader = b.lives.find((l) => l.person.fields.groupCode === g && l.person.fields.partyPost === '党小组组长');
      if (rng.chance(0.92)) add('group', date, rosterOn(b.lives, date).filter((l) => l.person.fields.groupCode === g), { groupCode: g, chair: leader?.name ?? b.secretary });
    }
    if (m % 3 === 1) {
      const quarter = `${month.slice(0, 4)}Q${Math.ceil(m / 3)}`;
      const gaDate = dayIn(addDays(`${month}-01`, rng.int(0, 80)).slice(0, 7), rng.int(1, 28));
      if (!held.has(quarter) && rng.chance(0.97)) add('general-assembly', gaDate, rosterOn(b.lives, gaDate));
      const lectureDate = dayIn(addDays(`${month}-01`, rng.int(0, 85)).slice(0, 7), rng.int(1, 28));
      const lecturer = rng.chance(0.7) || recorderPool.length === 0 ? b.secretary : rng.pick(recorderPool).name;
      if (rng.chance(0.95)) add('lecture', lectureDate, rosterOn(b.lives, lectureDate), { lecturer, lectureTitle: lectureTitle(rng) });
    }
    if (m === 12) {
      const date = dayIn(month, rng.int(10, 24));
      const appraisalDate = addDays(date, rng.int(0, 3));
      add('life-meeting', date, rosterOn(b.lives, date));
      add('appraisal', appraisalDate, rosterOn(b.lives, appraisalDate));
    }
    if (m === 4 || m === 10) {
      const date = dayIn(month, rng.int(1, 28));
      const people = rosterOn(b.lives, date).filter((l) => !isLost(l, date) && !isAway(l, date));
      const pair = [people.find((l) => l.name === b.secretary) ?? people[0], rng.pick(people.length ? people : [undefined])];
      const who = [...new Set(pair.filter((l): l is MemberLife => l !== undefined))];
      if (who.length === 2) add('talk', date, who, { chair: who[0]!.name }, true);
    }
  }
  // Chronological within the branch, so the numbers in the year follow the dates.
  return planned.sort((a, b) => (a.input.date < b.input.date ? -1 : a.input.date > b.input.date ? 1 : a.input.type < b.input.type ? -1 : 1));
}

/** Who has a vote, as createMeeting decides it: 支委会 members; full members on the roster that day. */
export interface VotingRule {
  committee: ReadonlySet<string>;
  lives: ReadonlyMap<string, MemberLife>;
}

function votes(rule: VotingRule, type: MeetingType, code: string | null | undefined, date: string): boolean {
  if (!code || type === 'talk') return false;
  if (type === 'committee') return rule.committee.has(code);
  const l = rule.lives.get(code);
  return !!l && onRoster(l, date) && isFull(l, date);
}

/** The numbers createMeeting would give: per type and year, one more than the highest so far. */
export class MeetingNumbers {
  private readonly last = new Map<string, number>();
  next(sink: DemoSink, type: MeetingType, year: number): number {
    const key = `${type}:${year}`;
    let n = this.last.get(key);
    if (n === undefined) {
      n = Number(statement(sink.store.sqlite, 'SELECT coalesce(max(number_in_year), 0) FROM meetings WHERE type = ? AND year = ?', { pluck: true }).get(type, year));
    }
    this.last.set(key, n + 1);
    return n + 1;
  }
}

function writeFast(sink: DemoSink, m: PlannedMeeting, rule: VotingRule, numbers: MeetingNumbers): void {
  const p = m.input;
  const year = Number(p.date.slice(0, 4));
  const n = numbers.next(sink, p.type, year);
  const now = new Date().toISOString();
  const id = insertRow(sink.store.sqlite, meetings, {
    ...columns(p),
    code: `${sink.selfCode}-${year}-${p.type}-${pad2(n)}`,
    type: p.type,
    year,
    numberInYear: n,
    ...(m.finalise ? { status: 'final', finalisedAt: now, version: 2 } : {}),
    createdAt: now,
  });
  p.attendance.forEach((a, i) => {
    insertRow(sink.store.sqlite, meetingAttendance, {
      meetingId: id,
      memberCode: a.memberCode ?? null,
      name: a.name,
      role: a.role,
      presence: a.presence,
      absenceReason: a.presence === 'absent' ? (a.absenceReason ?? null) : null,
      voting: a.role === 'expected' && votes(rule, p.type, a.memberCode, p.date),
      sortOrder: i,
    });
  });
}

/** Writes one branch's meetings; returns the attendance rows written. */
export function writeMeetings(sink: DemoSink, planned: readonly PlannedMeeting[], rule: VotingRule, numbers: MeetingNumbers): number {
  let rows = 0;
  for (const m of planned) {
    rows += m.input.attendance.length;
    if (sink.mode === 'fast') {
      writeFast(sink, m, rule, numbers);
      continue;
    }
    const created = createMeeting(sink.store, m.input, sink.actor);
    if (m.finalise) finaliseMeeting(sink.store, { code: created.code, version: created.version }, sink.actor);
  }
  return rows;
}
