/**
 * Roster files built the way secretaries' files are made, for the import tests: exceljs for
 * .xlsx (real date cells, merged titles), SheetJS for legacy .xls, iconv-lite for the GBK CSV
 * that Chinese Excel saves. Test support only: nothing in the app imports this file.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { makeId } from '../test-people';

export type SheetSpec = {
  name: string;
  rows: unknown[][];
  /** e.g. 'A1:M1' */
  merges?: string[];
  /** Number formats by cell address, e.g. { J5: 'yyyy"年"m"月"d"日"' }. */
  formats?: Record<string, string>;
};

/** A UTC-midnight Date, which exceljs stores as that day's serial. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export async function xlsxFile(...sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value !== undefined && value !== null) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    for (const [address, numFmt] of Object.entries(spec.formats ?? {})) ws.getCell(address).numFmt = numFmt;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function xlsFile(rows: unknown[][], sheetName = 'Sheet1'): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), sheetName);
  return XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }) as Buffer;
}

function csvText(rows: string[][]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export function csvFile(rows: string[][], encoding: 'utf8' | 'utf8-bom' | 'gbk'): Buffer {
  const text = csvText(rows);
  if (encoding === 'gbk') return iconv.encode(text, 'gbk');
  const bytes = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

export function source(fileName: string, bytes: Buffer, extra: Record<string, unknown> = {}) {
  return { fileName, contentBase64: bytes.toString('base64'), ...extra };
}

/** A valid 18-digit ID whose check character is X (written lower-case in sheets). */
export function idEndingInX(birthDate: string, gender: '1' | '2'): string {
  for (let serial = 1; serial < 500; serial++) {
    const id = makeId(birthDate, gender, serial);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no serial gives an X check character');
}

/** A 15-digit ID of the 1980s: region, YYMMDD, a 3-digit sequence (odd = male). */
export function oldId(birthDate: string, sequence: string): string {
  return `110105${birthDate.slice(2).replace(/-/g, '')}${sequence}`;
}

/** The same ID with its last character changed, so the checksum fails. */
export function withBadChecksum(id: string): string {
  return id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
}
