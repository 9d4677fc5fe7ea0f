import { z } from 'zod';
import rulesFile from './rules/cadence.json' with { type: 'json' };
import { addDays, addMonthsClamped, compareDates } from '../members/chinese-dates';
import { MEETING_TYPES, type MeetingType } from './types';

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const ruleSchema = z.object({
  type: z.enum(MEETING_TYPES),
  period: z.enum(PERIODS),
  min: z.number().int().min(0),
  basis: z.string(),
  perGroup: z.boolean().optional(),
  local: z.boolean().optional(),
});
const rulesFileSchema = z.object({
  ruleSet: z.literal('meeting-cadence'),
  versions: z.array(z.object({ version: z.string(), effectiveFrom: z.string(), source: z.string(), rules: z.array(ruleSchema) })).min(1),
});
export type CadenceRule = z.infer<typeof ruleSchema>;

const RULES = rulesFileSchema.parse(rulesFile);

/**
 * The rule set in force on a date: the latest version whose effectiveFrom is not after it.
 * A revised rule is a new version in cadence.json, never an edit of the old one.
 */
export function cadenceRulesOn(date: string, overrides: Partial<Record<MeetingType, { period: Period; min: number }>> = {}) {
  const version = [...RULES.versions]
    .sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom))
    .filter((v) => compareDates(v.effectiveFrom, date) <= 0)
    .at(-1) ?? RULES.versions[0]!;
  const rules = version.rules.map((r) => {
    const o = overrides[r.type];
    // Only rules marked local (e.g. 党课) may be changed by the branch.
    return o && r.local ? { ...r, ...o } : r;
  });
  return { version: version.version, source: version.source, rules };
}

/** The calendar period containing a date: [first day, last day]. */
export function periodOf(date: string, period: Period): { start: string; end: string } {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const startMonth = period === 'month' ? m : period === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const start = `${y}-${String(startMonth).padStart(2, '0')}-01`;
  return { start, end: addDays(addMonthsClamped(start, months), -1) };
}

export function previousPeriod(date: string, period: Period): { start: string; end: string } {
  return periodOf(addDays(periodOf(date, period).start, -1), period);
}

export interface HeldCounter {
  /** How many meetings of the type fall in [start, end]; for per-group rules, how many groups met. */
  (type: MeetingType, start: string, end: string, perGroup: boolean): number;
}

export interface CadenceLine {
  type: MeetingType;
  period: Period;
  required: number;
  basis: string;
  local: boolean;
  current: { start: string; end: string; held: number; met: boolean };
  previous: { start: string; end: string; held: number; met: boolean };
  /** Periods of the year so far (including the current one) and how many of them met the rule. */
  yearToDate: { periods: number; met: number };
  /** The last day to meet the rule in the current period, or null when it is already met. */
  dueBy: string | null;
}

/**
 * Held against required for every kind of meeting, on a date: the current month, quarter or
 * year, the one before it (overdue when it fell short), and the year so far.
 */
export function cadence(
  date: string,
  count: HeldCounter,
  opts: { groups: number; overrides?: Partial<Record<MeetingType, { period: Period; min: number }>> },
): CadenceLine[] {
  const { rules } = cadenceRulesOn(date, opts.overrides);
  return rules
    .filter((r) => r.min > 0 && !(r.perGroup && opts.groups === 0))
    .map((r) => {
      const required = r.perGroup ? r.min * opts.groups : r.min;
      const held = (p: { start: string; end: string }) => count(r.type, p.start, p.end, !!r.perGroup);
      const cur = periodOf(date, r.period);
      const prev = previousPeriod(date, r.period);
      const curHeld = held(cur);
      const prevHeld = held(prev);
      let periods = 0;
      let met = 0;
      for (let p = periodOf(`${date.slice(0, 4)}-01-01`, r.period); compareDates(p.start, cur.start) <= 0; p = periodOf(addDays(p.end, 1), r.period)) {
        periods += 1;
        if (held(p) >= required) met += 1;
      }
      return {
        type: r.type,
        period: r.period,
        required,
        basis: r.basis,
        local: !!r.local,
        current: { ...cur, held: curHeld, met: curHeld >= required },
        previous: { ...prev, held: prevHeld, met: prevHeld >= required },
        yearToDate: { periods, met },
        dueBy: curHeld >= required ? null : cur.end,
      };
    });
}
