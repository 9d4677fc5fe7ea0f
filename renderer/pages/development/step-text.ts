import type { Translate } from '../../i18n/translate';
import { formatDate } from '../../lib/member-display';
import type { IssueField } from './dev-issues';
import { THOUGHT_REPORT, type StepDef } from './pipeline';

/**
 * How a step record's data reads on screen, and where a step form puts each backend issue.
 * The data keys are the ones the forms write (and db/development/step-input.ts checks).
 */
export const VOTE_KEYS = ['expected', 'present', 'yes', 'no', 'abstain'] as const;

/** Extra fields of a step's form beyond date, people and notes. */
export function extraFieldsOf(step: Pick<StepDef, 'key'>): 'training' | 'notice' | 'votes' | null {
  if (step.key === 'training') return 'training';
  if (step.key === 'pre-review') return 'notice';
  if (step.key === 'branch-meeting') return 'votes';
  return null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** 培训3天、24学时 · 公示自…起5个工作日 · 应到20人 · 延长预备期6个月: the record's data in words, part by part. */
export function recordDataParts(t: Translate, data: Readonly<Record<string, unknown>> | null): string[] {
  if (!data) return [];
  const parts: string[] = [];
  const days = num(data.days);
  const hours = num(data.hours);
  if (days !== null && hours !== null) parts.push(t('dev.data.trainingBoth', { days, hours }));
  else if (days !== null) parts.push(t('dev.data.trainingDays', { days }));
  else if (hours !== null) parts.push(t('dev.data.trainingHours', { hours }));
  const noticeDays = num(data.workingDays);
  if (typeof data.noticeFrom === 'string') {
    const from = formatDate(t, data.noticeFrom);
    parts.push(noticeDays !== null ? t('dev.data.notice', { from, days: noticeDays }) : t('dev.data.noticeFrom', { from }));
  } else if (noticeDays !== null) parts.push(t('dev.data.noticeDays', { days: noticeDays }));
  for (const k of VOTE_KEYS) {
    const n = num(data[k]);
    if (n !== null) parts.push(t(`dev.data.vote.${k}`, { n }));
  }
  if (data.outcome === 'full') parts.push(t('dev.outcome.full'));
  if (data.outcome === 'cancel') parts.push(t('dev.outcome.cancel'));
  if (data.outcome === 'extend') parts.push(t('dev.data.extended', { months: num(data.months) ?? 0 }));
  return parts;
}

export function recordKindLabel(t: Translate, data: Readonly<Record<string, unknown>> | null): string {
  return data?.kind === THOUGHT_REPORT ? t('dev.kind.thought-report') : t('dev.kind.review');
}

const DATA_FIELD_LABELS = {
  days: 'dev.field.days',
  hours: 'dev.field.hours',
  noticeFrom: 'dev.field.noticeFrom',
  workingDays: 'dev.field.workingDays',
  kind: 'dev.field.kind',
} as const;

/**
 * The form field for an issue of development.recordStep. `slotOf[i]` is the picker slot the
 * i-th person came from (-1: the typed names); a count problem goes under the first picker.
 */
export function recordIssueField(t: Translate, path: readonly (string | number)[], step: Pick<StepDef, 'people'>, slotOf: readonly number[]): IssueField | null {
  const [head, second] = path;
  if (head === 'date') return { name: ['date'], label: t('dev.field.date') };
  if (head === 'notes') return { name: ['notes'], label: t('dev.field.notes') };
  if (head === 'people' && step.people) {
    const label = step.people.label;
    const slot = typeof second === 'number' ? (slotOf[second] ?? 0) : 0;
    return slot < 0 ? { name: ['names'], label } : { name: ['members', slot], label };
  }
  if (head === 'data' && typeof second === 'string') {
    if (second in DATA_FIELD_LABELS) return { name: [second], label: t(DATA_FIELD_LABELS[second as keyof typeof DATA_FIELD_LABELS]) };
    if ((VOTE_KEYS as readonly string[]).includes(second)) return { name: [second], label: t(`dev.field.vote.${second as (typeof VOTE_KEYS)[number]}`) };
  }
  return null;
}
