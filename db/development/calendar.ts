import { z } from 'zod';
import calendarFile from './rules/holidays-cn.json' with { type: 'json' };
import { addDays, compareDates, isIsoDate } from '../members/chinese-dates';

/**
 * The national holiday and 调休 calendar as data (rules/holidays-cn.json): the 公示 period is
 * counted in working days, and which days those are is decided each year by the 国务院办公厅.
 * A year the file does not cover is counted by weekends alone and the result is marked
 * provisional (暂算), as DOMAIN.md §2.4's reference engine does.
 */
const isoDate = z.string().refine(isIsoDate, 'not a YYYY-MM-DD date');
const calendarSchema = z
  .object({
    calendar: z.literal('cn-public-holidays'),
    status: z.enum(['verified', 'unverified']),
    checkedAgainst: z.string().optional(),
    years: z.array(
      z
        .object({
          year: z.number().int().min(2000).max(2100),
          source: z.string(),
          holidays: z.array(z.object({ name: z.string(), from: isoDate, to: isoDate }).strict()),
          workdays: z.array(z.object({ date: isoDate, for: z.string() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export interface HolidayCalendar {
  status: 'verified' | 'unverified';
  years: ReadonlySet<number>;
  /** Date → holiday name, one entry per day off. */
  holidays: ReadonlyMap<string, string>;
  /** Weekend dates that are working days (调休上班). */
  workdays: ReadonlySet<string>;
}

/** 0 = Sunday … 6 = Saturday. UTC, so the machine's time zone cannot move the day. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysBetween(from: string, to: string): number {
  const utc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Validates a calendar file; a 调休 working day must fall on a weekend and not inside a holiday. */
export function loadHolidayCalendar(raw: unknown): HolidayCalendar {
  const file = calendarSchema.parse(raw);
  const holidays = new Map<string, string>();
  const workdays = new Set<string>();
  const problems: string[] = [];
  for (const y of file.years) {
    for (const h of y.holidays) {
      if (compareDates(h.from, h.to) > 0 || !h.from.startsWith(String(y.year))) problems.push(`${y.year} ${h.name}: bad range`);
      for (let d = h.from; compareDates(d, h.to) <= 0; d = addDays(d, 1)) holidays.set(d, h.name);
    }
    for (const w of y.workdays) {
      if (weekday(w.date) !== 0 && weekday(w.date) !== 6) problems.push(`${w.date} is not a weekend day`);
      workdays.add(w.date);
    }
  }
  for (const w of workdays) if (holidays.has(w)) problems.push(`${w} is both a holiday and a working day`);
  if (problems.length) throw new Error(`holiday calendar: ${problems.join('; ')}`);
  return { status: file.status, years: new Set(file.years.map((y) => y.year)), holidays, workdays };
}

export const HOLIDAYS_CN = loadHolidayCalendar(calendarFile);

export function isCovered(date: string, calendar: HolidayCalendar): boolean {
  return calendar.years.has(Number(date.slice(0, 4)));
}

export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

export interface WorkingWindow {
  /** The first working day on or after the start. */
  from: string;
  /** The last of the `days` working days. */
  to: string;
  days: number;
  /** True when any day counted lies in a year the calendar does not cover (暂算). */
  provisional: boolean;
}

/** `days` working days starting on `start` (or the first working day after it), both ends counted. */
export function workingWindow(start: string, days: number, calendar: HolidayCalendar = HOLIDAYS_CN): WorkingWindow {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('a working-day period needs at least one day');
  let provisional = false;
  let first: string | null = null;
  let counted = 0;
  let d = start;
  for (;;) {
    if (!isCovered(d, calendar)) provisional = true;
    if (isWorkingDay(d, calendar)) {
      first ??= d;
      counted += 1;
      if (counted === days) return { from: first, to: d, days, provisional };
    }
    d = addDays(d, 1);
  }
}
