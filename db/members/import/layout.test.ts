import { describe, expect, it } from 'vitest';
import type { AppError } from '../../api/errors';
import { buildMapping, columnLetter, dataRows, findHeaderRow, headerTexts } from './layout';
import { readSheets, type SheetGrid } from './source';
import { xlsxFile } from './test-files';

/** A sheet of text cells; '' is an empty cell, [] an empty row. */
function grid(rows: string[][]): SheetGrid {
  return {
    name: 'Sheet1',
    hidden: false,
    rows: rows.map((r) => r.map((v) => (v === '' ? undefined : { value: v, date: false, shown: v }))),
  };
}

function issueCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as AppError).issues?.[0]?.code;
  }
  return undefined;
}

const HEADER = ['序号', '姓  名', '性　别', '公民身份\n号码', '出生年月：', '入党时间（年月日）', '*转正日期', '工作岗位', '职业', '党小组', '联系手机'];

describe('findHeaderRow', () => {
  it('passes over the title, the 填报 line and blank rows to the row with the most known names', () => {
    const g = grid([['XX党支部党员名册'], ['填报单位：第一支部', '', '填报日期：2024年6月1日'], [], HEADER, ['1', '单晓红']]);
    expect(findHeaderRow(g)).toBe(3);
  });

  it('finds no header in a sheet of prose', () => {
    expect(findHeaderRow(grid([['本表用于登记党员信息'], ['请按要求填写']]))).toBeUndefined();
  });
});

describe('buildMapping', () => {
  it('maps header variants (spaces, full-width, line breaks, colons, hints) and lists the rest as unmapped', () => {
    const mapping = buildMapping(headerTexts(grid([HEADER]), 0), { groupsExist: false });
    expect(mapping.map((m) => [m.header, m.field])).toEqual([
      ['序号', null],
      ['姓 名', 'name'],
      ['性 别', 'gender'],
      ['公民身份 号码', 'idNumber'],
      ['出生年月：', 'birthDate'],
      ['入党时间（年月日）', 'joinDate'],
      ['*转正日期', 'fullDate'],
      // 工作岗位 is the 4-digit post code; 职业 is the 人员类别 bucket.
      ['工作岗位', 'workPost'],
      ['职业', 'occupation'],
      // No 党小组 has been set up, so there is nothing to code the column against.
      ['党小组', null],
      ['联系手机', null],
    ]);
  });

  it('maps 党小组 once the branch has groups', () => {
    expect(buildMapping(['姓名', '党小组'], { groupsExist: true })[1]?.field).toBe('groupCode');
  });

  it('keeps the first of two columns for one field', () => {
    expect(buildMapping(['姓名', '手机', '联系电话'], { groupsExist: false }).map((m) => m.field)).toEqual(['name', 'mobile', null]);
  });

  it("lays the user's corrections over the detected mapping", () => {
    const mapping = buildMapping(['姓名', '联系手机', '备注'], {
      groupsExist: false,
      override: [{ column: 1, field: 'mobile' }, { column: 2, field: 'ignore' }],
    });
    expect(mapping.map((m) => m.field)).toEqual(['name', 'mobile', null]);
  });

  it('refuses a mapping without a name, with two columns for a field, or outside the header', () => {
    expect(issueCode(() => buildMapping(['性别', '民族'], { groupsExist: false }))).toBe('NAME_COLUMN_MISSING');
    expect(issueCode(() => buildMapping(['姓名', '手机', '电话2'], { groupsExist: false, override: [{ column: 2, field: 'mobile' }] }))).toBe(
      'DUPLICATE_MAPPING',
    );
    expect(issueCode(() => buildMapping(['姓名'], { groupsExist: false, override: [{ column: 5, field: 'notes' }] }))).toBe(
      'MAPPING_COLUMN_OUT_OF_RANGE',
    );
  });
});

describe('dataRows', () => {
  it('keeps member rows and passes over blanks, section titles, repeated headers and subtotals; the footer ends the list', () => {
    const header = ['序号', '姓名', '党内职务', '性别'];
    const g = grid([
      header,
      ['第一党小组'],
      ['1', '单晓红', '支部书记', '女'],
      [],
      ['小计：1人'],
      header,
      ['2', '曾国华', '', '男'],
      ['合计：2人'],
      ['3', '不是党员', '', '男'],
    ]);
    const mapping = buildMapping(headerTexts(g, 0), { groupsExist: false });
    expect(dataRows(g, 0, mapping).map((r) => r.rowNumber)).toEqual([3, 7]);
  });

  it.each([['制表人：张三　审核人：李四'], ['填表说明：日期请写成2020年3月5日'], ['注：本表一式两份']])(
    'stops at the footer line %j',
    (footer) => {
      const g = grid([['姓名', '性别'], ['单晓红', '女'], [footer], ['2. 其他说明', '']]);
      expect(dataRows(g, 0, buildMapping(headerTexts(g, 0), { groupsExist: false })).map((r) => r.rowNumber)).toEqual([2]);
    },
  );

  it('keeps every row under a header it recognises nothing in, once the user has mapped it', () => {
    const g = grid([['人名', '电邮'], ['单晓红', 'a@b.cn'], ['人名', '电邮'], ['曾国华', '']]);
    const mapping = buildMapping(headerTexts(g, 0), { groupsExist: false, override: [{ column: 0, field: 'name' }] });
    expect(dataRows(g, 0, mapping).map((r) => r.rowNumber)).toEqual([2, 4]);
  });

  it('does not take 支部书记 in a first 党内职务 column for a signature line', () => {
    const g = grid([['党内职务', '姓名'], ['支部书记', '单晓红'], ['', '曾国华']]);
    expect(dataRows(g, 0, buildMapping(headerTexts(g, 0), { groupsExist: false })).map((r) => r.rowNumber)).toEqual([2, 3]);
  });
});

describe('a two-level header with merged cells', () => {
  it('reads the lower row, taking the merged upper cells for the columns without sub-headings', async () => {
    const bytes = await xlsxFile({
      name: '名册',
      rows: [
        ['第一支部党员名册'],
        ['姓名', '性别', '入党情况', '', '备注'],
        ['', '', '入党日期', '转正日期', ''],
        ['单晓红', '女', '2010-06-30', '2011-06-30', ''],
      ],
      merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3'],
    });
    const g = readSheets('名册.xlsx', bytes)[0]!;
    const headerIndex = findHeaderRow(g)!;
    expect(headerIndex).toBe(2);
    const mapping = buildMapping(headerTexts(g, headerIndex), { groupsExist: false });
    expect(mapping.map((m) => m.field)).toEqual(['name', 'gender', 'joinDate', 'fullDate', 'notes']);
    expect(dataRows(g, headerIndex, mapping).map((r) => r.rowNumber)).toEqual([4]);
  });
});

describe('columnLetter', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [52, 'BA']])('%i → %s', (column, letter) => {
    expect(columnLetter(column)).toBe(letter);
  });
});
