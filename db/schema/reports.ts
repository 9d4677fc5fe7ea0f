import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Reporting periods (quarter, half year, year) and the versions of each period's report.
 * Submitting a period locks the data it was computed from; a change dated inside a locked
 * period needs an unlock with a reason and yields a corrected version.
 */
export const reportPeriods = sqliteTable(
  'report_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** e.g. '2026Q3', '2026H1', '2026'. */
    period: text('period').notNull(),
    kind: text('kind').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    deadline: text('deadline'),
    templateId: text('template_id').notNull(),
    status: text('status').notNull().default('open'),
    submittedAt: text('submitted_at'),
    /** While set, the period's data may change (after an unlock with a reason). */
    unlockedAt: text('unlocked_at'),
    unlockReason: text('unlock_reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('report_periods_period').on(t.period)],
);

export const reportVersions = sqliteTable(
  'report_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    period: text('period').notNull(),
    version: integer('version').notNull(),
    computedAt: text('computed_at').notNull(),
    /** The figures with the names behind each, canonical JSON. */
    figures: text('figures').notNull(),
    validation: text('validation').notNull(),
    /** Explanations the secretary gave for unusual figures; they travel with the report. */
    explanations: text('explanations').notNull().default('{}'),
    correctionReason: text('correction_reason'),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('report_versions_unique').on(t.period, t.version)],
);

export const reportUnlocks = sqliteTable(
  'report_unlocks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    period: text('period').notNull(),
    unlockedAt: text('unlocked_at').notNull(),
    reason: text('reason').notNull(),
    actor: text('actor').notNull(),
    relockedAt: text('relocked_at'),
  },
  (t) => [index('report_unlocks_period').on(t.period)],
);
