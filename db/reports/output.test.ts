import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestBranch, ok, type TestBranch } from './test-branch';

let branch: TestBranch | undefined;
afterEach(() => branch?.b.cleanup());

async function submitted(): Promise<TestBranch> {
  const t = await buildTestBranch();
  const r = ok(await t.b.call('reports.compute', { period: '2026Q3' }));
  for (const i of r.validation.issues) ok(await t.b.call('reports.explain', { period: '2026Q3', key: i.key, text: `已核实（${i.rule}）` }));
  ok(await t.b.call('reports.submit', { period: '2026Q3' }));
  return t;
}

describe('reports.document', () => {
  it('fills the quarterly template with worded values, the status, the explanations and the hash', async () => {
    branch = await submitted();
    const doc = ok(await branch.b.call('reports.document', { period: '2026Q3', version: 1 }));
    expect(doc).toMatchObject({
      orgName: '中共示范单位第一支部委员会',
      title: '中共示范单位第一支部委员会2026年第三季度党支部党员情况统计表',
      periodRange: '2026年7月1日至2026年9月30日',
      version: 1,
      correctionNote: null,
      preparedBy: '单晓红',
    });
    expect(doc.statusLine).toMatch(/^第1版，\d{4}年\d{1,2}月\d{1,2}日上报$/);
    expect(doc.templateNote).toContain('不是中组部正式表式');
    expect(doc.tables.map((t) => t.key)).toEqual(['changes', 'structure', 'development', 'meetings', 'training-dues']);
    const rows = (key: string) => Object.fromEntries(doc.tables.find((t) => t.key === key)!.rows.map((r) => [r.label, r.cells.map((c) => c.text)]));
    expect(rows('changes')).toMatchObject({ 上期末党员总数: ['6'], 本期增加: ['2'], 本期减少: ['2'], '录入原有党员（不计入增加）': ['1'], 本期末党员总数: ['7'] });
    expect(rows('meetings')['支部委员会会议']).toEqual(['3', '0', '1']);
    expect(rows('training-dues')).toMatchObject({ '党课时长（小时）': ['1.5'], '应交党费（元）': ['120.60'], '欠交（元）': ['40.00'] });
    expect(doc.validationLines[0]).toBe('校验通过，11项提示均已说明');
    expect(doc.explanations).toContainEqual({ topic: '1名党员期末年龄超过100岁，请核对出生日期：黄丽', text: '已核实（AGE_OVER_100）' });
    expect(doc.hash).toMatch(/^[0-9a-f]{64}$/);
    const draft = ok(await branch.b.call('reports.document', { period: '2026Q3' }));
    expect(draft).toMatchObject({ version: null, statusLine: '草稿：按当前记录计算，尚未上报', hash: null });
  });

  it('prints the annual tables with the two-year comparison', async () => {
    branch = await buildTestBranch();
    const doc = ok(await branch.b.call('reports.document', { period: '2026' }));
    const compare = doc.tables.find((t) => t.key === 't1-compare')!;
    expect(compare.columns).toEqual(['项目', '上年底', '本年底', '增减']);
    // 2025 ended before anyone was entered (all arrived in 2026), so the year grew from 0.
    expect(compare.rows[0]).toMatchObject({ label: '党员总数', cells: [{ text: '0' }, { text: '6' }, { text: '6' }] });
    expect(doc.validationLines[0]).toMatch(/^校验通过，另有\d+项提示，其中\d+项尚未说明$/);
  });
});

describe('reports.exportXlsx', () => {
  it('writes one sheet per table in the template layout, and the file opens', async () => {
    branch = await submitted();
    const file = ok(await branch.b.call('reports.exportXlsx', { period: '2026Q3', version: 1 }));
    expect(file.fileName).toBe('党内统计-2026年第三季度-第1版.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表一 党员数量及增减情况', '表二 期末党员构成', '表三 发展党员工作情况', '表四 组织生活情况', '表五 党课和党费情况', '校验与说明']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('表一 党员数量及增减情况');
    expect(String(ws.getCell(2, 1).value)).toContain('中共示范单位第一支部委员会（ZB-0001）');
    expect(String(ws.getCell(2, 1).value)).toContain('2026年第三季度（2026年7月1日至2026年9月30日）');
    expect([ws.getCell(4, 1).value, ws.getCell(4, 2).value]).toEqual(['项目', '人数']);
    expect(ws.getCell(4, 1).font?.bold).toBe(true);
    expect(ws.getCell(5, 2).border?.top?.style).toBe('thin');
    const total = ws.getRows(5, 20)!.find((r) => r.getCell(1).value === '本期末党员总数');
    expect(total?.getCell(2).value).toBe(7);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(ws.headerFooter.oddFooter).toContain('&P');
    const dues = wb.getWorksheet('表五 党课和党费情况')!;
    const due = dues.getRows(5, 20)!.find((r) => r.getCell(1).value === '应交党费（元）');
    expect([due?.getCell(2).value, due?.getCell(2).numFmt]).toEqual([120.6, '0.00']);
    const notes = wb.getWorksheet('校验与说明')!;
    expect(notes.getCell(6, 2).value).toBe('校验通过，11项提示均已说明');
  });
});
