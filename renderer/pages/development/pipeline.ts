import type { OpInput, OpOutput } from '../../api/types';
import { draftToFields, type MemberDraft, type MemberFieldName } from '../../lib/member-fields';

/**
 * The pure rules of the 发展党员 screens: which people go in which column, what a step row may
 * offer (record, cancel, 转正), and how a step form becomes the backend's people list. The
 * backend judges every date; this only decides what to offer, so nothing here repeats a rule.
 */
export type ApplicantRow = OpOutput<'development.list'>[number];
export type ApplicantDetail = OpOutput<'development.get'>;
export type ApplicantStage = ApplicantRow['stage'];
export type StepSetDoc = OpOutput<'development.steps'>;
export type StepDef = StepSetDoc['steps'][number];
export type StepRecord = ApplicantDetail['steps'][number];
export type Reminder = OpOutput<'development.reminders'>[number];
export type TimelineDoc = OpOutput<'development.timeline'>;
export type TimelineRow = TimelineDoc['rows'][number];

/** The four columns of the pipeline, in the order a person moves through them. */
export const PIPELINE_STAGES = ['applicant', 'activist', 'candidate', 'probationary'] as const satisfies readonly ApplicantStage[];
export const FINISHED_STAGES = ['full', 'cancelled'] as const satisfies readonly ApplicantStage[];

/** data.kind of a 思想汇报 on a repeatable step (db/development/engine-context.ts). */
export const THOUGHT_REPORT = 'thought-report';
export type RepeatKind = 'review' | typeof THOUGHT_REPORT;

/** Steps that made member records: the member record is corrected instead (db/development/service.ts). */
const MEMBER_LINKED_STEPS = new Set(['branch-meeting', 'approval', 'conversion-meeting']);
/** Recorded by the 转正 form, which also writes the member event. */
export const CONVERSION_MEETING = 'conversion-meeting';

/** Overdue first, then the nearest due date, then by name: who needs attention comes first. */
export function compareRows(a: ApplicantRow, b: ApplicantRow): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (r: ApplicantRow) => r.nextDeadline?.due ?? r.next?.due ?? '9999-12-31';
  return due(a).localeCompare(due(b)) || a.name.localeCompare(b.name, 'zh-CN');
}

/** The people of each column, and those whose 预备期 has been decided. */
export function groupByStage(rows: readonly ApplicantRow[]): { columns: Record<(typeof PIPELINE_STAGES)[number], ApplicantRow[]>; finished: ApplicantRow[] } {
  const columns = { applicant: [], activist: [], candidate: [], probationary: [] } as Record<(typeof PIPELINE_STAGES)[number], ApplicantRow[]>;
  const finished: ApplicantRow[] = [];
  for (const row of rows) {
    if ((PIPELINE_STAGES as readonly string[]).includes(row.stage)) columns[row.stage as (typeof PIPELINE_STAGES)[number]].push(row);
    else finished.push(row);
  }
  for (const list of Object.values(columns)) list.sort(compareRows);
  finished.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { columns, finished };
}

export function liveRecordsOf(detail: Pick<ApplicantDetail, 'steps'>, step: string): StepRecord[] {
  return detail.steps.filter((r) => r.step === step && !r.cancelled);
}

export function isThoughtReport(record: Pick<StepRecord, 'data'>): boolean {
  return record.data?.kind === THOUGHT_REPORT;
}

/** How many times the step may be recorded now: once, once per 转正 round, or without limit. */
export function canRecord(step: StepDef, detail: Pick<ApplicantDetail, 'steps' | 'probation' | 'stage'>): boolean {
  if (step.key === CONVERSION_MEETING) return false;
  if (detail.stage === 'cancelled') return false;
  if (step.repeatable) return true;
  const live = liveRecordsOf(detail, step.key).length;
  const rounds = step.round ? 1 + (detail.probation?.extensions.length ?? 0) : 1;
  return live < rounds;
}

/** A mistaken record may be cancelled, except one the roster was built from. */
export function canCancel(record: StepRecord, detail: Pick<ApplicantDetail, 'memberCode'>): boolean {
  return !record.cancelled && !(detail.memberCode && MEMBER_LINKED_STEPS.has(record.step));
}

/** 支部大会 and 上级党委审批 recorded, not yet on the roster: the 接收 button is offered. */
export function canAdmit(detail: Pick<ApplicantDetail, 'memberCode' | 'steps'>): boolean {
  return !detail.memberCode && liveRecordsOf(detail, 'branch-meeting').length > 0 && liveRecordsOf(detail, 'approval').length > 0;
}

/** A 预备党员 whose 预备期 is still open: the 转正 form is offered. */
export function canConvert(detail: Pick<ApplicantDetail, 'memberCode' | 'stage'>): boolean {
  return !!detail.memberCode && detail.stage === 'probationary';
}

/** Names typed in one box: 李书记、王组织员 (any of 、，,；; or spaces between). */
export function splitNames(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface PeopleDraft {
  /** One roster pick per slot; blank slots are skipped. */
  members?: readonly (string | null | undefined)[];
  /** Names of people not on this branch's roster (谈话人 from the 党委). */
  names?: string | null;
}

/**
 * The people list the backend takes, and for each entry the form slot it came from, so that
 * an issue at ['people', 1, 'memberCode'] lands under the right picker.
 */
export function peopleInput(draft: PeopleDraft): { people: ({ memberCode: string } | { name: string })[]; slotOf: number[] } {
  const people: ({ memberCode: string } | { name: string })[] = [];
  const slotOf: number[] = [];
  (draft.members ?? []).forEach((code, slot) => {
    if (!code) return;
    people.push({ memberCode: code });
    slotOf.push(slot);
  });
  for (const name of splitNames(draft.names)) {
    people.push({ name });
    slotOf.push(-1);
  }
  return { people, slotOf };
}

/** The date a 公示 starts on by default: the one recorded with the 预审, else the given day. */
export function defaultNoticeStart(detail: Pick<ApplicantDetail, 'notice'>, fallback: string): string {
  return detail.notice?.start ?? fallback;
}

/** Every rule of the rule set by id, for naming the rule behind a refusal. */
export function rulesById(rows: readonly TimelineRow[]): Map<string, TimelineRow['ruleList'][number]> {
  return new Map(rows.flatMap((r) => r.ruleList.map((rule) => [rule.id, rule] as const)));
}

/** The rules whose article number is marked 待核 (not checked against the official text). */
export function unverifiedRules(rows: readonly TimelineRow[]): TimelineRow['ruleList'][number][] {
  return [...rulesById(rows).values()].filter((r) => !r.verified);
}

export type ReminderCounts = { overdue: number; dueSoon: number };

export function countReminders(reminders: readonly Pick<Reminder, 'kind'>[]): ReminderCounts {
  return {
    overdue: reminders.filter((r) => r.kind === 'overdue').length,
    dueSoon: reminders.filter((r) => r.kind === 'due-soon').length,
  };
}

/** The person's own fields on the 入党申请人 form: the personal part of a member record. */
export const APPLICANT_FIELD_NAMES = ['name', 'idNumber', 'gender', 'birthDate', 'ethnicity', 'education', 'occupation', 'mobile', 'notes'] as const satisfies readonly MemberFieldName[];

export type ApplicantFieldsInput = OpInput<'development.create'>['fields'];

/** The member form's draft cut down to what the applicant contract takes (it is strict). */
export function applicantFieldsOf(draft: MemberDraft): ApplicantFieldsInput {
  const all = draftToFields(draft) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of APPLICANT_FIELD_NAMES) if (all[name] !== undefined) out[name] = all[name];
  return out as ApplicantFieldsInput;
}
