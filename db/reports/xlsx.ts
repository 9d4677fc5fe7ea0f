/**
 * The report as an Excel workbook in the template's layout: one sheet per table, then a sheet
 * with the validation status and the explanations. Each sheet prints as it is (A4 portrait,
 * fitted to the width, page numbers in the footer), like the member export (db/members/export.ts).
 */
import ExcelJS from 'exceljs';
import type { ReportDocument } from '../api/schemas/reports';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const NUMBER_FORMATS = { count: '0', yuan: '0.00', hours: '0.0' } as const;

/** Excel refuses sheet names over 31 characters, with []:*?/\ in them, or used twice. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '表';
  let name = base;
  for (let n = 2; used.has(name); n += 1) name = `${base}${n}`;
  used.add(name);
  return name;
}

function addSheet(wb: ExcelJS.Workbook, used: Set<string>, title: string, doc: ReportDocument, width: number): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(title, used), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = `填报单位：${doc.orgName}（${doc.orgCode}）\u3000\u3000统计期间：${doc.periodLabel}（${doc.periodRange}）`;
  ws.mergeCells(3, 1, 3, width);
  ws.getCell(3, 1).value = `${doc.statusLine}${doc.correctionNote ? `；${doc.correctionNote}` : ''}\u3000\u3000填报人：${doc.preparedBy}\u3000\u3000填报日期：${doc.preparedOn}`;
  return ws;
}

/** Bold, bordered header on row 4, repeated on every printed page. */
function writeHeader(ws: ExcelJS.Worksheet, columns: string[], widths: number[]): void {
  const header = ws.getRow(4);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    ws.getColumn(i + 1).width = widths[i] ?? widths.at(-1) ?? 14;
  });
  ws.pageSetup.printTitlesRow = '4:4';
}

function writeTable(ws: ExcelJS.Worksheet, table: ReportDocument['tables'][number]): void {
  writeHeader(ws, table.columns, [40, 14]);
  table.rows.forEach((r, n) => {
    const row = ws.getRow(5 + n);
    const label = row.getCell(1);
    label.value = r.label;
    label.alignment = { indent: r.indent * 2 };
    label.border = BORDER;
    r.cells.forEach((c, i) => {
      const cell = row.getCell(i + 2);
      cell.value = c.value ?? c.text;
      if (c.unit) cell.numFmt = NUMBER_FORMATS[c.unit];
      cell.alignment = { horizontal: 'right' };
      cell.border = BORDER;
    });
  });
  if (table.note) {
    const at = 6 + table.rows.length;
    ws.mergeCells(at, 1, at, table.columns.length);
    ws.getCell(at, 1).value = `注：${table.note}`;
    ws.getCell(at, 1).alignment = { wrapText: true };
  }
}

export async function reportWorkbook(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BranchDesk 支部工作台';
  wb.title = doc.title;
  const used = new Set<string>();
  for (const table of doc.tables) writeTable(addSheet(wb, used, table.title, doc, table.columns.length), table);
  const notes = addSheet(wb, used, '校验与说明', doc, 2);
  const lines: [string, string][] = [
    ['说明', doc.templateNote],
    ...doc.validationLines.map((l, i): [string, string] => [i === 0 ? '校验' : '', l]),
    ...doc.explanations.map((e): [string, string] => [e.topic, e.text]),
    ...(doc.hash ? ([['校验码（SHA-256）', doc.hash]] as [string, string][]) : []),
  ];
  writeHeader(notes, ['项目', '内容'], [40, 70]);
  lines.forEach(([a, b], i) => {
    const row = notes.getRow(5 + i);
    row.getCell(1).value = a;
    row.getCell(2).value = b;
    for (const c of [row.getCell(1), row.getCell(2)]) {
      c.border = BORDER;
      c.alignment = { wrapText: true, vertical: 'top' };
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
