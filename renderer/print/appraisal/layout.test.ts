import { describe, expect, it } from 'vitest';
import { ballotLayout, ballotPages, groupColumns, paginateWithFooter } from './layout';

const range = (n: number) => Array.from({ length: n }, (_v, i) => i);

describe('appraisal print layout', () => {
  it('groups the backend’s flat columns under two heading rows', () => {
    const columns = ['序号', '姓名', '自评', '互评·优秀', '互评·合格', '测评·优秀', '测评·合格', '组织评定'];
    expect(groupColumns(columns)).toEqual({
      top: [
        { label: '序号', colSpan: 1, rowSpan: 2 },
        { label: '姓名', colSpan: 1, rowSpan: 2 },
        { label: '自评', colSpan: 1, rowSpan: 2 },
        { label: '互评', colSpan: 2, rowSpan: 1 },
        { label: '测评', colSpan: 2, rowSpan: 1 },
        { label: '组织评定', colSpan: 1, rowSpan: 2 },
      ],
      sub: ['优秀', '合格', '优秀', '合格'],
    });
  });

  it('keeps room for the signatures on the last page of the results', () => {
    const sizes = (n: number) => paginateWithFooter(range(n), 20, 5).map((p) => p.rows.length);
    expect(sizes(0)).toEqual([0]);
    expect(sizes(12)).toEqual([12]);
    expect(sizes(15)).toEqual([15]);
    // 16 rows and the signatures do not fit one page: the last row goes over with them.
    expect(sizes(16)).toEqual([15, 1]);
    expect(sizes(35)).toEqual([20, 15]);
    expect(sizes(45)).toEqual([20, 20, 5]);
    const pages = paginateWithFooter(range(45), 20, 5);
    expect(pages.map((p) => [p.number, p.firstIndex])).toEqual([[1, 0], [2, 20], [3, 40]]);
    expect(() => paginateWithFooter(range(3), 5, 5)).toThrow(RangeError);
  });

  it('puts the 测评表 of a branch on one sheet: one column up to 25, two up to 50, pages beyond', () => {
    expect(ballotLayout(12)).toEqual({ blocks: 1, rowsPerBlock: 12, rowMm: 11, pages: 1 });
    expect(ballotLayout(25)).toMatchObject({ blocks: 1, rowsPerBlock: 25, pages: 1 });
    expect(ballotLayout(25).rowMm).toBeGreaterThanOrEqual(7);
    expect(ballotLayout(26)).toEqual({ blocks: 2, rowsPerBlock: 13, rowMm: 11, pages: 1 });
    expect(ballotLayout(50)).toMatchObject({ blocks: 2, rowsPerBlock: 25, pages: 1 });
    expect(ballotLayout(51)).toMatchObject({ blocks: 2, rowsPerBlock: 25, pages: 2 });
    expect(ballotLayout(0)).toMatchObject({ blocks: 1, pages: 1 });
    // Every member appears once, in order, across blocks and pages.
    const pages = ballotPages(range(51), ballotLayout(51));
    expect(pages.flatMap((p) => p.blocks.flatMap((b) => b.rows))).toEqual(range(51));
    expect(pages[1]!.blocks.map((b) => b.firstIndex)).toEqual([50]);
  });
});
