/**
 * The rows that were not imported, as a workbook the secretary corrects and imports again:
 * the original row number, the original columns under their original headers, and a 问题
 * column. Both added columns are ignored when the corrected sheet is imported.
 */
import ExcelJS from 'exceljs';
import { parseLooseDate } from '../chinese-dates';
import type { ImportPlan } from './plan';
import type { Cell } from './source';

const ROW_NUMBER_HEADER = '原行号';
const PROBLEM_HEADER = '问题';

/** Display width: a Chinese character takes about two Latin ones in Excel's column units. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Dates go back as date cells; everything else as the text Excel showed, in columns formatted
 * as text, so that an ID number typed in again is not turned into 1.10105E+17 once more.
 */
function cellValue(cell: Cell | undefined): string | Date | null {
  if (!cell) return null;
  if (cell.date && typeof cell.value === 'number') {
    const day = parseLooseDate(cell.value);
    if (day.ok) return new Date(`${day.value}T00:00:00Z`);
  }
  return cell.shown;
}

export async function buildErrorSheet(plan: ImportPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('未导入的行', { views: [{ state: 'frozen', ySplit: 1 }] });
  const original = plan.mapping.map((m) => m.header);
  sheet.addRow([ROW_NUMBER_HEADER, ...original, PROBLEM_HEADER]).font = { bold: true };
  // Set before the data rows: exceljs also applies a column format to the cells already there.
  original.forEach((_, i) => (sheet.getColumn(i + 2).numFmt = '@'));

  const skipped = plan.rows.filter((r) => r.status === 'skip');
  const widths = [ROW_NUMBER_HEADER, ...original].map(displayWidth);
  for (const row of skipped) {
    const values = plan.mapping.map((m) => cellValue(row.cells[m.column]));
    const added = sheet.addRow([row.rowNumber, ...values, row.reasons.join('\n')]);
    values.forEach((v, i) => {
      const target = added.getCell(i + 2);
      target.numFmt = v instanceof Date ? 'yyyy-mm-dd' : '@';
      widths[i + 1] = Math.max(widths[i + 1] ?? 0, v instanceof Date ? 10 : displayWidth(v ?? ''));
    });
    added.getCell(original.length + 2).alignment = { wrapText: true, vertical: 'top' };
  }
  widths.forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(Math.max(w + 2, 6), 40);
  });
  sheet.getColumn(original.length + 2).width = 60;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function errorSheetFileName(fileName: string): string {
  // Only the name: a path the shell may have passed along is not ours to echo back.
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '') || '党员名册';
  return `${base}-未导入的行.xlsx`;
}
