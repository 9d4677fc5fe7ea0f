import type { FieldIssue } from '../../api/types';
import type { MessageKey } from '../../i18n/zh-CN';
import type { Translate } from '../../i18n/translate';
import { describeIssue, valueAt } from '../../lib/field-errors';
import type { RowIndex, RowList } from './meeting-form';

/** Fields of the form that hold one value each, with their labels. */
const SCALARS = {
  date: 'meetings.field.date',
  startTime: 'meetings.field.startTime',
  endTime: 'meetings.field.endTime',
  place: 'meetings.field.place',
  chair: 'meetings.field.chair',
  recorder: 'meetings.field.recorder',
  groupCode: 'meetings.field.groupCode',
  lecturer: 'meetings.field.lecturer',
  lectureTitle: 'meetings.field.lectureTitle',
  topics: 'meetings.field.topics',
  content: 'meetings.field.content',
  attendance: 'meetings.section.attendance',
  reason: 'meetings.amend.reason',
} as const satisfies Record<string, MessageKey>;

/** The fields inside each row of a list. */
const ROW_FIELDS = {
  agenda: { title: 'meetings.agenda.title', notes: 'meetings.agenda.notes' },
  speeches: { speaker: 'meetings.speech.speaker', summary: 'meetings.speech.summary' },
  resolutions: { title: 'meetings.resolution.title', text: 'meetings.resolution.text', vote: 'meetings.resolution.vote' },
  followUps: { task: 'meetings.followUp.task', owner: 'meetings.followUp.owner', deadline: 'meetings.followUp.deadline' },
} as const satisfies Record<Exclude<RowList, 'attendance'>, Record<string, MessageKey>>;

export interface PlacedIssue {
  name: (string | number)[];
  labelKey: MessageKey;
}

const has = <T extends object>(o: T, k: PropertyKey): k is keyof T => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Where in the form a backend issue belongs. Paths come as the backend found them: under
 * `meeting` (schema problems of create/update) or bare (the record checks), with row numbers
 * of the rows that were sent, which `rows` turns back into the form's own rows. The whole
 * attendance table is one field. Null when the issue names nothing on the form.
 */
export function placeIssue(issue: Pick<FieldIssue, 'path' | 'code'>, rows: RowIndex): PlacedIssue | null {
  // The year is part of the record number: moving a saved record to another year is refused on its date.
  if (issue.code === 'TYPE_OR_YEAR_FIXED') return { name: ['date'], labelKey: SCALARS.date };
  const path = issue.path[0] === 'meeting' ? issue.path.slice(1) : issue.path;
  const [head, index, field] = path;
  if (head === 'attendance') return { name: ['attendance'], labelKey: SCALARS.attendance };
  if (typeof head === 'string' && has(ROW_FIELDS, head) && typeof index === 'number') {
    const specs: Record<string, MessageKey> = ROW_FIELDS[head];
    const row = rows[head][index] ?? index;
    const labelKey = typeof field === 'string' ? specs[field] : undefined;
    return labelKey ? { name: [head, row, field as string], labelKey } : null;
  }
  if (typeof head === 'string' && has(SCALARS, head)) return { name: [head], labelKey: SCALARS[head] };
  return null;
}

/**
 * The backend's issues as messages under the form's fields (one per field, the first is the
 * cause), and the ones that name no field, for the list at the top of the form.
 */
export function placeIssues(
  issues: readonly FieldIssue[],
  rows: RowIndex,
  values: unknown,
  t: Translate,
): { fields: { name: (string | number)[]; errors: string[] }[]; unmatched: FieldIssue[] } {
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const placed = placeIssue(issue, rows);
    if (!placed) {
      unmatched.push(issue);
      continue;
    }
    const key = placed.name.join('.');
    if (fields.has(key)) continue;
    const label = t(placed.labelKey);
    const field = String(placed.name.at(-1));
    const value = valueAt(values, placed.name);
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    const message = describeIssue(t, issue, label, field) ?? t(empty ? 'form.required' : 'form.invalid', { label });
    fields.set(key, { name: placed.name, errors: [message] });
  }
  return { fields: [...fields.values()], unmatched };
}
