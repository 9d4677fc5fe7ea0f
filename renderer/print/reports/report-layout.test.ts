import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../pages/reports/report-types';
import { layoutReport, REPORT_METRICS, sheetTitle, tableOrientation, textLines, type Block } from './report-layout';

function table(key: string, rows: number, valueColumns = 1) {
  return {
    key,
    title: `表 ${key}`,
    note: null,
    columns: ['项目', ...Array.from({ length: valueColumns }, (_, i) => `栏${i + 1}`)],
    rows: Array.from({ length: rows }, (_, i) => ({ label: `行${i + 1}`, indent: 0, cells: Array.from({ length: valueColumns }, () => ({ text: '1', value: 1, unit: 'count' as const, key: null })) })),
  };
}

function doc(tables: ReturnType<typeof table>[], extra: Partial<ReportDocument> = {}): ReportDocument {
  return {
    orgName: '中共示范单位机关第一支部委员会',
    orgCode: 'ZB-0001',
    title: '统计表',
    periodLabel: '2026年第三季度',
    periodRange: '2026年7月1日至2026年9月30日',
    templateNote: 'BranchDesk 支部工作台的支部版本，依据本支部记录生成，不是中组部正式表式。',
    version: null,
    statusLine: '草稿',
    correctionNote: null,
    preparedBy: '单晓红',
    preparedOn: '2026年11月25日',
    tables,
    validationLines: ['校验通过，2项提示均已说明'],
    explanations: [{ topic: '党员总数减少', text: '一人转出、一人去世。' }],
    hash: null,
    ...extra,
  };
}

const tableRows = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? [b.table, b.from, b.to, b.continued] : []));

describe('layoutReport', () => {
  it('puts a short quarterly report on one portrait page, tables whole, then validation, explanations and signatures', () => {
    const pages = layoutReport(doc([table('a', 8), table('b', 6)]));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, orientation: 'portrait', first: true });
    expect(pages[0]!.blocks.map((b) => b.kind)).toEqual(['table', 'table', 'text', 'text', 'sign']);
    expect(tableRows(pages[0]!.blocks)).toEqual([
      [0, 0, 8, false],
      [1, 0, 6, false],
    ]);
  });

  it('moves a table that does not fit to the next page rather than splitting it', () => {
    const pages = layoutReport(doc([table('a', 16), table('b', 13), table('c', 7)]));
    const all = pages.flatMap((p) => tableRows(p.blocks).map((r) => [p.number, ...r]));
    // Every table lies whole on one page.
    expect(all.every(([, , from, , continued]) => from === 0 && continued === false)).toBe(true);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(1).every((p) => !p.first)).toBe(true);
  });

  it('splits a table longer than a page, repeating its header, and no page overflows', () => {
    const pages = layoutReport(doc([table('long', 80)]));
    const chunks = pages.flatMap((p) => tableRows(p.blocks));
    expect(chunks.map((c) => c[3])).toEqual([false, ...Array(chunks.length - 1).fill(true)]);
    expect(chunks.reduce((n, c) => n + (Number(c[2]) - Number(c[1])), 0)).toBe(80);
    const m = REPORT_METRICS;
    for (const p of pages) {
      const rows = tableRows(p.blocks).reduce((n, c) => n + (Number(c[2]) - Number(c[1])), 0);
      expect(rows * m.row).toBeLessThanOrEqual(m.pageHeight.portrait - m.footer - m.runningHead);
    }
  });

  it('turns a wide table onto landscape pages of its own and returns to portrait for the text', () => {
    const pages = layoutReport(doc([table('a', 5), table('wide', 6, 9), table('b', 5)]));
    expect(pages.map((p) => p.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    expect(tableRows(pages[1]!.blocks)).toEqual([[1, 0, 6, false]]);
    expect(pages.at(-1)!.blocks.at(-1)).toEqual({ kind: 'sign' });
  });

  it('numbers pages from 1 and never leaves a page empty', () => {
    const long = Array.from({ length: 40 }, (_, i) => ({ topic: `提示${i}`, text: '说明'.repeat(60) }));
    const pages = layoutReport(doc([table('a', 20), table('b', 20)], { explanations: long }));
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
    expect(pages.every((p) => p.blocks.length > 0)).toBe(true);
    const texts = pages.flatMap((p) => p.blocks).filter((b) => b.kind === 'text' && b.section === 'explanations');
    expect(texts.reduce((n, b) => n + (b.kind === 'text' ? b.to - b.from : 0), 0)).toBe(40);
  });
});

describe('tableOrientation and textLines', () => {
  it('keeps up to six value columns upright', () => {
    expect(tableOrientation({ columns: ['项目', ...Array(6).fill('x')] })).toBe('portrait');
    expect(tableOrientation({ columns: ['项目', ...Array(7).fill('x')] })).toBe('landscape');
  });

  it('wraps CJK text by width, counting Latin characters as about half', () => {
    expect(textLines('', 170)).toBe(1);
    expect(textLines('字'.repeat(44), 170)).toBe(1);
    expect(textLines('字'.repeat(45), 170)).toBe(2);
    expect(textLines('a'.repeat(80), 170)).toBe(1);
  });
});

describe('sheetTitle', () => {
  it('drops the branch and period the heading prints on their own lines', () => {
    expect(sheetTitle({ title: '第一支部2026年第三季度党支部党员情况统计表', orgName: '第一支部', periodLabel: '2026年第三季度' })).toBe('党支部党员情况统计表');
    expect(sheetTitle({ title: '统计表', orgName: '第一支部', periodLabel: '2026年度' })).toBe('统计表');
  });
});
