import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../api/errors';
import type { Applicant, ApplicantDetail, ApplicantStage } from '../api/schemas/development';
import { applicants, pipelineDocuments, pipelineSteps } from '../schema';
import type { Store } from '../store/store';
import { statement } from '../util/statements';
import { evaluate, type EngineRecord, type Evaluation } from './engine';
import { RULE_BOOK, ruleSetByVersion, ruleSetFor, type RuleSet } from './rule-book';

/** Reading an applicant's file and evaluating it: shared by the service, admission and documents. */
export type ApplicantRow = typeof applicants.$inferSelect;
export type StepRow = typeof pipelineSteps.$inferSelect;
type DocumentRow = typeof pipelineDocuments.$inferSelect;

export const APPLICATION_STEP = 'application';

export function applicantRow(store: Store, code: string): ApplicantRow {
  const row = store.orm.select().from(applicants).where(eq(applicants.code, code)).get();
  if (!row) throw new AppError('NOT_FOUND', `no applicant ${code}`, { params: { code } });
  return row;
}

/** All records of a person, cancelled ones too (they stay, marked, as the history). */
export function stepRows(store: Store, code: string): StepRow[] {
  return store.orm.select().from(pipelineSteps).where(eq(pipelineSteps.applicantCode, code)).orderBy(asc(pipelineSteps.date), asc(pipelineSteps.id)).all();
}

export function liveStepRows(store: Store, code: string): StepRow[] {
  return store.orm
    .select()
    .from(pipelineSteps)
    .where(and(eq(pipelineSteps.applicantCode, code), isNull(pipelineSteps.cancelledBy)))
    .orderBy(asc(pipelineSteps.date), asc(pipelineSteps.id))
    .all();
}

export function toEngineRecord(r: StepRow): EngineRecord {
  return { id: r.id, step: r.step, date: r.date, data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null };
}

export function applicationDateOf(rows: StepRow[]): string | null {
  return rows.find((r) => r.step === APPLICATION_STEP && r.cancelledBy === null)?.date ?? null;
}

/** The rule set by the application date; the stored version when the application was cancelled. */
export function ruleSetOf(row: ApplicantRow, live: StepRow[]): { set: RuleSet; note: string | null } {
  const applied = applicationDateOf(live);
  if (applied) return ruleSetFor(applied);
  const stored = row.ruleSet ? ruleSetByVersion(row.ruleSet) : undefined;
  return { set: stored ?? RULE_BOOK.active.at(-1)!, note: null };
}

export interface Evaluated {
  row: ApplicantRow;
  live: StepRow[];
  set: RuleSet;
  note: string | null;
  evaluation: Evaluation;
}

export function evaluateApplicant(store: Store, code: string): Evaluated {
  const row = applicantRow(store, code);
  const live = liveStepRows(store, code);
  const { set, note } = ruleSetOf(row, live);
  const evaluation = evaluate({ birthDate: row.birthDate, records: live.map(toEngineRecord), rules: set });
  return { row, live, set, note, evaluation };
}

/** The stage follows from the records: admission and the 转正 decision, else the last milestone. */
export function stageOf(row: ApplicantRow, live: StepRow[], evaluation: Evaluation): ApplicantStage {
  if (row.memberCode) {
    const outcome = evaluation.probation?.outcome;
    return outcome === 'full' ? 'full' : outcome === 'cancel' ? 'cancelled' : 'probationary';
  }
  if (live.some((r) => r.step === 'candidate')) return 'candidate';
  if (live.some((r) => r.step === 'activist')) return 'activist';
  return 'applicant';
}

export function toApplicant(row: ApplicantRow, live: StepRow[]): Applicant {
  return {
    code: row.code,
    name: row.name,
    gender: row.gender ?? '',
    idNumber: row.idNumber,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    education: row.education,
    occupation: row.occupation,
    mobile: row.mobile,
    notes: row.notes,
    stage: row.stage as ApplicantStage,
    memberCode: row.memberCode,
    ruleSet: row.ruleSet,
    applicationDate: applicationDateOf(live),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function documentsOf(store: Store, code: string, set: RuleSet, live: StepRow[]): ApplicantDetail['documents'] {
  const rows = new Map<string, DocumentRow>(
    store.orm.select().from(pipelineDocuments).where(eq(pipelineDocuments.applicantCode, code)).all().map((d) => [d.document, d]),
  );
  const recorded = new Set(live.map((r) => r.step));
  return set.steps.steps.flatMap((s) =>
    s.documents.map((d) => {
      const row = rows.get(d.key);
      const receivedOn = row?.receivedOn ?? null;
      const status = receivedOn ? ('received' as const) : recorded.has(s.key) && !d.optional ? ('missing' as const) : ('not-yet' as const);
      return { key: d.key, name: d.name, step: s.key, stepNumber: s.number, optional: !!d.optional, receivedOn, note: row?.note ?? null, status };
    }),
  );
}

export function toStepRecord(r: StepRow, set: RuleSet): ApplicantDetail['steps'][number] {
  const s = set.steps.byKey.get(r.step);
  return {
    id: r.id,
    step: r.step,
    number: s?.number ?? 0,
    name: s?.name ?? r.step,
    date: r.date,
    people: r.people ? (JSON.parse(r.people) as ApplicantDetail['steps'][number]['people']) : [],
    data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null,
    notes: r.notes,
    cancelled: r.cancelledBy !== null,
    recordedAt: r.recordedAt,
    recordedBy: r.recordedBy,
  };
}

/** Everything the person's page shows: the record, the steps, the checklist and the engine's view. */
export function applicantDetailOf(store: Store, code: string): ApplicantDetail {
  const { row, live, set, note, evaluation } = evaluateApplicant(store, code);
  const strip = <T extends { ref?: string }>({ ref: _ref, ...rest }: T) => rest;
  return {
    ...toApplicant(row, live),
    ruleSetTitle: set.title,
    ruleSetNote: note,
    steps: stepRows(store, code).map((r) => toStepRecord(r, set)),
    documents: documentsOf(store, code, set, live),
    violations: evaluation.violations.map(strip),
    deadlines: evaluation.deadlines,
    next: evaluation.next,
    missing: evaluation.missing,
    probation: evaluation.probation,
    notice: evaluation.notice,
  };
}

/** Re-derives the stored stage after a change and bumps the version (optimistic concurrency). */
export function touchApplicant(store: Store, code: string, extra: Partial<ApplicantRow> = {}): void {
  const row = applicantRow(store, code);
  store.orm.update(applicants).set({ ...extra, version: row.version + 1, updatedAt: new Date().toISOString() }).where(eq(applicants.id, row.id)).run();
  const { row: after, live, set, evaluation } = evaluateApplicant(store, code);
  const applied = applicationDateOf(live);
  store.orm
    .update(applicants)
    .set({ stage: stageOf(after, live, evaluation), ruleSet: applied ? set.version : after.ruleSet })
    .where(eq(applicants.id, after.id))
    .run();
}

const SEQ_KEY = 'applicant_code_seq';

/** 发展档案 codes: the organisation's code, FZ and a sequence that only grows (kept in meta). */
export function nextApplicantCode(store: Store, orgCode: string): string {
  const db = store.sqlite;
  const next = Number((statement(db, 'SELECT value FROM meta WHERE key = ?', { pluck: true }).get(SEQ_KEY) as string | undefined) ?? 0) + 1;
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(SEQ_KEY, String(next));
  return `${orgCode}-FZ-${String(next).padStart(5, '0')}`;
}

/** The audit sequence number the next appendAudit will write: what a cancelled record points to. */
export function nextAuditSeq(store: Store): number {
  return Number(statement(store.sqlite, 'SELECT coalesce(max(seq), 0) + 1 FROM audit_log', { pluck: true }).get());
}
