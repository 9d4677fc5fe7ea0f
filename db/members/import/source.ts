/**
 * Turns the bytes of a roster file into plain grids of cells: .xlsx and .xls (and the .et/.ods
 * WPS and LibreOffice save) through SheetJS, CSV and tab-separated text in whichever encoding
 * Chinese Excel and WPS wrote them. Nothing here knows about members.
 */
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import iconv from 'iconv-lite';
import { AppError } from '../../api/errors';
import { MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS } from './limits';

// Excel 95 and early WPS .xls files store text in the ANSI code page (936 on Chinese Windows);
// SheetJS's ESM build decodes it only with the code page tables installed.
XLSX.set_cptable(cptable);

/** A little past the row limit, to tell data that runs on from formatting that does. */
const READ_ROWS = MAX_ROWS + 100;


/**
 * One non-empty cell. `value` is what the cell holds; for a cell formatted as a date it is the
 * day serial in Excel's 1900 system (already shifted for workbooks in the 1904 system), so
 * that dates never pass through a time zone. `shown` is the text Excel displays.
 */
export interface Cell {
  value: string | number | boolean;
  date: boolean;
  shown: string;
}

export type Row = (Cell | undefined)[];

export interface SheetGrid {
  name: string;
  hidden: boolean;
  /** rows[i] is spreadsheet row i + 1, as the user sees it. */
  rows: Row[];
}

/**
 * A problem with the file or the request as a whole, worded for the user (the issue carries the
 * code for the UI and the Chinese text, as the row reasons do). `at` names the input it is about.
 */
export function fileProblem(
  code: string,
  message: string,
  params?: Record<string, string | number>,
  at: 'contentBase64' | 'sheet' | 'headerRow' | 'mapping' = 'contentBase64',
): AppError {
  return new AppError('INVALID_INPUT', message, {
    issues: [{ path: [at], code, message, ...(params ? { params } : {}) }],
  });
}

/** Decodes the upload, refusing anything over the limit before the bytes are even decoded. */
export function decodeUpload(contentBase64: string): Buffer {
  const tooLarge = () =>
    fileProblem('FILE_TOO_LARGE', `文件太大：最大${MAX_FILE_BYTES / 1024 / 1024}MB。请删去与党员名册无关的工作表后再导入。`, {
      maxMb: MAX_FILE_BYTES / 1024 / 1024,
    });
  if (contentBase64.length > Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4096) throw tooLarge();
  if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) throw fileProblem('FILE_UNREADABLE', '文件内容传输有误，请重新选择文件。');
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
  if (bytes.length === 0) throw fileProblem('FILE_EMPTY', '文件是空的。');
  return bytes;
}

/**
 * Text files: a BOM decides; otherwise text that is valid UTF-8 is UTF-8 (GBK text almost
 * never is), and anything else is GB18030, the superset of GBK that Chinese Excel and WPS use
 * for "CSV (逗号分隔)".
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  // Excel's "Unicode 文本" (.txt) is UTF-16 little-endian with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

const BINARY_KINDS = ['xlsx', 'xlsm', 'xls', 'et', 'ods'];
const TEXT_KINDS = ['csv', 'txt', 'tsv', 'xls', 'et', 'htm', 'html'];

function extensionOf(fileName: string): string {
  return /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
}

function isZip(b: Buffer): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function isOle(b: Buffer): boolean {
  return b.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
}

function readWorkbook(fileName: string, bytes: Buffer): XLSX.WorkBook {
  const ext = extensionOf(fileName);
  if (!BINARY_KINDS.includes(ext) && !TEXT_KINDS.includes(ext)) {
    throw fileProblem('FILE_TYPE_UNSUPPORTED', `不支持“.${ext}”文件：请选择Excel文件（.xlsx、.xls）或CSV文件。`, { ext });
  }
  // cellNF keeps each cell's number format, which is how a date cell is told from a number.
  const common: XLSX.ParsingOptions = { dense: true, cellNF: true, cellDates: false, sheetRows: READ_ROWS };
  try {
    if (isZip(bytes) || isOle(bytes)) return XLSX.read(bytes, { ...common, type: 'buffer' });
    // Many ".xls" files saved by web systems are HTML or tab-separated text; SheetJS reads
    // those from the decoded string. `raw` keeps every value as typed: an ID number in a CSV
    // must not become a floating-point number.
    const text = decodeText(bytes);
    if (!TEXT_KINDS.includes(ext) || text.includes('\u0000')) throw new Error('binary data in a text file');
    return XLSX.read(text, { ...common, type: 'string', raw: true });
  } catch (e) {
    if (/password|encrypt/i.test(String(e))) {
      throw fileProblem('FILE_PASSWORD_PROTECTED', '文件设置了打开密码：请在Excel中取消密码、另存后再导入。');
    }
    throw fileProblem('FILE_UNREADABLE', '无法读取这个文件：它可能已损坏，或并不是Excel/CSV文件。请用Excel或WPS打开后另存为.xlsx再试。');
  }
}

const EXCEL_1904_OFFSET = 1462;

function toCell(raw: XLSX.CellObject, date1904: boolean): Cell | undefined {
  if (raw.v === undefined || raw.v === null || raw.t === 'z' || raw.t === 'e') return undefined;
  const shown = (raw.w ?? String(raw.v)).trim();
  if (raw.t === 'n' && typeof raw.v === 'number') {
    const isDate = typeof raw.z === 'string' && XLSX.SSF.is_date(raw.z);
    return { value: isDate && date1904 ? raw.v + EXCEL_1904_OFFSET : raw.v, date: isDate, shown };
  }
  if (raw.t === 'b' && typeof raw.v === 'boolean') return { value: raw.v, date: false, shown };
  if (typeof raw.v === 'string') return raw.v.trim() === '' ? undefined : { value: raw.v, date: false, shown: raw.v.trim() };
  return undefined;
}

function gridOf(name: string, sheet: XLSX.WorkSheet, hidden: boolean, date1904: boolean): SheetGrid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: Row[] = data.map((r) => (r ?? []).slice(0, MAX_COLUMNS).map((c) => (c ? toCell(c, date1904) : undefined)));
  // Too long to import at once: more filled rows than the limit, or reading stopped at the limit
  // with data still running. Borders drawn far below a list also extend a sheet's range, so a
  // stop among empty rows is no reason to refuse. (SheetJS records the full range of a
  // workbook's sheet; for CSV only the row count tells.)
  const truncated = (sheet['!fullref'] !== undefined && sheet['!ref'] !== sheet['!fullref']) || data.length >= READ_ROWS;
  const filled = rows.filter((r) => !isBlankRow(r)).length;
  if (filled > MAX_ROWS || (truncated && rows.slice(-100).some((r) => !isBlankRow(r)))) {
    throw fileProblem('SHEET_TOO_LARGE', `工作表“${name}”超过${MAX_ROWS}行，无法一次导入：请分成几个文件。`, {
      sheet: name,
      maxRows: MAX_ROWS,
    });
  }
  // A cell merged down several rows (a 党小组 written once for its members, a header cell
  // spanning a two-level header) holds its value in the top cell only; every row it covers
  // means that value. Merges across columns are left alone: their top-left cell is the value.
  for (const m of sheet['!merges'] ?? []) {
    const top = rows[m.s.r]?.[m.s.c];
    if (!top || m.s.c >= MAX_COLUMNS) continue;
    for (let r = m.s.r + 1; r <= m.e.r && r < rows.length; r++) {
      const row = (rows[r] ??= []);
      if (!row[m.s.c]) row[m.s.c] = top;
    }
  }
  return { name, hidden, rows };
}

/** Every sheet of the file as a grid; refuses files that cannot be read, with a reason. */
export function readSheets(fileName: string, bytes: Buffer): SheetGrid[] {
  const wb = readWorkbook(fileName, bytes);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return wb.SheetNames.map((name, i) => {
    const sheet = wb.Sheets[name];
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return sheet ? gridOf(name, sheet, hidden, date1904) : { name, hidden, rows: [] };
  });
}

export function isBlankRow(row: Row | undefined): boolean {
  return !row || row.every((c) => c === undefined);
}

/** Text of a cell as shown, for headers, footers and messages. */
export function cellText(cell: Cell | undefined): string {
  return cell ? cell.shown : '';
}
