import type { Meeting, MeetingInput, MeetingType } from './meeting-types';

/**
 * The recording form's values and how they become the contract's MeetingInput. The form keeps
 * text as typed (empty strings, one topic per line); the input is what the backend validates.
 * Blank rows a secretary added and never filled are dropped, and `RowIndex` remembers where each
 * kept row sits in the form, so the backend's problems land under the right row.
 */
export interface AttendeeRow {
  memberCode: string | null;
  name: string;
  role: 'expected' | 'observer';
  presence: 'present' | 'absent';
  absenceReason: string;
}

export interface VoteValue {
  for?: number | null;
  against?: number | null;
  abstain?: number | null;
  writtenFor?: number | null;
  writtenAgainst?: number | null;
  writtenAbstain?: number | null;
}

export interface MeetingFormValues {
  date: string | null;
  startTime: string;
  endTime: string;
  place: string;
  chair: string;
  recorder: string;
  groupCode: string | null;
  lecturer: string;
  lectureTitle: string;
  /** One topic per line. */
  topics: string;
  isElection: boolean;
  attendance: AttendeeRow[];
  agenda: { title: string; notes: string }[];
  content: string;
  speeches: { speaker: string; summary: string }[];
  resolutions: { title: string; text: string; vote: VoteValue | null }[];
  followUps: { task: string; owner: string; deadline: string | null }[];
}

export const ROW_LISTS = ['attendance', 'agenda', 'speeches', 'resolutions', 'followUps'] as const;
export type RowList = (typeof ROW_LISTS)[number];
/** For each list: the form row of each row sent to the backend. */
export type RowIndex = Record<RowList, number[]>;

type Source = MeetingInput | Meeting;

const str = (v: string | null | undefined) => v ?? '';

export function valuesFromRecord(m: Source): MeetingFormValues {
  return {
    date: m.date,
    startTime: str(m.startTime),
    endTime: str(m.endTime),
    place: str(m.place),
    chair: str(m.chair),
    recorder: str(m.recorder),
    groupCode: m.groupCode ?? null,
    lecturer: str(m.lecturer),
    lectureTitle: str(m.lectureTitle),
    topics: (m.topics ?? []).join('\n'),
    isElection: m.isElection ?? false,
    attendance: (m.attendance ?? []).map((a) => ({
      memberCode: a.memberCode ?? null,
      name: a.name,
      role: a.role,
      presence: a.presence,
      absenceReason: str(a.absenceReason),
    })),
    agenda: (m.agenda ?? []).map((a) => ({ title: a.title, notes: str(a.notes) })),
    content: str(m.content),
    speeches: (m.speeches ?? []).map((s) => ({ speaker: s.speaker, summary: s.summary })),
    resolutions: (m.resolutions ?? []).map((r) => ({ title: r.title, text: str(r.text), vote: r.vote ? { ...r.vote } : null })),
    followUps: (m.followUps ?? []).map((f) => ({ task: f.task, owner: str(f.owner), deadline: f.deadline ?? null })),
  };
}

const blank = (...parts: (string | null | undefined)[]) => parts.every((p) => !p || !p.trim());
const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
const count = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/** Keeps the rows that are not blank, remembering where each came from. */
export function compactRows<T>(rows: readonly T[] | undefined, isBlank: (row: T) => boolean): { rows: T[]; index: number[] } {
  const kept: T[] = [];
  const index: number[] = [];
  (rows ?? []).forEach((row, i) => {
    if (isBlank(row)) return;
    kept.push(row);
    index.push(i);
  });
  return { rows: kept, index };
}

export function voteInput(v: VoteValue) {
  const written = count(v.writtenFor) + count(v.writtenAgainst) + count(v.writtenAbstain) > 0;
  return {
    for: count(v.for),
    against: count(v.against),
    abstain: count(v.abstain),
    ...(written ? { writtenFor: count(v.writtenFor), writtenAgainst: count(v.writtenAgainst), writtenAbstain: count(v.writtenAbstain) } : {}),
  };
}

/** The values as the backend takes them, and where each kept row sits in the form. */
export function inputFromValues(v: MeetingFormValues, type: MeetingType): { input: MeetingInput; rows: RowIndex } {
  const attendance = compactRows(v.attendance, (a) => blank(a.name));
  const agenda = compactRows(v.agenda, (a) => blank(a.title, a.notes));
  const speeches = compactRows(v.speeches, (s) => blank(s.speaker, s.summary));
  const resolutions = compactRows(v.resolutions, (r) => blank(r.title, r.text) && !r.vote);
  const followUps = compactRows(v.followUps, (f) => blank(f.task, f.owner) && !f.deadline);
  const input: MeetingInput = {
    type,
    date: v.date ?? '',
    startTime: orNull(v.startTime),
    endTime: orNull(v.endTime),
    place: orNull(v.place),
    chair: orNull(v.chair),
    recorder: orNull(v.recorder),
    groupCode: type === 'group' ? (v.groupCode ?? null) : null,
    lecturer: type === 'lecture' ? orNull(v.lecturer) : null,
    lectureTitle: type === 'lecture' ? orNull(v.lectureTitle) : null,
    topics: (v.topics ?? '').split('\n').map((s) => s.trim()).filter(Boolean),
    isElection: type === 'general-assembly' && !!v.isElection,
    attendance: attendance.rows.map((a) => ({
      memberCode: a.memberCode,
      name: a.name.trim(),
      role: a.role,
      presence: a.role === 'observer' ? 'present' : a.presence,
      absenceReason: a.role === 'expected' && a.presence === 'absent' ? orNull(a.absenceReason) : null,
    })),
    agenda: agenda.rows.map((a) => ({ title: a.title ?? '', notes: orNull(a.notes) })),
    content: orNull(v.content),
    speeches: speeches.rows.map((s) => ({ speaker: s.speaker ?? '', summary: s.summary ?? '' })),
    resolutions: resolutions.rows.map((r) => ({ title: r.title ?? '', text: orNull(r.text), vote: r.vote ? voteInput(r.vote) : null })),
    followUps: followUps.rows.map((f) => ({ task: f.task ?? '', owner: orNull(f.owner), deadline: f.deadline ?? null })),
  };
  return {
    input,
    rows: { attendance: attendance.index, agenda: agenda.index, speeches: speeches.index, resolutions: resolutions.index, followUps: followUps.index },
  };
}

/**
 * A time as typed becomes HH:MM: "1430", "14.30", "14：30", "9:5" → "14:30", "09:05". Anything
 * else is left as typed, for the backend to refuse with a message under the field.
 */
export function normaliseTime(typed: string): string {
  const s = typed.trim().replace(/[：.．。点]/g, ':').replace(/分$/, '');
  if (s === '') return '';
  const m = /^(\d{1,2}):(\d{1,2})$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s) ?? /^(\d{1,2})$/.exec(s);
  if (!m) return typed.trim();
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return typed.trim();
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
