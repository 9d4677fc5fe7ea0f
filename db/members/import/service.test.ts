import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../api/errors';
import { unlockedBackend } from '../../test-support/temp-store';
import { todayIso } from '../chinese-dates';
import { getMember, listEvents } from '../service';
import { EXPECTED_IMPORT, EXPECTED_SKIP, EXPECTED_WARNINGS, HEADER, IDS, messyRoster } from './messy-roster';
import { applyImport, importErrorsSheet, previewImport, type ImportSource } from './service';
import { csvFile, source, xlsFile, xlsxFile } from './test-files';

let b: Awaited<ReturnType<typeof unlockedBackend>>;
beforeEach(async () => {
  b = await unlockedBackend();
});
afterEach(() => b.cleanup());

const store = () => b.session.requireStore();

async function plantMember(name: string, idNumber: string): Promise<string> {
  const r = await b.call('members.create', { fields: { name, idNumber }, addition: { kind: 'import', date: '2020-01-01' } });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.code;
}

/** What must not move when nothing is written: the roster, the audit chain, the code sequence. */
async function snapshot() {
  const list = await b.call('members.list', { membership: 'all' });
  const audit = await b.call('audit.verify', {});
  if (!list.ok || !audit.ok) throw new Error('snapshot failed');
  const seq = store().sqlite.prepare("SELECT value FROM meta WHERE key = 'member_code_seq'").pluck().get();
  return { total: list.value.total, audit: { ok: audit.value.ok, checked: audit.value.checked, head: audit.value.headHash }, seq };
}

function problemCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).issues?.[0]?.code ?? (e as AppError).code;
  }
  return undefined;
}

async function messySource(): Promise<ImportSource> {
  return source('第一支部名册.xlsx', await messyRoster());
}

describe('previewImport', () => {
  it('finds the roster sheet and its header under the titles, and maps the columns', async () => {
    await plantMember('单晓红', IDS.sun);
    const p = previewImport(store(), await messySource());
    expect(p.sheets).toEqual(['填表说明', '党员名册']);
    expect(p.sheet).toBe('党员名册');
    expect(p.headerRow).toBe(4);
    expect(p.mapping.map((m) => m.field)).toEqual([
      null, 'name', 'gender', 'ethnicity', 'idNumber', 'birthDate', 'education', 'occupation', 'joinDate', 'fullDate',
      'mobile', 'partyPost', 'notes',
    ]);
    expect(p.mapping.map((m) => m.header)).toEqual(HEADER.map((h) => h.replace(/\s+/g, ' ')));
  });

  it('marks exactly the clean rows for import and says why each other row is skipped', async () => {
    await plantMember('单晓红', IDS.sun);
    const p = previewImport(store(), await messySource());
    expect(p.rows.filter((r) => r.status === 'import').map((r) => r.rowNumber)).toEqual(EXPECTED_IMPORT);
    const skipped = Object.fromEntries(p.rows.filter((r) => r.status === 'skip').map((r) => [r.rowNumber, r.reasons]));
    expect(skipped).toEqual(EXPECTED_SKIP);
    const warned = Object.fromEntries(p.rows.filter((r) => r.warnings.length > 0).map((r) => [r.rowNumber, r.warnings]));
    expect(warned).toEqual(EXPECTED_WARNINGS);
    expect(p.counts).toEqual({ import: 6, skip: 7 });
    expect(p.rows.find((r) => r.rowNumber === 5)?.name).toBe('张三');
  });

  it('writes nothing', async () => {
    await plantMember('单晓红', IDS.sun);
    const before = await snapshot();
    previewImport(store(), await messySource());
    expect(await snapshot()).toEqual(before);
  });

  it('reads the sheet it is told to, and says so when there is no such sheet', async () => {
    const bytes = await xlsxFile(
      { name: '一支部', rows: [['姓名', '性别'], ['单晓红', '女']] },
      { name: '二支部', rows: [['姓名', '性别'], ['曾国华', '男'], ['李明', '男']] },
    );
    expect(previewImport(store(), source('名册.xlsx', bytes, { sheet: '二支部' })).rows.map((r) => r.name)).toEqual(['曾国华', '李明']);
    expect(problemCode(() => previewImport(store(), source('名册.xlsx', bytes, { sheet: '三支部' })))).toBe('SHEET_NOT_FOUND');
  });

  it('refuses a sheet without a recognisable header, and accepts the header row when the user names it', async () => {
    const bytes = await xlsxFile({ name: 'S', rows: [['人名', '手机'], ['单晓红', '13800138000']] });
    expect(problemCode(() => previewImport(store(), source('名册.xlsx', bytes)))).toBe('NO_HEADER_ROW');
    const p = previewImport(store(), source('名册.xlsx', bytes, { headerRow: 1, mapping: [{ column: 0, field: 'name' }] }));
    expect(p.mapping.map((m) => m.field)).toEqual(['name', 'mobile']);
    expect(p.rows).toEqual([{ rowNumber: 2, status: 'skip', name: '单晓红', reasons: ['没有填写性别：请填写性别，或填写身份证号'], warnings: [] }]);
  });
});

const SMALL: string[][] = [
  ['序号', '姓名', '性别', '身份证号码', '入党日期', '转正日期'],
  ['1', '单晓红', '女', IDS.sun.toLowerCase(), '2010年6月30日', '2011.6.30'],
  ['2', '曾国华', '男', '', '2012-07-01', '2013-07-01'],
  ['3', '错日期', '男', '', '2012-13-01', ''],
];

describe('the same roster in every file format', () => {
  it.each([
    ['名册.xls', () => xlsFile(SMALL)],
    ['名册.csv (GBK)', () => csvFile(SMALL, 'gbk')],
    ['名册.csv (UTF-8 with BOM)', () => csvFile(SMALL, 'utf8-bom')],
    ['名册.csv (UTF-8)', () => csvFile(SMALL, 'utf8')],
  ])('%s previews and imports the same rows', (label, build) => {
    const src = source(label.split(' ')[0]!, build());
    const p = previewImport(store(), src);
    expect(p.rows.map((r) => [r.rowNumber, r.name, r.status])).toEqual([
      [2, '单晓红', 'import'],
      [3, '曾国华', 'import'],
      [4, '错日期', 'skip'],
    ]);
    expect(applyImport(store(), { ...src, expectedCount: 2 }, 'tester')).toEqual({
      imported: 2,
      codes: ['ZB-0001-00001', 'ZB-0001-00002'],
    });
    expect(getMember(store(), 'ZB-0001-00001')).toMatchObject({ name: '单晓红', idNumber: IDS.sun, joinDate: '2010-06-30', fullDate: '2011-06-30' });
  });
});

describe('applyImport', () => {
  it('writes exactly the previewed rows, each with its import event and audit row', async () => {
    await plantMember('单晓红', IDS.sun);
    const src = await messySource();
    const before = await snapshot();
    const p = previewImport(store(), src);
    const result = applyImport(store(), { ...src, expectedCount: p.counts.import }, 'tester');
    expect(result).toEqual({ imported: 6, codes: [2, 3, 4, 5, 6, 7].map((n) => `ZB-0001-0000${n}`) });

    const after = await snapshot();
    expect(after.total).toBe(before.total + 6);
    // One audit row per member, and one for the import as a whole.
    expect(after.audit).toMatchObject({ ok: true, checked: before.audit.checked + 7 });

    const names = result.codes.map((code) => getMember(store(), code).name);
    expect(names).toEqual(['张三', '李四', '王五', '冯十二', '褚十四', '卫十五']);
    expect(getMember(store(), result.codes[0]!)).toMatchObject({
      gender: '1', ethnicity: '01', idNumber: IDS.zhang, birthDate: '1985-07-15', education: '21', occupation: '03',
      joinDate: '2010-06-30', fullDate: '2011-06-30', mobile: '13800138000', partyPost: '支部书记', memberType: 'full',
    });
    expect(getMember(store(), result.codes[1]!).idNumber).toBe(IDS.li);
    expect(getMember(store(), result.codes[2]!).idNumber).toMatch(/^11010519650302123[0-9X]$/);
    expect(getMember(store(), result.codes[3]!)).toMatchObject({ joinDate: '2018-07-01', fullDate: '2019-07-01' });
    expect(getMember(store(), result.codes[4]!)).toMatchObject({ joinDate: '2016-07-01', fullDate: '2017-07-01', education: '14' });
    expect(getMember(store(), result.codes[5]!)).toMatchObject({ joinDate: '2005-07-01', notes: '老党员', occupation: '08' });
    expect(listEvents(store(), result.codes[0]!)).toMatchObject([{ kind: 'import', date: todayIso() }]);
  });

  it('refuses with CONFLICT when the count differs from the preview, and writes nothing', async () => {
    await plantMember('单晓红', IDS.sun);
    const src = await messySource();
    const p = previewImport(store(), src);
    // Between preview and apply, someone enters 张三 by hand.
    await plantMember('张三', IDS.zhang);
    const before = await snapshot();
    let error: unknown;
    try {
      applyImport(store(), { ...src, expectedCount: p.counts.import }, 'tester');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'CONFLICT', params: { expected: 6, actual: 5 } });
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing at all when a row fails inside the transaction', async () => {
    await plantMember('单晓红', IDS.sun);
    const src = await messySource();
    const p = previewImport(store(), src);
    const before = await snapshot();
    // A failure the preview cannot foresee (as a full disk would be), on the fifth of six rows.
    store().sqlite.exec(
      "CREATE TEMP TRIGGER planted_failure BEFORE INSERT ON members WHEN NEW.name = '褚十四' BEGIN SELECT RAISE(ABORT, 'planted failure'); END",
    );
    expect(() => applyImport(store(), { ...src, expectedCount: p.counts.import }, 'tester')).toThrow(/planted failure/);
    expect(await snapshot()).toEqual(before);

    store().sqlite.exec('DROP TRIGGER planted_failure');
    // The code sequence rolled back too: the codes handed out are the ones the failed run used.
    expect(applyImport(store(), { ...src, expectedCount: p.counts.import }, 'tester').codes[0]).toBe('ZB-0001-00002');
  });

  it('applies the user mapping it is given', async () => {
    const bytes = await xlsxFile({ name: 'S', rows: [['姓名', '性别', '联系手机'], ['单晓红', '女', '13800138000']] });
    const src = source('名册.xlsx', bytes, { mapping: [{ column: 2, field: 'mobile' }] });
    const { codes } = applyImport(store(), { ...src, expectedCount: 1 }, 'tester');
    expect(getMember(store(), codes[0]!).mobile).toBe('13800138000');
  });
});

describe('importErrorsSheet', () => {
  it('lists the skipped rows with their original cells and reasons, in a workbook that opens', async () => {
    await plantMember('单晓红', IDS.sun);
    const out = await importErrorsSheet(store(), await messySource());
    expect(out.fileName).toBe('第一支部名册-未导入的行.xlsx');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('未导入的行');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['原行号', ...HEADER.map((h) => h.replace(/\s+/g, ' ')), '问题']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBeGreaterThan(5);

    const problemColumn = HEADER.length + 2;
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(Object.keys(EXPECTED_SKIP).map(Number));
    for (const r of rows) {
      expect(r.getCell(problemColumn).value).toBe(EXPECTED_SKIP[Number(r.getCell(1).value)]!.join('\n'));
    }
    // The ID column stays text, so a corrected number is not mangled again.
    expect(rows[0]!.getCell(6).value).toBe(IDS.zhao);
    expect(rows[0]!.getCell(6).numFmt).toBe('@');
    // A date cell goes back as a date cell (row 12, 入党时间), text as the text it was.
    const wu = rows.find((r) => r.getCell(1).value === 12)!;
    expect(wu.getCell(10).value).toEqual(new Date('2010-07-01T00:00:00Z'));
    expect(wu.getCell(10).numFmt).toBe('yyyy-mm-dd');
    expect(rows[0]!.getCell(10).value).toBe('2005-07-01');
  });

  it('can be corrected and imported again as it is: 原行号 and 问题 are left out', async () => {
    await plantMember('单晓红', IDS.sun);
    const out = await importErrorsSheet(store(), await messySource());
    const p = previewImport(store(), { fileName: out.fileName, contentBase64: out.contentBase64 });
    expect(p.headerRow).toBe(1);
    expect(p.mapping[0]).toMatchObject({ header: '原行号', field: null });
    expect(p.mapping.at(-1)).toMatchObject({ header: '问题', field: null });
    expect(p.rows).toHaveLength(7);
  });
});
