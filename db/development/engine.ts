import { addDays, compareDates } from '../members/chinese-dates';
import { daysBetween } from './calendar';
import { violationsOf } from './checks';
import { EngineContext, type EngineInput, type EngineRecord, type Probation, type Violation } from './engine-context';
import { deadlinesOf, missingOf, nextOf, type Deadline, type NextStep } from './timing';

/**
 * The 发展党员 reminder engine (DOMAIN.md §2.4), pure: recorded step dates and a rule set in,
 * what went wrong, what is next and what is due out. The database, the clock and the roster
 * stay outside; the service passes them in.
 */
export type { EngineInput, EngineRecord, Violation, Probation, Deadline, NextStep };

export interface Evaluation {
  violations: Violation[];
  /** Open obligations with their last day, soonest first. */
  deadlines: Deadline[];
  next: NextStep | null;
  /** Steps skipped: not recorded although a later step is. */
  missing: string[];
  probation: Probation | null;
  /** The 公示 window of the pre-review record, counted in working days. */
  notice: { start: string; from: string; to: string; days: number; provisional: boolean } | null;
}

export function evaluate(input: EngineInput): Evaluation {
  const ctx = new EngineContext(input);
  const deadlines = deadlinesOf(ctx);
  const n = ctx.notice;
  return {
    violations: violationsOf(ctx),
    deadlines,
    next: nextOf(ctx, deadlines),
    missing: missingOf(ctx),
    probation: ctx.probation,
    notice: n ? { start: n.start, from: n.from, to: n.to, days: n.days, provisional: n.provisional } : null,
  };
}

/**
 * What writing one more record would newly break. Hard problems refuse the record; soft ones
 * are warnings returned with it. Problems that were already there are not blamed on it.
 */
export function checkNewRecord(input: EngineInput, record: Omit<EngineRecord, 'id'>): { hard: Violation[]; soft: Violation[] } {
  const before = new Set(violationsOf(new EngineContext(input)).map((v) => v.ref));
  const after = violationsOf(new EngineContext({ ...input, records: [...input.records, { ...record, id: null }] }));
  const fresh = after.filter((v) => !before.has(v.ref));
  return { hard: fresh.filter((v) => v.severity === 'hard'), soft: fresh.filter((v) => v.severity === 'soft') };
}

export interface Reminder extends Deadline {
  kind: 'overdue' | 'due-soon';
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
}

export const REMINDER_WINDOW_DAYS = 30;

/** Deadlines already past, or falling within the window from today. */
export function remindersOf(deadlines: Deadline[], today: string, windowDays = REMINDER_WINDOW_DAYS): Reminder[] {
  const horizon = addDays(today, windowDays);
  return deadlines
    .filter((d) => compareDates(d.due, horizon) <= 0)
    .map((d) => ({ ...d, kind: compareDates(d.due, today) < 0 ? ('overdue' as const) : ('due-soon' as const), daysLeft: daysBetween(today, d.due) }));
}
