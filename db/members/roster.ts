import type Database from 'better-sqlite3';
import { IN_KINDS, REMOVAL_KINDS } from './event-kinds';
import { addMonthsClamped, compareDates } from './chinese-dates';

export interface RosterEntry {
  code: string;
  name: string;
  memberType: 'probationary' | 'full';
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The roster as it stood at the end of `date`, computed from events, never from today's
 * columns: a person is on it when their last in/out event on or before that day was an
 * "in" event; they are a full member on it when their 转正 date is on or before that day.
 */
export function rosterAt(db: Database.Database, date: string): RosterEntry[] {
  const membershipKinds = [...IN_KINDS, ...REMOVAL_KINDS];
  return db
    .prepare(
      `WITH ranked AS (
         SELECT member_code, kind,
                row_number() OVER (PARTITION BY member_code ORDER BY date DESC, id DESC) AS rn
           FROM member_events
          WHERE cancelled_by IS NULL AND date <= ? AND kind IN (${placeholders(membershipKinds.length)})
       )
       SELECT m.code, m.name,
              CASE WHEN m.full_date IS NOT NULL AND m.full_date <= ? THEN 'full' ELSE 'probationary' END AS memberType
         FROM ranked r JOIN members m ON m.code = r.member_code
        WHERE r.rn = 1 AND r.kind IN (${placeholders(IN_KINDS.length)})
        ORDER BY m.code`,
    )
    .all(date, ...membershipKinds, date, ...IN_KINDS) as RosterEntry[];
}

/**
 * 党龄 in full years and months on a date: from the 转正 date, plus the correction value
 * (党龄校正值, in months, positive or negative) the organisation department has set.
 * null for a probationary member, who has no 党龄 yet.
 */
export function partyAge(fullDate: string | null, adjustMonths: number, on: string): { years: number; months: number } | null {
  if (!fullDate || compareDates(fullDate, on) > 0) return null;
  // Start one month short of the calendar difference, then step with the same clamped
  // arithmetic the rest of the app uses (a 31 January date completes a month on 29 February).
  const [y1, m1] = fullDate.split('-').map(Number) as [number, number];
  const [y2, m2] = on.split('-').map(Number) as [number, number];
  let months = Math.max(0, (y2 - y1) * 12 + (m2 - m1) - 1);
  while (compareDates(addMonthsClamped(fullDate, months + 1), on) <= 0) months += 1;
  const total = Math.max(0, months + adjustMonths);
  return { years: Math.floor(total / 12), months: total % 12 };
}
