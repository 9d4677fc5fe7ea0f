import { describe, expect, it } from 'vitest';
import { fitColumns, pagesByHeight, rowLines, textEm } from './register-layout';

describe('textEm and rowLines', () => {
  it('counts Chinese as a full em and digits as less', () => {
    expect(textEm('党费')).toBe(2);
    expect(textEm('12.30')).toBeCloseTo(3);
    expect(textEm('在职（按月领取工资）')).toBe(10);
  });

  it('wraps the longest cell of a row by its column width', () => {
    const g = { columnsMm: [20, 40], paddingMm: 1, fontMm: 3 };
    // 18 mm inside the first column: 6 characters a line.
    expect(rowLines(['张三', ''], { ...g, lineMm: 4 })).toBe(1);
    expect(rowLines(['在职（按月领取工资）', ''], { ...g, lineMm: 4 })).toBe(2);
    expect(rowLines(['', '连续6个月以上未交，提请支委会研究；经批准少交'], { ...g, lineMm: 4 })).toBe(2);
  });
});

describe('pagesByHeight', () => {
  it('fills pages up to their height and keeps the tail with the last rows', () => {
    expect(pagesByHeight([10, 10, 10], 100, 20)).toEqual([[0, 1, 2]]);
    expect(pagesByHeight([40, 40, 40], 100, 10)).toEqual([[0, 1], [2]]);
    // The tail does not fit under rows 2 and 3: row 3 goes over with it.
    expect(pagesByHeight([40, 40, 30, 30], 100, 50)).toEqual([[0, 1], [2], [3]]);
    expect(pagesByHeight([90], 100, 50)).toEqual([[0], []]);
    expect(pagesByHeight([], 100, 50)).toEqual([[]]);
  });
});

describe('fitColumns', () => {
  const total = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1000) / 1000;

  it('shares spare room in proportion when the texts are short', () => {
    expect(fitColumns([10, 30], [5, 5], 80)).toEqual([20, 60]);
  });

  it('takes room from the columns that can wrap, in proportion to what they can give', () => {
    const w = fitColumns([10, 60, 50], [10, 20, 20], 100);
    expect(w[0]).toBe(10);
    expect(total(w)).toBe(100);
    expect(w[1]).toBeCloseTo(60 - (20 * 40) / 70);
  });

  it('scales the minimums when even they do not fit', () => {
    expect(total(fitColumns([50, 50], [40, 60], 50))).toBe(50);
  });
});

describe('rowLines at the natural width', () => {
  it('keeps a figure laid out at exactly its width on one line', () => {
    const fontMm = 3.2;
    const width = textEm('4567.89') * fontMm + 2.4;
    expect(rowLines(['4567.89'], { columnsMm: [width], paddingMm: 1.2, fontMm, lineMm: 4.4 })).toBe(1);
  });
});
