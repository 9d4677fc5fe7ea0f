import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * 发展党员: people on the way to membership (申请人 → 积极分子 → 发展对象 → 预备党员), with
 * each of the 25 steps as a dated record. When the branch meeting admits someone, a member
 * record is created (member_code) and the pipeline entry stays as their development file.
 */
export const applicants = sqliteTable(
  'applicants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    gender: text('gender'),
    idNumber: text('id_number'),
    birthDate: text('birth_date'),
    ethnicity: text('ethnicity'),
    education: text('education'),
    occupation: text('occupation'),
    mobile: text('mobile'),
    stage: text('stage').notNull(),
    memberCode: text('member_code'),
    /** The rule set the dates are checked against (by the application date), e.g. '2014'. */
    ruleSet: text('rule_set'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('applicants_code_unique').on(t.code), index('applicants_stage').on(t.stage)],
);

export const pipelineSteps = sqliteTable(
  'pipeline_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicantCode: text('applicant_code').notNull(),
    step: text('step').notNull(),
    date: text('date').notNull(),
    /** 谈话人, 培养联系人 (1–2), 入党介绍人 (2) … as canonical JSON. */
    people: text('people'),
    data: text('data'),
    notes: text('notes'),
    cancelledBy: integer('cancelled_by'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('pipeline_steps_applicant').on(t.applicantCode, t.step)],
);

export const pipelineDocuments = sqliteTable(
  'pipeline_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicantCode: text('applicant_code').notNull(),
    document: text('document').notNull(),
    receivedOn: text('received_on'),
    note: text('note'),
  },
  (t) => [uniqueIndex('pipeline_documents_unique').on(t.applicantCode, t.document)],
);

/** 民主评议党员: one appraisal a year. */
export const appraisalYears = sqliteTable('appraisal_years', {
  year: integer('year').primaryKey(),
  openedOn: text('opened_on').notNull(),
  closedOn: text('closed_on'),
  /** 优秀 is generally at most this share of those appraised (local rule, default one third). */
  excellentCapPercent: integer('excellent_cap_percent').notNull().default(33),
  note: text('note'),
});

export const appraisalResults = sqliteTable(
  'appraisal_results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    memberCode: text('member_code').notNull(),
    selfGrade: text('self_grade'),
    /** Ballot tallies per grade (测评), and peer (互评) tallies, as canonical JSON. */
    ballots: text('ballots'),
    peer: text('peer'),
    verdict: text('verdict'),
    feedbackOn: text('feedback_on'),
    note: text('note'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('appraisal_results_unique').on(t.year, t.memberCode)],
);
