import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * 三会一课 and other organisational life. Agenda, speeches, resolutions with their votes and
 * follow-ups are kept as canonical JSON in the record: they are read and printed as a whole.
 * Attendance is a table, because statistics ask per member ("not attended for 3 months").
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stable code: org code + year + type + number in the year, e.g. ZB-0001-2026-committee-03. */
    code: text('code').notNull(),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    numberInYear: integer('number_in_year').notNull(),
    date: text('date').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place'),
    chair: text('chair'),
    recorder: text('recorder'),
    groupCode: text('group_code'),
    lecturer: text('lecturer'),
    lectureTitle: text('lecture_title'),
    topics: text('topics').notNull().default('[]'),
    agenda: text('agenda').notNull().default('[]'),
    content: text('content'),
    speeches: text('speeches').notNull().default('[]'),
    resolutions: text('resolutions').notNull().default('[]'),
    followUps: text('follow_ups').notNull().default('[]'),
    isElection: integer('is_election', { mode: 'boolean' }).notNull().default(false),
    status: text('status').notNull().default('draft'),
    finalisedAt: text('finalised_at'),
    amendments: integer('amendments').notNull().default(0),
    lastAmendedAt: text('last_amended_at'),
    lastAmendReason: text('last_amend_reason'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('meetings_code_unique').on(t.code), index('meetings_type_date').on(t.type, t.date), index('meetings_date').on(t.date)],
);

export const meetingAttendance = sqliteTable(
  'meeting_attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** null for someone who is not on this branch's roster (列席 guests). */
    memberCode: text('member_code'),
    name: text('name').notNull(),
    /** expected: should attend; observer: 列席, does not count towards quorum. */
    role: text('role').notNull(),
    presence: text('presence').notNull(),
    absenceReason: text('absence_reason'),
    /** A full member at the meeting date (预备党员 have no vote). */
    voting: integer('voting', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('meeting_attendance_meeting').on(t.meetingId), index('meeting_attendance_member').on(t.memberCode)],
);
