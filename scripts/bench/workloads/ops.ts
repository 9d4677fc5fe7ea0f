/**
 * Operations as the UI calls them, through the backend's one door (dispatch: input check,
 * handler, output check against the contract), each against hand-written SQL over the same
 * rows in the same run:
 * - reports.compute for the last finished quarter (issue 8) ÷ the report's headline figures
 *   as one SQL statement (report-sql.ts), whose answers must agree with the report's;
 * - meetings.cadence ÷ one GROUP BY over the meetings of the same periods;
 * - dues.monthSheet for the current month ÷ the same month's due and paid per member in SQL.
 */
import type { Backend } from '../../../db/backend';
import { makePeriod } from '../../../db/reports/periods';
import { figure, type Figure } from '../figure';
import { sample, sampleAsync } from '../stats';
import { disagreements, reportSql } from './report-sql';

async function must<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message?: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message ?? ''}`);
  return r.value;
}

/** The last quarter that has ended by `today`. */
export function lastQuarter(today: string) {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return q === 0 ? makePeriod('quarter', year - 1, 4) : makePeriod('quarter', year, q);
}

export interface OpResult {
  figures: Figure[];
  problems: string[];
}

export async function opFigures(scale: string, backend: Backend, today: string, runs: number): Promise<OpResult> {
  const db = backend.session.requireStore().sqlite;
  const problems: string[] = [];
  const period = lastQuarter(today);
  const report = await must(backend.call('reports.compute', { period: period.id }));
  const sql = reportSql(db);
  const differ = disagreements(sql(period), report.figures);
  if (differ.length) problems.push(`the report and its SQL baseline disagree for ${period.id}: ${differ.join('; ')}`);
  const errors = report.validation.issues.filter((i) => i.severity === 'error');
  if (errors.length) problems.push(`the ${period.id} report has ${errors.length} validation errors on the demo data: ${errors.map((e) => e.rule).join(', ')}`);
  const items = Object.values(report.figures).reduce((n, f) => n + f.items.length, 0);
  const reportRuns = Math.max(3, Math.ceil(runs / 2));
  const ours = await sampleAsync(async () => void (await must(backend.call('reports.compute', { period: period.id }))), reportRuns);
  const base = sample(() => void sql(period), reportRuns, 1);

  const cadence = await sampleAsync(async () => void (await must(backend.call('meetings.cadence', { date: today }))), runs);
  // The same periods the cadence looks at: this year's months, quarters and the year, by type.
  const cadenceSql = db.prepare(
    `SELECT type, substr(date, 1, 7) AS month, count(*) AS n, count(DISTINCT group_code) AS groups
       FROM meetings WHERE date >= @from AND date <= @today GROUP BY type, month`,
  );
  const cadenceBase = sample(() => void cadenceSql.all({ from: `${Number(today.slice(0, 4)) - 1}-12-01`, today }), runs);

  const month = today.slice(0, 7);
  const sheet = await must(backend.call('dues.monthSheet', { month, asOf: month }));
  const sheetSql = db.prepare(
    `SELECT p.member_code, p.category, p.base_fen, p.fixed_fen, p.reduction,
            (SELECT coalesce(sum(amount_fen), 0) FROM dues_payments pp WHERE pp.member_code = p.member_code AND pp.cancelled_by IS NULL
                AND pp.kind != 'voluntary' AND pp.from_month <= @month AND pp.to_month >= @month) AS paid
       FROM dues_profiles p
      WHERE p.cancelled_by IS NULL AND p.id = (SELECT p2.id FROM dues_profiles p2 WHERE p2.member_code = p.member_code AND p2.cancelled_by IS NULL
                                                 AND p2.from_month <= @month ORDER BY p2.from_month DESC, p2.id DESC LIMIT 1)`,
  );
  const sheetRows = sheetSql.all({ month }).length;
  const sheetOps = await sampleAsync(async () => void (await must(backend.call('dues.monthSheet', { month, asOf: month }))), Math.max(3, Math.ceil(runs / 2)));
  const sheetBase = sample(() => void sheetSql.all({ month }), Math.max(3, Math.ceil(runs / 2)), 1);

  // A screen a secretary opens: within a second for a branch or a 党委; a province-level
  // office recomputing 200,000 members does it rarely and may wait ten.
  const screenMs = scale === 'province' ? 10_000 : 1_000;
  return {
    problems,
    figures: [
      figure(scale, 'reports', `reports.compute ${period.id} (${report.figures['members.total']!.value.toLocaleString('en')} members, ${items.toLocaleString('en')} names behind the figures)`, ours, 'the headline figures as one hand-written SQL statement', base, {
        targets: [
          { on: 'ratio', op: '<=', value: 20 },
          { on: 'p95-ms', op: '<=', value: screenMs },
        ],
        note:
          `op through dispatch (input and output checked against the contract), as the report screen calls it. The SQL answers ${Object.keys(sql(period)).length} of its figures ` +
          `(roster and sex, changes by kind, pipeline, meetings held by type, dues due/collected/received) and must agree with the report: ${differ.length ? 'it does not (see ⚠️)' : 'it does'}.`,
      }),
      figure(scale, 'meetings', 'meetings.cadence (today: this month, quarter and year, by type)', cadence, 'the same counts as one GROUP BY over the meetings', cadenceBase, {
        targets: [{ on: 'p95-ms', op: '<=', value: 100 }],
        note: 'the cadence asks one indexed count per type and period; the baseline groups the months of the year in one statement',
      }),
      figure(scale, 'dues', `dues.monthSheet ${month} (${sheet.rows.length.toLocaleString('en')} rows)`, sheetOps, 'profile in force and payments covering the month, one SQL statement', sheetBase, {
        targets: [{ on: 'p95-ms', op: '<=', value: screenMs }],
        note: `the sheet builds every member's ledger from their profiles and payments (db/dues/ledger.ts); the baseline reads the ${sheetRows.toLocaleString('en')} profiles in force with the month's payments`,
      }),
    ],
  };
}
