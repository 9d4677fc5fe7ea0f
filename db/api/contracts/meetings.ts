import { z } from 'zod';
import { PERIODS } from '../../meetings/cadence';
import { MEETING_TYPES } from '../../meetings/types';
import { AMENDABLE_FIELDS } from '../../meetings/history';
import { op } from '../op';
import { meeting, meetingInput } from '../schemas/meetings';
import { isoDate } from '../schemas/members';
import { ok, requiredText } from '../schemas/common';

const periodState = z.object({ start: z.string(), end: z.string(), held: z.number().int(), met: z.boolean() });
const fieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const ref = { code: z.string().min(1), version: z.number().int().min(1) };

/** 三会一课 and organisational life (DOMAIN.md §3). */
export const meetingOps = {
  'meetings.draft': op({
    input: z.object({ type: z.enum(MEETING_TYPES), date: isoDate, groupCode: z.string().nullable().optional() }).strict(),
    output: meetingInput,
    needs: 'unlocked',
  }),
  'meetings.create': op({ input: z.object({ meeting: meetingInput }).strict(), output: meeting, needs: 'unlocked' }),
  'meetings.update': op({
    input: z.object({ ...ref, meeting: meetingInput, reason: requiredText(200).nullable().optional() }).strict(),
    output: meeting,
    needs: 'unlocked',
  }),
  'meetings.finalise': op({ input: z.object(ref).strict(), output: meeting, needs: 'unlocked' }),
  /**
   * What the backend concludes about a record as typed, without saving it: who has a vote, the
   * counts, the quorum verdict, each resolution's outcome, what would stop a save (`issues`)
   * and what would stop finalising (`finaliseIssues`). The recording form shows it live.
   */
  'meetings.check': op({
    input: z.object({ meeting: meetingInput }).strict(),
    output: z.object({
      voting: z.array(z.boolean()),
      counts: meeting.shape.counts,
      quorum: meeting.shape.quorum,
      outcomes: z.array(z.object({ passes: z.boolean(), yes: z.number().int(), needed: z.number().int() }).nullable()),
      issues: z.array(fieldIssue),
      finaliseIssues: z.array(fieldIssue),
    }),
    needs: 'unlocked',
  }),
  /** The amendments of a finalised record, from the audit trail: when, by whom, why, what changed. */
  'meetings.history': op({
    input: z.object({ code: z.string().min(1) }).strict(),
    output: z.array(z.object({ at: z.string(), actor: z.string(), reason: z.string(), fields: z.array(z.enum(AMENDABLE_FIELDS)) })),
    needs: 'unlocked',
  }),
  'meetings.get': op({ input: z.object({ code: z.string().min(1) }).strict(), output: meeting, needs: 'unlocked' }),
  'meetings.list': op({
    input: z.object({ from: isoDate.optional(), to: isoDate.optional(), type: z.enum(MEETING_TYPES).optional() }).strict(),
    output: z.array(
      z.object({
        code: z.string(),
        type: z.enum(MEETING_TYPES),
        numberInYear: z.number().int(),
        date: z.string(),
        topic: z.string().nullable(),
        status: z.string(),
        expected: z.number().int(),
        present: z.number().int(),
        amendments: z.number().int(),
      }),
    ),
    needs: 'unlocked',
  }),
  'meetings.cadence': op({
    input: z.object({ date: isoDate.optional() }).strict(),
    output: z.array(
      z.object({
        type: z.enum(MEETING_TYPES),
        period: z.enum(PERIODS),
        required: z.number().int(),
        basis: z.string(),
        local: z.boolean(),
        current: periodState,
        previous: periodState,
        yearToDate: z.object({ periods: z.number().int(), met: z.number().int() }),
        dueBy: z.string().nullable(),
      }),
    ),
    needs: 'unlocked',
  }),
  'meetings.setLocalRule': op({
    input: z.object({ type: z.literal('lecture'), period: z.enum(PERIODS), min: z.number().int().min(0).max(12) }).strict(),
    output: ok,
    needs: 'unlocked',
  }),
  'meetings.minutes': op({
    input: z.object({ code: z.string().min(1) }).strict(),
    output: z.object({
      orgName: z.string(),
      title: z.string(),
      headerRows: z.array(z.tuple([z.string(), z.string()])),
      sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
      closing: z.string(),
      signatures: z.array(z.string()),
      amendmentNote: z.string().nullable(),
      draftNote: z.string().nullable(),
      attendanceSheet: z.object({ title: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
    }),
    needs: 'unlocked',
  }),
  'meetings.exportDocx': op({
    input: z.object({ code: z.string().min(1) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    needs: 'unlocked',
  }),
} as const;
