import { addMonthsClamped, compareDates, formatChineseDate } from '../members/chinese-dates';
import { HOLIDAYS_CN, workingWindow, type HolidayCalendar, type WorkingWindow } from './calendar';
import { articlesShort, type Rule, type RuleOf, type RuleSet } from './rule-book';
import { stepNameShort, type StepDef } from './steps';

/** One recorded step as the engine sees it; id null is the record about to be written. */
export interface EngineRecord {
  id: number | null;
  step: string;
  date: string;
  data: Record<string, unknown> | null;
}

export interface EngineInput {
  /** null when neither the ID number nor a birth date is known. */
  birthDate: string | null;
  /** Uncancelled records only. */
  records: EngineRecord[];
  rules: RuleSet;
  calendar?: HolidayCalendar;
}

export type Severity = 'hard' | 'soft';

export interface Violation {
  rule: string;
  severity: Severity;
  /** A stable problem code the UI translates (TOO_EARLY, TOO_LATE, STEP_ORDER …). */
  code: string;
  step: string;
  stepNumber: number;
  /** The record the problem is attached to; null for the record being checked. */
  recordId: number | null;
  /** e.g. 细则第十三条. */
  articles: string;
  /** Plain Chinese, with the article and, where there is one, the earliest or latest date. */
  message: string;
  params: Record<string, string | number>;
  /** Where the input went wrong, for the FieldIssue path. */
  path: (string | number)[];
  /** Counted over a year the holiday calendar does not cover (暂算). */
  provisional: boolean;
  /** Identifies the problem across two evaluations (which records it concerns). */
  ref: string;
}

export interface Probation {
  /** 支部大会 date: the 预备期 starts here (DOMAIN.md §2.2). */
  start: string;
  /** One year on, before any extension. */
  baseEnd: string;
  /** With the extensions recorded so far. */
  end: string;
  extensions: { date: string; months: number }[];
  /** The final decision of a 转正 branch meeting, if one was taken. */
  outcome: 'full' | 'cancel' | null;
  outcomeDate: string | null;
}

/** What every check needs: the records by step, the step definitions and the derived periods. */
export class EngineContext {
  readonly byStep = new Map<string, EngineRecord[]>();
  readonly calendar: HolidayCalendar;
  readonly probation: Probation | null;
  readonly notice: (WorkingWindow & { start: string; preReviewDate: string }) | null;

  constructor(readonly input: EngineInput) {
    this.calendar = input.calendar ?? HOLIDAYS_CN;
    const sorted = [...input.records].sort((a, b) => compareDates(a.date, b.date) || seq(a) - seq(b));
    for (const r of sorted) {
      const list = this.byStep.get(r.step) ?? [];
      list.push(r);
      this.byStep.set(r.step, list);
    }
    this.probation = this.computeProbation();
    this.notice = this.computeNotice();
  }

  get rules(): Rule[] {
    return this.input.rules.rules;
  }

  rulesOf<K extends Rule['kind']>(kind: K): RuleOf<K>[] {
    return this.rules.filter((r): r is RuleOf<K> => r.kind === kind);
  }

  step(key: string): StepDef {
    const s = this.input.rules.steps.byKey.get(key);
    if (!s) throw new Error(`unknown step ${key}`);
    return s;
  }

  records(key: string): EngineRecord[] {
    return this.byStep.get(key) ?? [];
  }

  first(key: string): EngineRecord | undefined {
    return this.records(key)[0];
  }

  latest(key: string): EngineRecord | undefined {
    return this.records(key).at(-1);
  }

  /** The records of a repeatable step that are reviews (考察): a 思想汇报 is not one. */
  reviews(key: string): EngineRecord[] {
    return this.records(key).filter((r) => !isThoughtReport(r));
  }

  /** The highest step number recorded, repeatable steps aside. */
  highestRecorded(): number {
    let n = 0;
    for (const [key, list] of this.byStep) {
      const s = this.step(key);
      if (!s.repeatable && list.length) n = Math.max(n, s.number);
    }
    return n;
  }

  violation(rule: Rule, record: EngineRecord, code: string, message: string, extra: { params?: Record<string, string | number>; path?: (string | number)[]; provisional?: boolean; severity?: Severity; other?: string } = {}): Violation {
    const s = this.step(record.step);
    const articles = articlesShort(rule.articles);
    return {
      rule: rule.id,
      severity: extra.severity ?? rule.severity,
      code,
      step: s.key,
      stepNumber: s.number,
      recordId: record.id,
      articles,
      message,
      params: { rule: rule.id, article: articles, ...extra.params },
      path: extra.path ?? ['date'],
      provisional: extra.provisional ?? false,
      ref: `${rule.id}|${code}|${refOf(record)}|${extra.other ?? ''}`,
    };
  }

  private computeProbation(): Probation | null {
    const rule = this.rulesOf('probation')[0];
    if (!rule) return null;
    const meeting = this.first(rule.from);
    if (!meeting) return null;
    const baseEnd = addMonthsClamped(meeting.date, rule.params.months);
    let end = baseEnd;
    const extensions: Probation['extensions'] = [];
    let outcome: Probation['outcome'] = null;
    let outcomeDate: string | null = null;
    for (const r of this.records(rule.to)) {
      const o = outcomeOf(r);
      const months = r.data?.months;
      // The extension runs on from the end of the 预备期 it extends.
      if (o === 'extend' && typeof months === 'number' && Number.isInteger(months) && months > 0) {
        extensions.push({ date: r.date, months });
        end = addMonthsClamped(end, months);
      }
      if (o === 'full' || o === 'cancel') [outcome, outcomeDate] = [o, r.date];
    }
    return { start: meeting.date, baseEnd, end, extensions, outcome, outcomeDate };
  }

  private computeNotice(): EngineContext['notice'] {
    const rule = this.rulesOf('public-notice')[0];
    if (!rule) return null;
    const pre = this.latest(rule.from);
    if (!pre) return null;
    const start = typeof pre.data?.noticeFrom === 'string' ? pre.data.noticeFrom : pre.date;
    const days = typeof pre.data?.workingDays === 'number' ? pre.data.workingDays : rule.params.workingDays;
    return { ...workingWindow(start, days, this.calendar), start, preReviewDate: pre.date };
  }
}

function seq(r: EngineRecord): number {
  return r.id ?? Number.MAX_SAFE_INTEGER;
}

export function refOf(r: EngineRecord): string {
  return r.id === null ? `${r.step}:new` : `${r.step}:${r.id}`;
}

/**
 * A repeatable step (培养教育考察, 继续教育考察) holds two kinds of record: the 支部's review
 * (考察, the default) and the person's 思想汇报 (data.kind 'thought-report'). Only reviews
 * answer the half-yearly review rule; a stack of 思想汇报 must not hide an overdue 考察.
 */
export const THOUGHT_REPORT = 'thought-report';

export function isThoughtReport(r: EngineRecord): boolean {
  return r.data?.kind === THOUGHT_REPORT;
}

export function outcomeOf(r: EngineRecord): 'full' | 'extend' | 'cancel' | null {
  const o = r.data?.outcome;
  return o === 'full' || o === 'extend' || o === 'cancel' ? o : null;
}

export const zhDate = formatChineseDate;

export function nameOf(step: StepDef): string {
  return stepNameShort(step);
}
