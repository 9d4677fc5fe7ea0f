import { z } from 'zod';
import { MEETING_TYPES } from '../../meetings/types';
import { text } from './common';
import { isoDate } from './members';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM');
const count = z.number().int().min(0).max(100_000);

export const voteInput = z.object({
  for: count,
  against: count,
  abstain: count,
  writtenFor: count.optional(),
  writtenAgainst: count.optional(),
  writtenAbstain: count.optional(),
});

export const attendeeInput = z.object({
  memberCode: z.string().nullable().optional(),
  name: text(40).pipe(z.string().min(1)),
  role: z.enum(['expected', 'observer']),
  presence: z.enum(['present', 'absent']),
  absenceReason: text(100).nullable().optional(),
});

export const meetingInput = z
  .object({
    type: z.enum(MEETING_TYPES),
    date: isoDate,
    startTime: time.nullable().optional(),
    endTime: time.nullable().optional(),
    place: text(100).nullable().optional(),
    chair: text(60).nullable().optional(),
    recorder: text(60).nullable().optional(),
    groupCode: z.string().nullable().optional(),
    lecturer: text(60).nullable().optional(),
    lectureTitle: text(200).nullable().optional(),
    topics: z.array(text(200)).max(20).default([]),
    agenda: z.array(z.object({ title: text(200).pipe(z.string().min(1)), notes: text(2000).nullable().optional() })).max(30).default([]),
    content: text(50_000).nullable().optional(),
    speeches: z.array(z.object({ speaker: text(60).pipe(z.string().min(1)), summary: text(5000) })).max(200).default([]),
    resolutions: z
      .array(z.object({ title: text(200).pipe(z.string().min(1)), text: text(5000).nullable().optional(), vote: voteInput.nullable().optional() }))
      .max(50)
      .default([]),
    followUps: z
      .array(z.object({ task: text(500).pipe(z.string().min(1)), owner: text(60).nullable().optional(), deadline: isoDate.nullable().optional() }))
      .max(50)
      .default([]),
    isElection: z.boolean().default(false),
    attendance: z.array(attendeeInput).max(2000).default([]),
  })
  .strict();
export type MeetingInput = z.input<typeof meetingInput>;

const quorum = z.object({
  rule: z.enum(['more-than-half-voting', 'four-fifths-voting', 'more-than-half-committee', 'none']),
  met: z.boolean(),
  needed: z.number().int(),
  present: z.number().int(),
  of: z.number().int(),
});

export const meeting = z.object({
  code: z.string(),
  type: z.enum(MEETING_TYPES),
  year: z.number().int(),
  numberInYear: z.number().int(),
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
  chair: z.string().nullable(),
  recorder: z.string().nullable(),
  groupCode: z.string().nullable(),
  lecturer: z.string().nullable(),
  lectureTitle: z.string().nullable(),
  topics: z.array(z.string()),
  agenda: z.array(z.object({ title: z.string(), notes: z.string().nullable().optional() })),
  content: z.string().nullable(),
  speeches: z.array(z.object({ speaker: z.string(), summary: z.string() })),
  resolutions: z.array(
    z.object({
      title: z.string(),
      text: z.string().nullable().optional(),
      vote: voteInput.nullable().optional(),
      /** For a 党员大会: passes on more than half of the voting members expected. */
      outcome: z.object({ passes: z.boolean(), yes: z.number().int(), needed: z.number().int() }).nullable(),
    }),
  ),
  followUps: z.array(z.object({ task: z.string(), owner: z.string().nullable().optional(), deadline: z.string().nullable().optional() })),
  isElection: z.boolean(),
  attendance: z.array(
    z.object({
      memberCode: z.string().nullable(),
      name: z.string(),
      role: z.enum(['expected', 'observer']),
      presence: z.enum(['present', 'absent']),
      absenceReason: z.string().nullable(),
      voting: z.boolean(),
    }),
  ),
  counts: z.object({ expected: z.number().int(), present: z.number().int(), expectedVoting: z.number().int(), presentVoting: z.number().int(), observers: z.number().int() }),
  quorum,
  status: z.enum(['draft', 'final']),
  finalisedAt: z.string().nullable(),
  amendments: z.number().int(),
  lastAmendedAt: z.string().nullable(),
  lastAmendReason: z.string().nullable(),
  version: z.number().int(),
});
export type Meeting = z.infer<typeof meeting>;
