import type { z } from 'zod';
import type { FieldIssue } from '../api/errors';
import type { meetingInput } from '../api/schemas/meetings';
import type { Store } from '../store/store';
import { checkQuorum, resolutionPasses, voteProblems, type AttendanceCounts, type QuorumResult } from './quorum';
import { expectedAttendees } from './expected';
import type { MeetingType } from './types';

export type ParsedMeeting = z.output<typeof meetingInput>;

export function attendanceCounts(rows: { role: string; presence: string; voting: boolean }[]): AttendanceCounts & { observers: number } {
  const expected = rows.filter((r) => r.role === 'expected');
  return {
    expected: expected.length,
    present: expected.filter((r) => r.presence === 'present').length,
    expectedVoting: expected.filter((r) => r.voting).length,
    presentVoting: expected.filter((r) => r.voting && r.presence === 'present').length,
    observers: rows.filter((r) => r.role === 'observer').length,
  };
}

/** Who has a vote, by member code, as the roster stood on the meeting day (预备党员 do not). */
export function votingOn(store: Store, type: MeetingType, date: string, groupCode: string | null): Map<string, boolean> {
  return new Map(expectedAttendees(store, type, date, groupCode).map((a) => [a.memberCode, a.voting]));
}

export interface RecordCheck {
  /** Per attendance row: counted as a voting member. Observers and people off the roster never are. */
  voting: boolean[];
  votingByCode: Map<string, boolean>;
  counts: AttendanceCounts & { observers: number };
  quorum: QuorumResult;
  outcomes: ({ passes: boolean; yes: number; needed: number } | null)[];
  /** Problems that stop the record being saved at all. */
  issues: FieldIssue[];
}

/**
 * Everything the backend concludes about a record as typed, without saving it: who votes,
 * the counts, the quorum verdict, each resolution's outcome, and what is wrong. The recording
 * form shows this live; create and update refuse when `issues` is not empty.
 */
export function checkRecord(store: Store, m: ParsedMeeting): RecordCheck {
  const issues: FieldIssue[] = [];
  if (m.startTime && m.endTime && m.endTime <= m.startTime) {
    issues.push({ path: ['endTime'], code: 'TIME_ORDER', message: 'the meeting ends before it starts' });
  }
  if (m.type === 'group' && !m.groupCode) issues.push({ path: ['groupCode'], code: 'REQUIRED', message: 'which party group' });
  const seen = new Set<string>();
  m.attendance.forEach((a, i) => {
    if (!a.memberCode) return;
    if (seen.has(a.memberCode)) issues.push({ path: ['attendance', i, 'memberCode'], code: 'DUPLICATE_ATTENDEE', message: 'listed twice', params: { name: a.name } });
    seen.add(a.memberCode);
  });
  const votingByCode = votingOn(store, m.type, m.date, m.groupCode ?? null);
  const voting = m.attendance.map((a) => !!a.memberCode && a.role === 'expected' && (votingByCode.get(a.memberCode) ?? false));
  const counts = attendanceCounts(m.attendance.map((a, i) => ({ ...a, voting: voting[i]! })));
  m.resolutions.forEach((r, i) => {
    if (!r.vote) return;
    for (const code of voteProblems(r.vote, counts)) {
      issues.push({ path: ['resolutions', i, 'vote'], code, message: code, params: { presentVoting: counts.presentVoting, expectedVoting: counts.expectedVoting } });
    }
  });
  return {
    voting,
    votingByCode,
    counts,
    quorum: checkQuorum(m.type, m.isElection, counts),
    outcomes: m.resolutions.map((r) => (r.vote && m.type === 'general-assembly' ? resolutionPasses(r.vote, counts.expectedVoting) : null)),
    issues,
  };
}

type Finalisable = Pick<ParsedMeeting, 'type' | 'chair' | 'recorder' | 'place' | 'startTime' | 'lecturer' | 'lectureTitle'> & { attendance: readonly unknown[] };

/** What finalising requires: the record must be complete enough to file. */
export function finaliseProblems(m: Finalisable): FieldIssue[] {
  const need = (field: string, ok: boolean): FieldIssue[] => (ok ? [] : [{ path: [field], code: 'REQUIRED_TO_FINALISE', message: `${field} is needed to finalise` }]);
  return [
    ...need('chair', !!m.chair),
    ...need('recorder', !!m.recorder),
    ...need('place', !!m.place),
    ...need('startTime', !!m.startTime),
    ...need('attendance', m.attendance.length > 0),
    ...(m.type === 'lecture' ? [...need('lecturer', !!m.lecturer), ...need('lectureTitle', !!m.lectureTitle)] : []),
  ];
}
