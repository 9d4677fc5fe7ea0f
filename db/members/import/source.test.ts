import iconvLite from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../api/errors';
import { MAX_FILE_BYTES, MAX_ROWS } from './limits';
import { cellText, decodeText, decodeUpload, readSheets } from './source';
import { csvFile, day, xlsFile, xlsxFile } from './test-files';

const ROWS = [
  ['姓名', '身份证号', '入党日期'],
  ['单晓红', '11010519850701002X', '2010年6月30日'],
];

function texts(rows: ReturnType<typeof readSheets>[number]['rows']): string[][] {
  return rows.map((r) => (r ?? []).map((c) => cellText(c)));
}

function problemCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).issues?.[0]?.code;
  }
  return undefined;
}

describe('decodeText', () => {
  const text = '姓名,民族\r\n单晓红,汉族\r\n';

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8 without a BOM', Buffer.from(text)],
    ['GB18030/GBK as Chinese Excel saves "CSV (逗号分隔)"', csvFile([['姓名', '民族'], ['单晓红', '汉族']], 'gbk')],
    ['UTF-16LE as Excel saves "Unicode 文本"', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ])('reads %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('reads GBK "联通", whose bytes look like UTF-8 to a lenient decoder (the Notepad bug)', () => {
    expect(decodeText(gbk('联通'))).toBe('联通');
  });
});

function gbk(text: string): Buffer {
  return iconvLite.encode(text, 'gbk');
}

describe('readSheets', () => {
  it('reads .xlsx with every sheet, real date cells as serials and vertical merges filled down', async () => {
    const bytes = await xlsxFile(
      { name: '说明', rows: [['本表说明']] },
      {
        name: '名册',
        rows: [['姓名', '入党日期', '党小组'], ['单晓红', day('2010-06-30'), '第一党小组'], ['曾国华', day('2011-07-01')]],
        merges: ['C2:C3'],
      },
    );
    const sheets = readSheets('名册.xlsx', bytes);
    expect(sheets.map((s) => s.name)).toEqual(['说明', '名册']);
    const rows = sheets[1]!.rows;
    expect(rows[1]?.[1]).toMatchObject({ value: 40359, date: true });
    expect(cellText(rows[2]?.[2])).toBe('第一党小组');
  });

  it('reads legacy .xls (BIFF8) written by SheetJS', () => {
    const sheets = readSheets('名册.xls', xlsFile([...ROWS, ['曾国华', '', day('2011-07-01')]]));
    expect(texts(sheets[0]!.rows).slice(0, 2)).toEqual(ROWS);
    expect(sheets[0]!.rows[2]?.[2]).toMatchObject({ date: true, value: 40725 });
  });

  it.each(['utf8', 'utf8-bom', 'gbk'] as const)('reads CSV in %s and keeps an 18-digit ID as text', (encoding) => {
    const sheets = readSheets('名册.csv', csvFile(ROWS, encoding));
    expect(texts(sheets[0]!.rows)).toEqual(ROWS);
    expect(sheets[0]!.rows[1]?.[1]?.value).toBe('11010519850701002X');
  });

  it('reads an ".xls" that a web system wrote as tab-separated GBK text', () => {
    const tsv = gbk(ROWS.map((r) => r.join('\t')).join('\r\n'));
    expect(texts(readSheets('导出.xls', tsv)[0]!.rows)).toEqual(ROWS);
  });

  it('refuses a sheet longer than the row limit rather than importing part of it', () => {
    const rows = Array.from({ length: MAX_ROWS + 200 }, (_, i) => [`党员${i}`, '男']);
    expect(problemCode(() => readSheets('名册.csv', csvFile([['姓名', '性别'], ...rows], 'utf8')))).toBe('SHEET_TOO_LARGE');
  });

  it('refuses a file type it cannot read, and a damaged workbook, with a reason', () => {
    expect(problemCode(() => readSheets('名册.pdf', Buffer.from('%PDF-1.4')))).toBe('FILE_TYPE_UNSUPPORTED');
    expect(problemCode(() => readSheets('名册.xlsx', Buffer.from('not a zip at all')))).toBe('FILE_UNREADABLE');
  });
});

describe('decodeUpload', () => {
  it('refuses more than 20 MB before decoding it', () => {
    const big = 'A'.repeat(Math.ceil((MAX_FILE_BYTES + 1024) / 3) * 4 + 8192);
    expect(problemCode(() => decodeUpload(big))).toBe('FILE_TOO_LARGE');
  });

  it('refuses an empty file and text that is not base64', () => {
    expect(problemCode(() => decodeUpload(''))).toBe('FILE_EMPTY');
    expect(problemCode(() => decodeUpload('名册'))).toBe('FILE_UNREADABLE');
  });
});
