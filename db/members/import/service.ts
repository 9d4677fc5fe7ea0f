/**
 * Excel import of an existing roster: preview (a dry run that writes nothing), apply (the
 * previewed rows in one transaction, or nothing) and the list of skipped rows as a workbook.
 * Every call is stateless: it re-reads the file it is given, so what is applied is what the
 * same file and mapping preview to now, and `expectedCount` catches any difference.
 */
import { AppError, isAppError } from '../../api/errors';
import { memberCreateInput } from '../../api/schemas/members';
import { appendAudit } from '../../audit/chain';
import { getSelf } from '../../organisation/service';
import type { Store } from '../../store/store';
import { todayIso } from '../chinese-dates';
import { insertMember } from '../service';
import { buildErrorSheet, errorSheetFileName } from './error-sheet';
import { describeIssue, fromFieldIssue } from './messages';
import { planImport, type ImportPlan, type ImportSource } from './plan';

export type { ImportSource } from './plan';

export interface ImportPreview {
  sheets: string[];
  sheet: string;
  headerRow: number;
  mapping: ImportPlan['mapping'];
  rows: { rowNumber: number; status: 'import' | 'skip'; name: string; reasons: string[]; warnings: string[] }[];
  counts: ImportPlan['counts'];
}

export function previewImport(store: Store, source: ImportSource, today = todayIso()): ImportPreview {
  const plan = planImport(store, source, today);
  return {
    sheets: plan.sheets,
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    mapping: plan.mapping,
    rows: plan.rows.map(({ rowNumber, status, name, reasons, warnings }) => ({ rowNumber, status, name, reasons, warnings })),
    counts: plan.counts,
  };
}

/** Names the spreadsheet row in an error from insertMember, so the user knows where to look. */
function rowFailure(e: unknown, rowNumber: number): unknown {
  if (!isAppError(e)) return e;
  const reasons = (e.issues ?? []).map((i) => describeIssue(fromFieldIssue(i)));
  return new AppError(e.code, `第${rowNumber}行未能导入${reasons.length ? `：${reasons.join('；')}` : ''}`, {
    params: { ...e.params, row: rowNumber },
    ...(e.issues ? { issues: e.issues } : {}),
    cause: e,
  });
}

export function applyImport(
  store: Store,
  source: ImportSource & { expectedCount: number },
  actor: string,
  today = todayIso(),
): { imported: number; codes: string[] } {
  const plan = planImport(store, source, today);
  const rows = plan.rows.filter((r) => r.status === 'import');
  if (rows.length !== source.expectedCount) {
    // The roster or the file changed since the preview: import nothing the user has not seen.
    throw new AppError(
      'CONFLICT',
      `预览时可导入${source.expectedCount}行，现在为${rows.length}行：名册或文件在预览之后有了变化，请重新预览。`,
      { params: { expected: source.expectedCount, actual: rows.length } },
    );
  }
  if (rows.length === 0) return { imported: 0, codes: [] };
  store.backup('before-import');
  const orgCode = getSelf(store).code;
  const addition = { kind: 'import' as const, date: today };
  return store.transaction(() => {
    const codes = rows.map((row) => {
      try {
        return insertMember(store, memberCreateInput.parse({ fields: row.fields, addition }), actor, today, orgCode).code;
      } catch (e) {
        throw rowFailure(e, row.rowNumber);
      }
    });
    appendAudit(store.sqlite, actor, {
      op: 'members.importApply',
      entity: 'member-import',
      after: {
        fileName: source.fileName,
        sha256: plan.sha256,
        sheet: plan.sheet,
        imported: codes.length,
        skipped: plan.counts.skip,
        codes,
      },
    });
    return { imported: codes.length, codes };
  });
}

export async function importErrorsSheet(
  store: Store,
  source: ImportSource,
  today = todayIso(),
): Promise<{ fileName: string; contentBase64: string }> {
  const plan = planImport(store, source, today);
  const bytes = await buildErrorSheet(plan);
  return { fileName: errorSheetFileName(source.fileName), contentBase64: bytes.toString('base64') };
}
