import { describe, expect, it } from 'vitest';
import { convertRow } from './convert';
import type { ImportField } from './fields';
import type { Cell } from './source';

function text(value: string): Cell {
  return { value, date: false, shown: value };
}
function num(value: number, shown = String(value)): Cell {
  return { value, date: false, shown };
}
function dateCell(serial: number, shown: string): Cell {
  return { value: serial, date: true, shown };
}

/** Converts one cell as the given field, alongside a name so the row is complete. */
function one(field: ImportField, cell: Cell, groups = new Map<string, string>()) {
  const out = convertRow([text('单晓红'), cell], [
    { column: 0, header: '姓名', field: 'name' },
    { column: 1, header: 'x', field },
  ], { groups });
  return { value: out.fields[field], problems: out.problems, notes: out.notes };
}

describe('convertRow: dates', () => {
  it.each<[string, Cell]>([
    ['2010年6月30日', text('2010年6月30日')],
    ['2010.6.30', text('2010.6.30')],
    ['2010-06-30', text('2010-06-30')],
    ['2010/6/30', text('2010/6/30')],
    ['二〇一〇年六月三十日', text('二〇一〇年六月三十日')],
    ['2010年06月30号', text('2010年06月30号')],
    ['full-width ２０１０－０６－３０', text('２０１０－０６－３０')],
    ['a time after the date', text('2010-06-30 00:00:00')],
    ['20100630 typed into a General cell', num(20100630)],
    ['a real date cell', dateCell(40359, '2010/6/30')],
    ['a date serial in a General cell', num(40359)],
  ])('reads %s as 2010-06-30', (_name, cell) => {
    expect(one('joinDate', cell)).toEqual({ value: '2010-06-30', problems: [], notes: [] });
  });

  it.each(['2010年6月', '2010.06', '2010-6'])('records the year-month %s as the 1st and notes it', (written) => {
    expect(one('joinDate', text(written))).toEqual({
      value: '2010-06-01',
      problems: [],
      notes: [{ field: 'joinDate', code: 'DATE_MONTH_ONLY' }],
    });
  });

  it.each(['2020年13月', '2020年2月30日', '3/5/2020', '去年'])('refuses %s, naming the value', (written) => {
    expect(one('joinDate', text(written))).toEqual({
      value: undefined,
      problems: [{ field: 'joinDate', code: 'DATE_UNRECOGNISED', params: { value: written } }],
      notes: [],
    });
  });
});

describe('convertRow: numbers that must stay text', () => {
  it('refuses an 18-digit ID that Excel stored as a number, quoting what Excel shows', () => {
    expect(one('idNumber', num(110105198507010000, '1.10105E+17')).problems).toEqual([
      { field: 'idNumber', code: 'EXCEL_SCIENTIFIC', params: { value: '1.10105E+17' } },
    ]);
  });

  it('refuses the same damage when it arrives as text from a CSV', () => {
    expect(one('idNumber', text('1.10105E+17')).problems[0]?.code).toBe('EXCEL_SCIENTIFIC');
    expect(one('mobile', text('1.38001E+10')).problems[0]?.code).toBe('EXCEL_SCIENTIFIC');
  });

  it('keeps a 15-digit ID and an 11-digit mobile stored as numbers (they fit exactly)', () => {
    expect(one('idNumber', num(110105650302123, '1.10106E+14')).value).toBe('110105650302123');
    expect(one('mobile', num(13800138000, '1.38E+10')).value).toBe('13800138000');
  });

  it('takes spaces out of phone and ID numbers and folds full-width digits', () => {
    expect(one('mobile', text('138 0013 8000')).value).toBe('13800138000');
    expect(one('idNumber', text('１１０１０５ １９８５０７０１ ００２ｘ')).value).toBe('11010519850701002x');
  });
});

describe('convertRow: code tables and flags', () => {
  it.each<[ImportField, string, string]>([
    ['ethnicity', '汉', '01'],
    ['ethnicity', '汉族', '01'],
    ['ethnicity', '1', '01'],
    ['education', '本科', '21'],
    ['education', '大学', '21'],
    ['education', '研究生（硕士）', '14'],
    ['occupation', '退休', '08'],
    ['gender', '男', '1'],
    ['gender', '女性', '2'],
    ['standing', '正常', 'normal'],
    ['standing', '停止党籍', 'stopped'],
    ['lostContactReason', '外出务工经商', '1'],
  ])('%s %s → %s', (field, written, expected) => {
    expect(one(field, text(written))).toEqual({ value: expected, problems: [], notes: [] });
  });

  it('refuses text that is in no code table, naming it', () => {
    expect(one('ethnicity', text('汉人')).problems).toEqual([
      { field: 'ethnicity', code: 'CODE_UNRECOGNISED', params: { value: '汉人' } },
    ]);
    expect(one('gender', text('未知')).problems[0]?.code).toBe('GENDER_UNRECOGNISED');
  });

  it.each<[Cell, boolean]>([
    [text('是'), true],
    [text('否'), false],
    [text('√'), true],
    [text('Y'), true],
    [num(0), false],
    [{ value: true, date: false, shown: 'TRUE' }, true],
  ])('reads the flag %j', (cell, expected) => {
    expect(one('lostContact', cell).value).toBe(expected);
  });

  it('refuses a flag that is neither 是 nor 否', () => {
    expect(one('mobileMember', text('有时')).problems[0]).toMatchObject({ code: 'BOOL_UNRECOGNISED', params: { value: '有时' } });
  });

  it('codes 党小组 against the branch groups and notes one it does not know', () => {
    const groups = new Map([['第一党小组', 'G1']]);
    expect(one('groupCode', text('第一 党小组'), groups).value).toBe('G1');
    expect(one('groupCode', text('第九党小组'), groups)).toEqual({
      value: undefined,
      problems: [],
      notes: [{ field: 'groupCode', code: 'GROUP_UNKNOWN', params: { value: '第九党小组' } }],
    });
  });

  it('keeps 工作岗位 as written while no code table is loaded, and notes text too long to keep', () => {
    expect(one('workPost', text('管理岗')).value).toBe('管理岗');
    expect(one('workPost', text('企业单位专业技术岗位（工程）')).notes[0]?.code).toBe('WORK_POST_TOO_LONG');
  });
});

describe('convertRow: text', () => {
  it.each([
    ['张　三', '张三'],
    [' 单 晓 红 ', '单晓红'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['Maria  Lopez', 'Maria Lopez'],
  ])('cleans the name %j to %j', (written, expected) => {
    expect(one('name', text(written)).value).toBe(expected);
  });

  it('collapses stray spaces in other text but keeps line breaks in 备注', () => {
    expect(one('address', text('  北京市　朝阳区   XX路1号 ')).value).toBe('北京市 朝阳区 XX路1号');
    expect(one('notes', text('第一行 \n\n  第二行')).value).toBe('第一行\n第二行');
  });

  it.each(['无', '—', '/', ' 暂无 '])('treats the placeholder %j as an empty cell', (placeholder) => {
    expect(one('partyPost', text(placeholder))).toEqual({ value: undefined, problems: [], notes: [] });
  });

  it('always gives the name, empty when the cell is', () => {
    const out = convertRow([undefined, text('男')], [
      { column: 0, header: '姓名', field: 'name' },
      { column: 1, header: '性别', field: 'gender' },
    ], { groups: new Map() });
    expect(out.fields).toEqual({ name: '', gender: '1' });
  });
});
