/**
 * Pure logic of the 统计报表 screens: where a period stands in words, who behind a figure can
 * be opened as a member, how a figure reads, and why a submission was refused. DOM-free, so
 * report-logic.test.ts covers it without a browser.
 */
import type { UiError } from '../../api/types';
import type { Figure, PeriodInfo } from './report-types';

export type PeriodState = 'future' | 'current' | 'due' | 'overdue' | 'submitted' | 'corrected' | 'unlocked';

/**
 * The state shown in the periods list. The backend's 'submitted' splits in two: a period whose
 * latest version is a correction reads 已更正, so the secretary sees at a glance it was reopened.
 */
export function periodState(p: Pick<PeriodInfo, 'status' | 'versions'>): PeriodState {
  if (p.status === 'submitted') return p.versions > 1 ? 'corrected' : 'submitted';
  return p.status;
}

export const STATE_COLOURS: Record<PeriodState, string> = {
  future: 'default',
  current: 'blue',
  due: 'orange',
  overdue: 'red',
  submitted: 'green',
  corrected: 'cyan',
  unlocked: 'gold',
};

/** Whole days from `today` to `deadline` (negative once it has passed); ISO dates, no time zone games. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A period that may still be submitted (or resubmitted after an unlock). */
export function canSubmit(p: Pick<PeriodInfo, 'status'>): boolean {
  return p.status !== 'submitted';
}

/**
 * Figures list members by their 党员编码 (ORG-00001), but also meetings, applicants and time
 * spans: only a member's code opens the member's record.
 */
export function isMemberCode(code: string, orgCode: string): boolean {
  return code.startsWith(`${orgCode}-`) && /^\d{5}$/.test(code.slice(orgCode.length + 1));
}

export interface FigureAmount {
  /** The number as the report prints it. */
  text: string;
  unit: 'count' | 'yuan' | 'minutes';
}

/** A figure's value for the drill-down heading: money in 元 with 分, time in minutes (and hours). */
export function figureAmount(f: Pick<Figure, 'value' | 'unit'>): FigureAmount {
  if (f.unit === 'fen') {
    const abs = Math.abs(f.value);
    return { text: `${f.value < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`, unit: 'yuan' };
  }
  if (f.unit === 'minutes') return { text: String(f.value), unit: 'minutes' };
  return { text: String(f.value), unit: 'count' };
}

/** Why reports.submit said no, in the terms the screen explains it; null for any other failure. */
export type SubmitRefusal =
  | { kind: 'not-ready'; errors: number; unexplained: number; lines: string[] }
  | { kind: 'not-ended'; end: string }
  | { kind: 'already-submitted' };

export function submitRefusal(error: Pick<UiError, 'code' | 'params' | 'issues'>): SubmitRefusal | null {
  if (error.code !== 'CONFLICT') return null;
  const p = error.params ?? {};
  if ('errors' in p || 'unexplained' in p) {
    return { kind: 'not-ready', errors: Number(p.errors ?? 0), unexplained: Number(p.unexplained ?? 0), lines: (error.issues ?? []).map((i) => i.message) };
  }
  if (typeof p.end === 'string') return { kind: 'not-ended', end: p.end };
  if (typeof p.period === 'string' && !('date' in p)) return { kind: 'already-submitted' };
  return null;
}

/**
 * Which of three sentences says what still stands in the way ("0 errors" reads as a fault in
 * itself): errors and unexplained notes, errors only, or notes only.
 */
export function blockers(errors: number, unexplained: number): 'both' | 'errors' | 'unexplained' {
  if (errors > 0 && unexplained > 0) return 'both';
  return errors > 0 ? 'errors' : 'unexplained';
}

/** The validation rules the screen has a title and advice for (reports/validation.ts, unusual.ts). */
export const KNOWN_RULES = [
  'TOTAL_PARTS',
  'BREAKDOWN_SUM',
  'RECONCILE',
  'DUPLICATE_ID',
  'TEMPLATE_FIGURE_MISSING',
  'MEMBERS_DROP',
  'AGE_OVER_100',
  'AGE_UNDER_18',
  'FIELD_MISSING',
  'IMPORTED',
  'POSSIBLE_DUPLICATE',
  'MEETINGS_NONE',
  'MEETINGS_SHORT',
  'MEETINGS_DRAFT',
  'LECTURE_NO_TIMES',
  'DUES_NO_PROFILE',
  'NO_APPRAISAL',
  'APPRAISAL_PENDING',
] as const;
export type KnownRule = (typeof KNOWN_RULES)[number];

export function knownRule(rule: string): KnownRule | null {
  return (KNOWN_RULES as readonly string[]).includes(rule) ? (rule as KnownRule) : null;
}
