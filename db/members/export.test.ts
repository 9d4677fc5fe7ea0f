import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';
import { makeId } from './test-people';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function exported(layout: 'roster' | 'collection-form') {
  const b = await unlockedBackend();
  cleanup = b.cleanup;
  for (const fields of [
    { name: '单晓红', idNumber: makeId('1985-07-01', '2'), ethnicity: '01', education: '21', joinDate: '2010-06-30', fullDate: '2011-06-30' },
    { name: '阿依古丽·买买提', gender: '2' as const, ethnicity: '05', joinDate: '2025-09-01' },
  ]) {
    const r = await b.call('members.create', { fields, addition: { kind: 'import', date: '2025-10-01' } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  const r = await b.call('members.export', { layout });
  if (!r.ok) throw new Error(r.error.code);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(r.value.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { file: r.value.fileName, ws: wb.worksheets[0]! };
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe('members.export', () => {
  it('writes the roster with a title, the branch, a bold header and one row per member', async () => {
    const { file, ws } = await exported('roster');
    expect(file).toMatch(/^党员名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(String(ws.getCell(1, 1).value)).toBe('中共示范单位第一支部委员会党员名册');
    expect(String(ws.getCell(2, 1).value)).toContain('共 2 人');
    expect(rowValues(ws, 3).slice(0, 5)).toEqual(['序号', '姓名', '性别', '民族', '公民身份号码']);
    expect(ws.getRow(3).getCell(1).font?.bold).toBe(true);
    expect(rowValues(ws, 4).slice(0, 8)).toEqual([1, '单晓红', '女', '汉族', makeId('1985-07-01', '2'), '1985-07-01', '大学本科', '']);
    expect(rowValues(ws, 5)).toContain('预备党员');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.getCell(4, 5).numFmt).toBe('@');
  });

  it('writes the 采集表 column order', async () => {
    const { ws } = await exported('collection-form');
    expect(rowValues(ws, 3)).toEqual([
      '序号', '姓名', '所在党支部', '公民身份号码', '性别', '民族', '出生日期', '学历', '人员类别', '加入党组织日期',
      '转为正式党员日期', '工作岗位', '手机号码', '固定电话', '家庭住址', '党籍状态', '是否为失联党员', '失去联系日期',
      '是否为流动党员', '外出流向', '备注',
    ]);
    expect(rowValues(ws, 5).slice(0, 6)).toEqual([2, '阿依古丽·买买提', '中共示范单位第一支部委员会', '', '女', '维吾尔族']);
  });
});
