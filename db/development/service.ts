import { and, asc, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../api/errors';
import {
  developmentCreateInput,
  developmentUpdateInput,
  recordStepInput,
  type ApplicantDetail,
  type ApplicantFields,
  type ApplicantStage,
} from '../api/schemas/development';
import { appendAudit } from '../audit/chain';
import { compareDates, todayIso } from '../members/chinese-dates';
import { normaliseMember, type NormalisedMember } from '../members/validate';
import { getSelf } from '../organisation/service';
import { applicants, members, pipelineDocuments, pipelineSteps } from '../schema';
import type { Store } from '../store/store';
import { canonicalJson } from '../util/canonical-json';
import { insertRow } from '../util/fast-insert';
import { checkNewRecord, evaluate, remindersOf, type Reminder, type Violation } from './engine';
import {
  APPLICATION_STEP,
  applicantDetailOf,
  applicantRow,
  evaluateApplicant,
  nextApplicantCode,
  nextAuditSeq,
  toEngineRecord,
  toStepRecord,
  touchApplicant,
  type Evaluated,
} from './repository';
import { ruleSetFor } from './rule-book';
import { checkPeople, checkStepData } from './step-input';
import { assertPeriodsOpenFrom } from '../reports/locks';

export function invalid(issues: FieldIssue[], message = 'the development record has problems'): AppError {
  return new AppError('INVALID_INPUT', message, { issues });
}

export function issueOf(v: Omit<Violation, 'ref'>, path?: (string | number)[]): FieldIssue {
  return { path: path ?? v.path, code: v.code, message: v.message, params: v.params };
}

const strip = ({ ref: _ref, ...rest }: Violation) => rest;

/** The person's fields, checked the way a member record is (validate.ts), plus what 发展 needs. */
function normalisePerson(store: Store, fields: ApplicantFields, today: string, self: { code: string; memberCode: string | null } | null): NormalisedMember {
  const normalised = normaliseMember(fields, today);
  if (!normalised.ok) throw invalid(normalised.issues);
  const f = normalised.value;
  const issues: FieldIssue[] = [];
  // The age rule (细则第五条) needs the birth date; the ID number gives it.
  if (!f.birthDate) issues.push({ path: ['fields', 'birthDate'], code: 'REQUIRED', message: 'the birth date (or the ID number) is needed to check the age rule' });
  if (f.idNumber) {
    const other = store.orm.select().from(applicants).where(and(eq(applicants.idNumber, f.idNumber), ne(applicants.code, self?.code ?? ''))).get();
    if (other) issues.push({ path: ['fields', 'idNumber'], code: 'DUPLICATE_ID_NUMBER', message: 'another applicant has this ID number', params: { name: other.name, code: other.code } });
    const member = store.orm.select().from(members).where(eq(members.idNumber, f.idNumber)).get();
    if (member && member.code !== self?.memberCode) {
      issues.push({ path: ['fields', 'idNumber'], code: 'ALREADY_A_MEMBER', message: 'a member has this ID number', params: { name: member.name, code: member.code } });
    }
  }
  if (issues.length) throw invalid(issues);
  return f;
}

/** The person's columns as stored (also written directly by the demo generator's fast path). */
export function personColumns(f: NormalisedMember) {
  return {
    name: f.name,
    gender: f.gender,
    idNumber: f.idNumber,
    birthDate: f.birthDate,
    ethnicity: f.ethnicity ?? null,
    education: f.education ?? null,
    occupation: f.occupation ?? null,
    mobile: f.mobile ?? null,
    notes: f.notes ?? null,
  };
}

export interface StepWrite {
  step: string;
  date: string;
  people?: { memberCode?: string | undefined; name?: string | undefined }[] | undefined;
  data?: Record<string, unknown> | undefined;
  notes?: string | null | undefined;
}

/**
 * Checks and writes one step record inside the caller's transaction. Refuses (INVALID_INPUT)
 * on any hard rule it would newly break, naming the rule and article; returns the soft ones.
 * `datePath` lets a caller report the date under its own field name.
 */
export function insertStep(store: Store, ev: Evaluated, w: StepWrite, actor: string, today: string, opts: { viaConvert?: boolean; datePath?: (string | number)[] } = {}): { id: number; warnings: Violation[] } {
  // A new application date may select another rule set (ruleSetFor), so check against that one.
  const set = w.step === APPLICATION_STEP ? ruleSetFor(w.date).set : ev.set;
  const step = set.steps.byKey.get(w.step);
  if (!step) throw invalid([{ path: ['step'], code: 'UNKNOWN_STEP', message: `no step ${w.step}`, params: { step: w.step } }]);
  const datePath = opts.datePath ?? ['date'];
  // Pipeline counts at every later period end move with a step.
  assertPeriodsOpenFrom(store.sqlite, w.date);
  const issues: FieldIssue[] = [];
  if (compareDates(w.date, today) > 0) issues.push({ path: datePath, code: 'DATE_IN_FUTURE', message: 'the date is in the future' });
  if (step.key === 'conversion-meeting' && !opts.viaConvert) {
    issues.push({ path: ['step'], code: 'USE_CONVERT', message: 'the 转正 meeting is recorded with development.convert, which also records the member event' });
  }
  const existing = ev.live.filter((r) => r.step === step.key);
  const rounds = 1 + (ev.evaluation.probation?.extensions.length ?? 0);
  const limit = step.repeatable ? Infinity : step.round ? rounds : 1;
  if (existing.length >= limit) {
    issues.push({ path: ['step'], code: 'STEP_ALREADY_RECORDED', message: 'already recorded: cancel the earlier record to correct it', params: { step: step.key, recordId: existing.at(-1)!.id } });
  }
  issues.push(...checkStepData(step, w.data));
  const people = checkPeople(store, step, w.date, w.people);
  issues.push(...people.issues);
  const data = w.data && Object.keys(w.data).length ? w.data : null;
  const verdict = checkNewRecord({ birthDate: ev.row.birthDate, records: ev.live.map(toEngineRecord), rules: set }, { step: step.key, date: w.date, data });
  issues.push(...verdict.hard.map((v) => issueOf(v, v.path[0] === 'date' ? datePath : v.path)));
  if (issues.length) throw invalid(issues, `the ${step.name} record breaks the rules`);
  const id = insertRow(store.sqlite, pipelineSteps, {
    applicantCode: ev.row.code,
    step: step.key,
    date: w.date,
    people: people.people.length ? canonicalJson(people.people) : null,
    data: data ? canonicalJson(data) : null,
    notes: w.notes ?? null,
    cancelledBy: null,
    recordedAt: new Date().toISOString(),
    recordedBy: actor,
  });
  return { id, warnings: verdict.soft };
}

export function createApplicant(store: Store, raw: unknown, actor: string, today = todayIso()): ApplicantDetail {
  const input = developmentCreateInput.parse(raw);
  return store.transaction(() => {
    const f = normalisePerson(store, input.fields, today, null);
    const code = nextApplicantCode(store, getSelf(store).code);
    const now = new Date().toISOString();
    const set = ruleSetFor(input.applicationDate).set;
    insertRow(store.sqlite, applicants, { ...personColumns(f), code, stage: 'applicant', memberCode: null, ruleSet: set.version, version: 1, createdAt: now, updatedAt: now });
    insertStep(store, evaluateApplicant(store, code), { step: APPLICATION_STEP, date: input.applicationDate }, actor, today, { datePath: ['applicationDate'] });
    const created = applicantDetailOf(store, code);
    appendAudit(store.sqlite, actor, { op: 'development.create', entity: 'applicant', entityCode: code, after: { ...personColumns(f), code, applicationDate: input.applicationDate, ruleSet: set.version } });
    return created;
  });
}

/** An audited correction of the person's own fields; dates change only through the step records. */
export function updateApplicant(store: Store, raw: z.input<typeof developmentUpdateInput>, actor: string, today = todayIso()): ApplicantDetail {
  const input = developmentUpdateInput.parse(raw);
  return store.transaction(() => {
    const before = applicantRow(store, input.code);
    if (before.version !== input.version) throw new AppError('CONFLICT', 'the record was changed since it was opened', { params: { code: input.code } });
    const f = normalisePerson(store, input.fields, today, { code: before.code, memberCode: before.memberCode });
    const { live, set } = evaluateApplicant(store, input.code);
    // A corrected birth date must still pass the age rule at the application date.
    const records = live.map(toEngineRecord);
    const old = new Set(evaluate({ birthDate: before.birthDate, records, rules: set }).violations.map((v) => v.ref));
    const fresh = evaluate({ birthDate: f.birthDate, records, rules: set }).violations.filter((v) => v.severity === 'hard' && !old.has(v.ref));
    if (fresh.length) throw invalid(fresh.map((v) => issueOf(v, ['fields', 'birthDate'])));
    store.orm.update(applicants).set(personColumns(f)).where(eq(applicants.id, before.id)).run();
    touchApplicant(store, input.code);
    const after = applicantRow(store, input.code);
    appendAudit(store.sqlite, actor, { op: 'development.update', entity: 'applicant', entityCode: input.code, before: { ...before, reason: input.reason ?? null }, after });
    return applicantDetailOf(store, input.code);
  });
}

export function recordStep(store: Store, raw: z.input<typeof recordStepInput>, actor: string, today = todayIso()): ApplicantDetail & { warnings: Omit<Violation, 'ref'>[] } {
  const input = recordStepInput.parse(raw);
  return store.transaction(() => {
    const ev = evaluateApplicant(store, input.code);
    const { id, warnings } = insertStep(store, ev, input, actor, today);
    touchApplicant(store, input.code);
    const detail = applicantDetailOf(store, input.code);
    const record = detail.steps.find((s) => s.id === id);
    appendAudit(store.sqlite, actor, { op: 'development.recordStep', entity: 'applicant', entityCode: input.code, after: { record, warnings: warnings.map((w) => w.code) } });
    return { ...detail, warnings: warnings.map(strip) };
  });
}

/** Steps that created member records: correct the member record, not the step behind it. */
const MEMBER_LINKED_STEPS = new Set(['branch-meeting', 'approval', 'conversion-meeting']);

/** A mistaken record is cancelled, never erased: it stays, marked, and the audit row says why. */
export function cancelStep(store: Store, input: { id: number; reason: string }, actor: string): ApplicantDetail {
  return store.transaction(() => {
    const rec = store.orm.select().from(pipelineSteps).where(eq(pipelineSteps.id, input.id)).get();
    if (!rec) throw new AppError('NOT_FOUND', `no step record ${input.id}`, { params: { id: input.id } });
    if (rec.cancelledBy !== null) throw new AppError('CONFLICT', 'the record is already cancelled', { params: { id: input.id } });
    assertPeriodsOpenFrom(store.sqlite, rec.date);
    const row = applicantRow(store, rec.applicantCode);
    if (row.memberCode && MEMBER_LINKED_STEPS.has(rec.step)) {
      throw new AppError('CONFLICT', 'the member record was made from this step; correct the member record instead', { params: { id: input.id, step: rec.step, memberCode: row.memberCode } });
    }
    const { set } = evaluateApplicant(store, rec.applicantCode);
    store.orm.update(pipelineSteps).set({ cancelledBy: nextAuditSeq(store) }).where(eq(pipelineSteps.id, rec.id)).run();
    touchApplicant(store, rec.applicantCode);
    appendAudit(store.sqlite, actor, { op: 'development.cancelStep', entity: 'applicant', entityCode: rec.applicantCode, before: { record: toStepRecord(rec, set) }, after: { reason: input.reason } });
    return applicantDetailOf(store, rec.applicantCode);
  });
}

/** Ticks a paper off the checklist (receivedOn) or back on (null). */
export function setDocument(store: Store, input: { code: string; document: string; receivedOn: string | null; note?: string | null | undefined }, actor: string, today = todayIso()): ApplicantDetail {
  return store.transaction(() => {
    const { set } = evaluateApplicant(store, input.code);
    if (!set.steps.documentStep.has(input.document)) {
      throw invalid([{ path: ['document'], code: 'UNKNOWN_DOCUMENT', message: `no document ${input.document} in ${set.title}`, params: { document: input.document } }]);
    }
    if (input.receivedOn && compareDates(input.receivedOn, today) > 0) throw invalid([{ path: ['receivedOn'], code: 'DATE_IN_FUTURE', message: 'the date is in the future' }]);
    const where = and(eq(pipelineDocuments.applicantCode, input.code), eq(pipelineDocuments.document, input.document));
    const before = store.orm.select().from(pipelineDocuments).where(where).get() ?? null;
    const values = { receivedOn: input.receivedOn, note: input.note ?? before?.note ?? null };
    if (before) store.orm.update(pipelineDocuments).set(values).where(where).run();
    else insertRow(store.sqlite, pipelineDocuments, { applicantCode: input.code, document: input.document, ...values });
    touchApplicant(store, input.code);
    appendAudit(store.sqlite, actor, { op: 'development.setDocument', entity: 'applicant', entityCode: input.code, before, after: { document: input.document, ...values } });
    return applicantDetailOf(store, input.code);
  });
}

function allCodes(store: Store, stage?: ApplicantStage): string[] {
  const q = store.orm.select({ code: applicants.code }).from(applicants);
  return (stage ? q.where(eq(applicants.stage, stage)) : q).orderBy(asc(applicants.code)).all().map((r) => r.code);
}

export function listApplicants(store: Store, filter: { stage?: ApplicantStage | undefined }, today = todayIso()) {
  return allCodes(store, filter.stage).map((code) => {
    const { row, live, set, evaluation } = evaluateApplicant(store, code);
    const last = [...live].sort((a, b) => compareDates(a.date, b.date) || a.id - b.id).at(-1);
    const lastDef = last ? set.steps.byKey.get(last.step) : undefined;
    const nextDeadline = evaluation.deadlines[0] ?? null;
    return {
      code,
      name: row.name,
      gender: row.gender ?? '',
      stage: row.stage as ApplicantStage,
      memberCode: row.memberCode,
      applicationDate: live.find((r) => r.step === APPLICATION_STEP)?.date ?? null,
      lastStep: last && lastDef ? { step: last.step, number: lastDef.number, name: lastDef.name, date: last.date } : null,
      next: evaluation.next,
      nextDeadline,
      overdue: !!nextDeadline && compareDates(nextDeadline.due, today) < 0,
      violations: evaluation.violations.length,
    };
  });
}

/** Overdue and due within 30 days, across everyone in the pipeline, soonest first. */
export function developmentReminders(store: Store, today = todayIso()): (Reminder & { code: string; name: string; stage: ApplicantStage })[] {
  return allCodes(store)
    .flatMap((code) => {
      const { row, evaluation } = evaluateApplicant(store, code);
      return remindersOf(evaluation.deadlines, today).map((r) => ({ ...r, code, name: row.name, stage: row.stage as ApplicantStage }));
    })
    .sort((a, b) => compareDates(a.due, b.due) || a.code.localeCompare(b.code));
}
