/**
 * The report bundle: one period's report, as rows by code like the replica, so that the
 * level above keeps it in replica_rows under the sender (code = sender code + period).
 *
 * The payload slot takes what db/reports' `reportPayload(store, period, version)` returns; the
 * source is passed in, so tests can supply a small payload of their own. A payload in the
 * reports format is checked against its own hash on arrival (verifyReportPayload).
 */
import { z } from 'zod';
import { REPORT_PAYLOAD_FORMAT, verifyReportPayload, type ReportPayload as ReportsPayload } from '../reports/payload';
import type { Store } from '../store/store';
import { periodText } from './header';
import { rejected, type Change } from './plan';
import { refuse } from './refusal';
import type { IncomingRow } from './replica-rows';

export type ReportSource = (store: Store, period: string, version: number) => object;

export const reportCode = (sender: string, period: string) => `${sender}-${period}`;

export function buildReportBody(sender: string, period: string, version: number, report: object): { body: Record<string, unknown>; counts: Record<string, number> } {
  const counts = { report: 1 };
  return { body: { counts, rows: { report: [{ code: reportCode(sender, period), period, version, report }] }, tombstones: [] }, counts };
}

const reportRow = z
  .object({
    code: z.string().min(1).max(64),
    period: periodText,
    version: z.number().int().min(1),
    report: z.record(z.string(), z.unknown()),
  })
  .strict();

const reportBody = z
  .object({ counts: z.object({ report: z.number().int() }).strict(), rows: z.object({ report: z.array(z.unknown()) }).strict(), tombstones: z.array(z.never()) })
  .strict();

/** A payload in the reports format must hash to its own stated hash and name the sender as its organisation. */
function hashHolds(report: Record<string, unknown>, sender: string): boolean {
  if (report.format !== REPORT_PAYLOAD_FORMAT) return true;
  try {
    const p = report as unknown as ReportsPayload;
    return p.org.code === sender && verifyReportPayload(p);
  } catch {
    return false;
  }
}

export function readReport(body: Record<string, unknown>, period: string | null, sender: string): { rows: IncomingRow[]; refused: Change[]; counts: Record<string, number> } {
  const parsed = reportBody.safeParse(body);
  if (!parsed.success || parsed.data.counts.report !== parsed.data.rows.report.length) {
    throw refuse('BUNDLE_DAMAGED', 'the report body does not have its shape');
  }
  const rows: IncomingRow[] = [];
  const refused: Change[] = [];
  for (const raw of parsed.data.rows.report) {
    const row = reportRow.safeParse(raw);
    if (!row.success) {
      refused.push(rejected('report', period ?? '?', '报表', '报表格式不对'));
    } else if (row.data.period !== period) {
      refused.push(rejected('report', row.data.code, '报表', `报表期间 ${row.data.period} 与数据包的期间 ${period ?? '无'} 不一致`));
    } else if (!hashHolds(row.data.report, sender)) {
      refused.push(rejected('report', row.data.code, '报表', '报表内容与它自带的校验值不符，或不是发送单位自己的报表'));
    } else {
      rows.push({ entity: 'report', code: row.data.code, label: `${row.data.period} 第 ${row.data.version} 版`, data: row.data, tombstone: null });
    }
  }
  return { rows, refused, counts: parsed.data.counts };
}
