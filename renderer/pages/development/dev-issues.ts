import type { FormInstance } from 'antd';
import type { FieldIssue } from '../../api/types';
import type { Params, Translate } from '../../i18n/translate';
import { zhCN, type MessageKey } from '../../i18n/zh-CN';
import { describeIssue, readableParams } from '../../lib/field-errors';

/**
 * Words for the issues of the 发展党员 forms. A broken time rule comes from the backend coded
 * (TOO_EARLY, NOTICE_NOT_OVER …) with the rule's id, its article and the earliest or latest
 * day; the sentence is built here from those, in the UI's language, and under it the rule
 * itself as the rule set states it (its summary and article).
 */
export interface RuleInfo {
  summary: string;
  articles: string;
}

export interface IssueContext {
  /** Every rule of the person's rule set by id (from the timeline). */
  rules?: ReadonlyMap<string, RuleInfo>;
  /** Step key → name, for issues that name another step (STEP_ORDER, PREREQUISITE_MISSING). */
  stepNames?: ReadonlyMap<string, string>;
}

export interface IssueField {
  /** The antd form name the message goes under. */
  name: (string | number)[];
  label: string;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

/** The params as read (dates in words), plus step names for step keys and a people count in words. */
function wordParams(t: Translate, params: Readonly<Record<string, string | number>>, ctx: IssueContext): Params {
  const out: Params = readableParams(t, params);
  const stepName = (key: string) => {
    const v = params[key];
    return typeof v === 'string' ? (ctx.stepNames?.get(v) ?? v) : '';
  };
  out.stepName = stepName('step');
  out.needsName = stepName('needs');
  out.earlierName = stepName('earlier');
  if (typeof params.min === 'number' && typeof params.max === 'number') {
    out.range = params.min === params.max ? t('dev.people.exactly', { n: params.min }) : t('dev.people.range', { min: params.min, max: params.max });
  }
  return out;
}

/** The lines to show for one issue: what is wrong, then (for a rule) which rule it is. */
export function devIssueLines(t: Translate, issue: FieldIssue, label: string, ctx: IssueContext = {}, blank = false): string[] {
  const params = issue.params ?? {};
  const field = issue.path.at(-1);
  const specific = `dev.issue.${issue.code ?? ''}.${typeof field === 'string' ? field : ''}`;
  const general = `dev.issue.${issue.code ?? ''}`;
  const key = isMessageKey(specific) ? specific : isMessageKey(general) ? general : null;
  let first: string;
  if (issue.code && key) first = t(key, { ...wordParams(t, params, ctx), label });
  else if (!issue.code) first = t(blank ? 'form.required' : 'form.invalid', { label });
  else first = describeIssue(t, issue, label, typeof field === 'string' ? field : undefined) ?? t('issue.other');
  const rule = typeof params.rule === 'string' ? ctx.rules?.get(params.rule) : undefined;
  return rule ? [first, t('dev.issue.rule', { summary: rule.summary, articles: rule.articles })] : [first];
}

export interface PlacedIssues {
  fields: { name: (string | number)[]; errors: string[] }[];
  /** Lines for issues that belong to no field on the form (shown in a box above it). */
  unmatched: string[];
}

/**
 * Puts each issue under its field (first issue per field wins: it is the cause); the rest are
 * listed. `fieldOf` maps the backend's issue path to a form field; `isBlank` tells a missing
 * value from a malformed one for issues without a code (the schema's own).
 */
export function placeIssues(
  t: Translate,
  issues: readonly FieldIssue[],
  fieldOf: (path: readonly (string | number)[]) => IssueField | null,
  options: IssueContext & { isBlank?: (name: (string | number)[]) => boolean } = {},
): PlacedIssues {
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: string[] = [];
  for (const issue of issues) {
    const target = fieldOf(issue.path);
    const lines = devIssueLines(t, issue, target?.label ?? '', options, target ? (options.isBlank?.(target.name) ?? false) : false);
    if (!target) {
      for (const line of lines) if (!unmatched.includes(line)) unmatched.push(line);
      continue;
    }
    const key = target.name.join('.');
    if (!fields.has(key)) fields.set(key, { name: target.name, errors: lines });
  }
  return { fields: [...fields.values()], unmatched };
}

/** placeIssues onto an antd form: the messages go under the fields, the leftover lines are returned. */
export function showIssuesOnForm(
  form: FormInstance,
  t: Translate,
  issues: readonly FieldIssue[],
  fieldOf: (path: readonly (string | number)[]) => IssueField | null,
  ctx: IssueContext = {},
): string[] {
  const placed = placeIssues(t, issues, fieldOf, { ...ctx, isBlank: (name) => !form.getFieldValue(name) });
  form.setFields(placed.fields);
  return placed.unmatched;
}

/** A problem the rules see in what is already recorded (a soft rule's warning, say), with its step. */
export function violationLine(t: Translate, v: { code: string; params: Record<string, string | number>; stepNumber: number; step: string; path?: (string | number)[] }, ctx: IssueContext = {}): string {
  const text = devIssueLines(t, { path: v.path ?? [], code: v.code, message: '', params: v.params }, typeof v.params.label === 'string' ? v.params.label : '', ctx)[0]!;
  const rule = typeof v.params.rule === 'string' ? ctx.rules?.get(v.params.rule) : undefined;
  return t('dev.violation.line', { number: v.stepNumber, step: ctx.stepNames?.get(v.step) ?? v.step, text, rule: rule ? t('dev.rule.line', { summary: rule.summary, articles: rule.articles }) : '' });
}

/** A deadline or reminder in words: the step, its last day (or the day it opens) and the article. */
export function deadlineLine(t: Translate, d: { stepNumber: number; stepName: string; due: string; earliest: string | null; articles: string }, formatDate: (iso: string) => string): string {
  const params = { number: d.stepNumber, step: d.stepName, due: formatDate(d.due), articles: d.articles };
  return d.earliest ? t('dev.deadline.opens', params) : t('dev.deadline.due', params);
}
