import dayjs from 'dayjs';
import type { FieldIssue } from '../api/types';
import type { Params, Translate } from '../i18n/translate';
import { zhCN, type MessageKey } from '../i18n/zh-CN';
import { fieldForBackendLabel } from './member-fields';

export interface FieldSpec {
  name: string;
  labelKey: MessageKey;
  /** Chosen from a list rather than typed: "please choose" instead of "please fill in". */
  choice?: boolean;
  max?: number;
  format?: 'code';
}

export interface FieldError {
  name: string;
  errors: string[];
}

export interface MappedIssues {
  fields: FieldError[];
  /** Issues that name no field on this form: shown in the general error box instead. */
  unmatched: FieldIssue[];
}

/** One group of a form's fields and where the backend's issues for them start (e.g. ['fields']). */
export interface IssueTarget {
  prefix: readonly (string | number)[];
  specs: readonly FieldSpec[];
  /** Where those fields sit in the antd form, when not at its top level (e.g. ['addition']). */
  formPath?: readonly (string | number)[];
}

export interface TargetedFieldError {
  name: (string | number)[];
  errors: string[];
}

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Params as the user reads them: ISO dates in the language's date format, the gender code of
 * ID_MISMATCH as 男/女, and the backend's Chinese field label (DATE_ORDER) in the UI language.
 */
export function readableParams(t: Translate, params: Readonly<Record<string, string | number>>): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && ISO_DATE.test(value)) out[key] = dayjs(value).format(t('format.date'));
    else if (key === 'fromId' && (value === '1' || value === '2')) out[key] = t(`member.gender.${value}`);
    else if (key === 'earlier' && typeof value === 'string') {
      const field = fieldForBackendLabel(value);
      out[key] = field ? t(`member.field.${field}`) : value;
    } else out[key] = value;
  }
  return out;
}

/**
 * The sentence for a coded issue (ID_BAD_CHECKSUM, DATE_ORDER …): `issue.CODE.field` when the
 * wording depends on the field, else `issue.CODE`, with the params filled in. Null for an
 * issue without a code we know, so the caller can fall back to a plain "please fill in".
 */
export function describeIssue(
  t: Translate,
  issue: Pick<FieldIssue, 'code' | 'params'>,
  label: string,
  field?: string,
): string | null {
  if (!issue.code) return null;
  const specific = `issue.${issue.code}.${field ?? ''}`;
  const general = `issue.${issue.code}`;
  const key = isMessageKey(specific) ? specific : isMessageKey(general) ? general : null;
  if (!key) return null;
  return t(key, { ...readableParams(t, issue.params ?? {}), label });
}

function plainMessage(spec: FieldSpec, raw: unknown, t: Translate): string {
  const label = t(spec.labelKey);
  const value = typeof raw === 'string' ? raw.trim() : raw;
  if (value === undefined || value === null || value === '') {
    return t(spec.choice ? 'form.requiredChoice' : 'form.required', { label });
  }
  if (spec.max !== undefined && typeof value === 'string' && [...value].length > spec.max) {
    return t('form.tooLong', { label, max: spec.max });
  }
  return t(spec.format === 'code' ? 'form.invalid.code' : 'form.invalid', { label });
}

export function valueAt(values: unknown, path: readonly (string | number)[]): unknown {
  let v = values;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/**
 * Puts the backend's INVALID_INPUT issues under the right fields of a form made of several
 * groups. A coded issue gets its own sentence (with its dates and names); a plain schema
 * issue is worded from what the user typed: blank → "please fill in X", over length → "too
 * long", otherwise the field's format hint. One message per field: the first is the cause.
 */
export function mapIssuesToTargets(
  issues: readonly FieldIssue[],
  targets: readonly IssueTarget[],
  values: unknown,
  t: Translate,
): { fields: TargetedFieldError[]; unmatched: FieldIssue[] } {
  const fields = new Map<string, TargetedFieldError>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    let placed = false;
    for (const target of targets) {
      if (!target.prefix.every((p, i) => issue.path[i] === p)) continue;
      const name = issue.path[target.prefix.length];
      const spec = target.specs.find((s) => s.name === name);
      if (!spec) continue;
      placed = true;
      const path = [...(target.formPath ?? []), spec.name];
      const key = path.join('.');
      if (fields.has(key)) break;
      const message = describeIssue(t, issue, t(spec.labelKey), spec.name) ?? plainMessage(spec, valueAt(values, path), t);
      fields.set(key, { name: path, errors: [message] });
      break;
    }
    if (!placed) unmatched.push(issue);
  }
  return { fields: [...fields.values()], unmatched };
}

/** The single-group form of mapIssuesToTargets, with field names as plain strings. */
export function mapIssuesToFields(
  issues: readonly FieldIssue[],
  prefix: readonly (string | number)[],
  specs: readonly FieldSpec[],
  values: Readonly<Record<string, unknown>>,
  t: Translate,
): MappedIssues {
  const mapped = mapIssuesToTargets(issues, [{ prefix, specs }], values, t);
  return { fields: mapped.fields.map((f) => ({ name: String(f.name[0]), errors: f.errors })), unmatched: mapped.unmatched };
}
