import ExcelJS from 'exceljs';
import { fenToYuan } from './money';
import type { DuesRegisterDoc } from './register';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const MONEY_FORMAT = '#,##0.00';

/**
 * The 登记表 as a workbook that prints as it is: title, branch and period above, bold frozen
 * header repeated on every page, borders, amounts as numbers with two decimals (so the
 * treasurer can add them up), a bold totals row, A4 landscape fitted to the width, page numbers.
 */
export async function duesRegisterWorkbook(doc: DuesRegisterDoc): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BranchDesk 支部工作台';
  const ws = wb.addWorksheet(doc.title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  const width = doc.columns.length;
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), { value: doc.title, font: { size: 16, bold: true }, alignment: { horizontal: 'center' } });
  ws.mergeCells(2, 1, 2, width);
  Object.assign(ws.getCell(2, 1), { value: `党组织：${doc.orgName}\u3000\u3000期间：${doc.periodLabel}\u3000\u3000金额单位：元` });

  const header = ws.getRow(3);
  doc.columns.forEach((c, i) => {
    Object.assign(header.getCell(i + 1), { value: c.header, font: { bold: true }, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
    ws.getColumn(i + 1).width = c.width;
  });
  ws.pageSetup.printTitlesRow = '3:3';

  const writeRow = (rowNo: number, cells: DuesRegisterDoc['totals'], bold: boolean) => {
    const row = ws.getRow(rowNo);
    cells.forEach((cell, i) => {
      const target = row.getCell(i + 1);
      // Money as a number in 元 (fen / 100 is exact to display at two decimals); text stays text.
      if (cell.fen !== undefined) Object.assign(target, { value: fenToYuan(cell.fen), numFmt: MONEY_FORMAT });
      else Object.assign(target, { value: cell.text, numFmt: '@' });
      target.border = BORDER;
      if (bold) target.font = { bold: true };
    });
  };
  doc.rows.forEach((cells, r) => writeRow(4 + r, cells, false));
  const totalsRow = 4 + doc.rows.length;
  writeRow(totalsRow, doc.totals, true);

  const tail = [doc.summary, ...doc.notes, doc.signatures.map((s) => `${s}：`).join('\u3000\u3000\u3000\u3000')];
  tail.forEach((line, i) => {
    ws.mergeCells(totalsRow + 2 + i, 1, totalsRow + 2 + i, width);
    ws.getCell(totalsRow + 2 + i, 1).value = line;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
