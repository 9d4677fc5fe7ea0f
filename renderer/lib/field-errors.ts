import type { FieldIssue } from '../api/types';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';

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

/**
 * Turns the backend's INVALID_INPUT issues into messages under the right fields. The zod
 * messages are English and technical, so the message is rebuilt from what the user typed:
 * blank → "please fill in X", over length → "too long", otherwise the field's format hint.
 */
export function mapIssuesToFields(
  issues: readonly FieldIssue[],
  prefix: readonly (string | number)[],
  specs: readonly FieldSpec[],
  values: Readonly<Record<string, unknown>>,
  t: Translate,
): MappedIssues {
  const fields = new Map<string, string>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const matchesPrefix = prefix.every((p, i) => issue.path[i] === p);
    const name = issue.path[prefix.length];
    const spec = matchesPrefix ? specs.find((s) => s.name === name) : undefined;
    if (!spec) {
      unmatched.push(issue);
      continue;
    }
    if (fields.has(spec.name)) continue;
    const label = t(spec.labelKey);
    const raw = values[spec.name];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    let message: string;
    if (value === undefined || value === null || value === '') {
      message = t(spec.choice ? 'form.requiredChoice' : 'form.required', { label });
    } else if (spec.max !== undefined && typeof value === 'string' && [...value].length > spec.max) {
      message = t('form.tooLong', { label, max: spec.max });
    } else {
      message = t(spec.format === 'code' ? 'form.invalid.code' : 'form.invalid', { label });
    }
    fields.set(spec.name, message);
  }
  return { fields: [...fields].map(([name, message]) => ({ name, errors: [message] })), unmatched };
}
