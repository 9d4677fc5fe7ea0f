/**
 * The quarterly report's headline figures as one hand-written SQL statement over the same
 * rows (issue 8's baseline): the roster at the period's end with its breakdown by sex, the
 * period's changes, the pipeline as of the end, the finalised meetings by type and the dues
 * of the period's months. It answers the same questions the report's providers answer in
 * TypeScript; the bench checks the answers agree, so the ratio compares like with like.
 */
import type Database from 'better-sqlite3';
import { IN_KINDS, REMOVAL_KINDS } from '../../../db/members/event-kinds';
import { MEETING_TYPES } from '../../../db/meetings/types';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
const IN = list(IN_KINDS);
const OUT = list(REMOVAL_KINDS);

/** 党费 of one (member, month) under the 2008 rules: the brackets and fixed amounts of rules/dues-2008.json. */
const DUE = `CASE p.reduction WHEN 'exempt' THEN 0 WHEN 'reduced' THEN p.fixed_fen ELSE CASE p.category
    WHEN 'retired' THEN (p.base_fen * (CASE WHEN p.base_fen <= 500000 THEN 50 ELSE 100 END) + 5000) / 10000
    WHEN 'farmer' THEN p.fixed_fen
    WHEN 'mobile-no-income' THEN 50
    WHEN 'employed' THEN (p.base_fen * (CASE WHEN p.base_fen <= 300000 THEN 50 WHEN p.base_fen <= 500000 THEN 100 WHEN p.base_fen <= 1000000 THEN 150 ELSE 200 END) + 5000) / 10000
    WHEN 'annual-salary' THEN (p.base_fen * (CASE WHEN p.base_fen <= 300000 THEN 50 WHEN p.base_fen <= 500000 THEN 100 WHEN p.base_fen <= 1000000 THEN 150 ELSE 200 END) + 5000) / 10000
    WHEN 'self-employed' THEN (p.base_fen * (CASE WHEN p.base_fen <= 300000 THEN 50 WHEN p.base_fen <= 500000 THEN 100 WHEN p.base_fen <= 1000000 THEN 150 ELSE 200 END) + 5000) / 10000
    ELSE 20 END END`;

export const REPORT_SQL = `
WITH
inout AS (
  SELECT member_code, kind, row_number() OVER (PARTITION BY member_code ORDER BY date DESC, id DESC) AS rn
    FROM member_events WHERE cancelled_by IS NULL AND date <= @end AND kind IN (${IN}, ${OUT})
),
roster AS MATERIALIZED (
  SELECT m.code, m.gender, (m.full_date IS NOT NULL AND m.full_date <= @end) AS is_full
    FROM inout r JOIN members m ON m.code = r.member_code WHERE r.rn = 1 AND r.kind IN (${IN})
),
changes AS MATERIALIZED (
  SELECT kind, detail FROM member_events WHERE cancelled_by IS NULL AND date >= @start AND date <= @end
),
furthest AS MATERIALIZED (
  SELECT max(CASE step WHEN 'application' THEN 0 WHEN 'activist' THEN 1 WHEN 'candidate' THEN 2 ELSE 3 END) AS rank
    FROM pipeline_steps WHERE cancelled_by IS NULL AND date <= @end AND step IN ('application', 'activist', 'candidate', 'branch-meeting')
   GROUP BY applicant_code
),
held AS MATERIALIZED (SELECT type FROM meetings WHERE status = 'final' AND date >= @start AND date <= @end),
months(m) AS (SELECT @fromMonth UNION ALL SELECT strftime('%Y-%m', m || '-01', '+1 month') FROM months WHERE m < @toMonth),
windows AS MATERIALIZED (
  SELECT e.member_code,
         max(coalesce(substr(mm.join_date, 1, 7), ''), min(CASE WHEN e.kind = 'import' THEN coalesce(substr(mm.join_date, 1, 7), substr(e.date, 1, 7)) WHEN e.kind IN (${IN}) THEN substr(e.date, 1, 7) END)) AS from_m,
         max(CASE WHEN e.kind IN (${OUT}) THEN substr(e.date, 1, 7) END) AS to_m,
         (SELECT l.dues_paid_to FROM transfer_letters l WHERE l.member_code = e.member_code AND l.direction = 'in' AND l.status != 'cancelled' ORDER BY l.issued_on DESC, l.id DESC LIMIT 1) AS elsewhere
    FROM member_events e JOIN members mm ON mm.code = e.member_code
   WHERE e.cancelled_by IS NULL GROUP BY e.member_code
),
owed AS MATERIALIZED (
  SELECT w.member_code, mo.m,
         CASE WHEN w.elsewhere IS NOT NULL AND mo.m <= w.elsewhere THEN 0 ELSE (
           SELECT ${DUE} FROM dues_profiles p WHERE p.member_code = w.member_code AND p.cancelled_by IS NULL AND p.from_month <= mo.m
            ORDER BY p.from_month DESC, p.id DESC LIMIT 1) END AS due
    FROM windows w JOIN months mo ON mo.m >= w.from_m AND (w.to_m IS NULL OR mo.m <= w.to_m)
),
-- Payments made by the end that cover a month of the period, month by month over their whole
-- span, each month taking up to its due in month order (as the ledger fills them).
span(id, member_code, m, to_month, amount_fen) AS (
  SELECT id, member_code, from_month, to_month, amount_fen FROM dues_payments
   WHERE cancelled_by IS NULL AND kind != 'voluntary' AND paid_on <= @end AND from_month <= @toMonth AND to_month >= @fromMonth
  UNION ALL SELECT id, member_code, strftime('%Y-%m', m || '-01', '+1 month'), to_month, amount_fen FROM span WHERE m < to_month
),
span_due AS (
  SELECT s.id, s.member_code, s.m, s.amount_fen,
         CASE WHEN w.member_code IS NULL OR s.m < w.from_m OR (w.to_m IS NOT NULL AND s.m > w.to_m) THEN 0
              WHEN w.elsewhere IS NOT NULL AND s.m <= w.elsewhere THEN 0
              ELSE coalesce((SELECT ${DUE} FROM dues_profiles p WHERE p.member_code = s.member_code AND p.cancelled_by IS NULL AND p.from_month <= s.m
                              ORDER BY p.from_month DESC, p.id DESC LIMIT 1), 0) END AS due
    FROM span s LEFT JOIN windows w ON w.member_code = s.member_code
),
paid AS (
  SELECT m, max(0, min(due, amount_fen - coalesce(sum(due) OVER (PARTITION BY id ORDER BY m ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS paid
    FROM span_due
)
SELECT
  (SELECT count(*) FROM roster) AS "members.total",
  (SELECT coalesce(sum(is_full), 0) FROM roster) AS "members.full",
  (SELECT coalesce(sum(NOT is_full), 0) FROM roster) AS "members.probationary",
  (SELECT coalesce(sum(gender = '1'), 0) FROM roster) AS "members.byGender.1",
  (SELECT coalesce(sum(gender = '2'), 0) FROM roster) AS "members.byGender.2",
  (SELECT coalesce(sum(kind = 'develop'), 0) FROM changes) AS "changes.additions.develop",
  (SELECT coalesce(sum(kind = 'transfer-in'), 0) FROM changes) AS "changes.additions.transfer-in",
  (SELECT coalesce(sum(kind = 'restore'), 0) FROM changes) AS "changes.additions.restore",
  (SELECT coalesce(sum(kind = 'transfer-out'), 0) FROM changes) AS "changes.removals.transfer-out",
  (SELECT coalesce(sum(kind = 'death'), 0) FROM changes) AS "changes.removals.death",
  (SELECT coalesce(sum(kind = 'expel'), 0) FROM changes) AS "changes.removals.expel",
  (SELECT coalesce(sum(kind = 'stop'), 0) FROM changes) AS "changes.removals.stop",
  (SELECT coalesce(sum(kind = 'full'), 0) FROM changes) AS "changes.full",
  (SELECT coalesce(sum(kind = 'probation-extended'), 0) FROM changes) AS "changes.probationExtended",
  (SELECT coalesce(sum(rank = 0), 0) FROM furthest) AS "pipeline.applicants",
  (SELECT coalesce(sum(rank = 1), 0) FROM furthest) AS "pipeline.activists",
  (SELECT coalesce(sum(rank = 2), 0) FROM furthest) AS "pipeline.candidates",
  ${MEETING_TYPES.map((t) => `(SELECT count(*) FROM held WHERE type = '${t}') AS "meetings.${t}.held"`).join(',\n  ')},
  (SELECT coalesce(sum(due), 0) FROM owed) AS "dues.dueFen",
  (SELECT coalesce(sum(paid), 0) FROM paid WHERE m >= @fromMonth AND m <= @toMonth) AS "dues.collectedFen",
  (SELECT coalesce(sum(amount_fen), 0) FROM dues_payments WHERE cancelled_by IS NULL AND paid_on >= @start AND paid_on <= @end) AS "dues.receivedFen"
`;

export interface PeriodBounds {
  start: string;
  end: string;
}

export function reportSql(db: Database.Database): (p: PeriodBounds) => Record<string, number> {
  const stmt = db.prepare(REPORT_SQL);
  return (p) => stmt.get({ start: p.start, end: p.end, fromMonth: p.start.slice(0, 7), toMonth: p.end.slice(0, 7) }) as Record<string, number>;
}

/** Keys where the SQL and the report disagree, with both values, for the bench's notes. */
export function disagreements(sql: Record<string, number>, figures: Record<string, { value: number }>): string[] {
  return Object.entries(sql)
    .filter(([key, value]) => figures[key]?.value !== value)
    .map(([key, value]) => `${key}: report ${figures[key]?.value ?? 'missing'}, SQL ${value}`);
}
