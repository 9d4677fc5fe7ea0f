/**
 * Period locks. Once a period's report is submitted, the records it was computed from must not
 * change silently: the level above holds those figures. A change dated inside a submitted
 * period is refused with CONFLICT { period, date } until the period is unlocked with a reason
 * (reports.unlock), and the next submission becomes a corrected version.
 *
 * Two checks, because changes reach the figures in two ways:
 * - assertPeriodOpen(db, date): the change counts only on its own date (a meeting, a payment,
 *   a 党课): it is refused when that date lies inside a submitted period.
 * - assertPeriodsOpenFrom(db, date): the change carries forward (a membership event moves the
 *   roster of every later period end; a dues profile sets every later month's due): it is
 *   refused when any submitted period ends on or after that date.
 * Both run inside the caller's transaction, before it writes; they only read.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../api/errors';
import { statement } from '../util/statements';

function refuse(period: string, date: string): never {
  throw new AppError('CONFLICT', `${date} falls in the submitted report period ${period}; unlock it first`, { params: { period, date } });
}

export function assertPeriodOpen(db: Database.Database, date: string): void {
  const period = statement(
    db,
    `SELECT period FROM report_periods WHERE status = 'submitted' AND start_date <= ? AND end_date >= ? ORDER BY start_date, end_date LIMIT 1`,
    { pluck: true },
  ).get(date, date) as string | undefined;
  if (period !== undefined) refuse(period, date);
}

export function assertPeriodsOpenFrom(db: Database.Database, date: string): void {
  const period = statement(db, `SELECT period FROM report_periods WHERE status = 'submitted' AND end_date >= ? ORDER BY start_date, end_date LIMIT 1`, {
    pluck: true,
  }).get(date) as string | undefined;
  if (period !== undefined) refuse(period, date);
}
