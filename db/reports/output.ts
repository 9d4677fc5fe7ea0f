/** The printed document and the Excel file of a period: a stored version, or today's draft computation. */
import type { ReportDocument } from '../api/schemas/reports';
import { formatChineseDate } from '../members/chinese-dates';
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { computeReport } from './compute';
import { buildReportDocument } from './document';
import { parsePeriod, periodLabel } from './periods';
import { getVersion } from './records';
import { templateFor } from './templates';
import { reportWorkbook } from './xlsx';

export function reportDocumentFor(store: Store, periodId: string, version: number | undefined, today: string): ReportDocument {
  const period = parsePeriod(periodId);
  const branch = getSelf(store);
  // The secretary signs the report; the app records no separate 填报人.
  const preparedBy = branch.secretaryName ?? '';
  const base = { branch, period, template: templateFor(period), preparedBy };
  if (version === undefined) {
    const r = computeReport(store, period, today);
    return buildReportDocument({ ...base, figures: r.figures, validation: r.validation, explanations: r.explanations, version: null, preparedOn: formatChineseDate(today) });
  }
  const v = getVersion(store.sqlite, period.id, version);
  const preparedOn = formatChineseDate(v.computedAt.slice(0, 10));
  return buildReportDocument({ ...base, figures: v.figures, validation: v.validation, explanations: v.explanations, version: v, preparedOn });
}

export async function reportXlsxFor(store: Store, periodId: string, version: number | undefined, today: string) {
  const doc = reportDocumentFor(store, periodId, version, today);
  const suffix = doc.version === null ? '草稿' : `第${doc.version}版`;
  return { fileName: `党内统计-${periodLabel(parsePeriod(periodId))}-${suffix}.xlsx`, contentBase64: (await reportWorkbook(doc)).toString('base64') };
}
