import { describe, expect, it } from 'vitest';
import { breakPieces, fitColumns, layoutRegister, pagesByHeight, rowLines, textEm, wrapLines } from './register-layout';

describe('textEm and rowLines', () => {
  it('counts Chinese as a full em and digits as less', () => {
    expect(textEm('党费')).toBe(2);
    expect(textEm('12.30')).toBeCloseTo(2.75);
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

describe('layoutRegister on a year’s register from the backend', () => {
  it('puts every row once, in order, on pages whose rows fit, with room for the tail on the last', async () => {
    const { unlockedBackend } = await import('../../../db/test-support/temp-store');
    const { addMember, must } = await import('../../../db/dues/test-branch');
    const b = await unlockedBackend();
    try {
      for (let i = 0; i < 40; i++) {
        const code = await addMember(b, `党员${String(i + 1).padStart(2, '0')}`);
        await must(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: i % 3 ? 'employed' : 'retired', baseFen: 250_000 + i * 37_123 });
        // Every third member pays month by month: twelve dates in the 交纳日期 cell.
        if (i % 3 === 0) {
          const due = (await must(b, 'dues.memberLedger', { memberCode: code, asOf: '2026-01' })).months[0]!.dueFen;
          for (let m = 1; m <= 12; m++) {
            const month = `2025-${String(m).padStart(2, '0')}`;
            await must(b, 'dues.recordPayment', { memberCode: code, fromMonth: month, amountFen: due, method: 'cash', paidOn: `${month}-1${m % 9}`, receiptNo: `Y${i}-${m}` });
          }
        }
      }
      const doc = await must(b, 'dues.register', { period: { kind: 'year', year: 2025 }, asOf: '2026-01' });
      const layout = layoutRegister(doc);
      expect(layout.pages.flat()).toEqual(doc.rows.map((_, i) => i));
      expect(layout.pages.length).toBeGreaterThan(1);
      expect(layout.columnsMm.reduce((a, w) => a + w, 0)).toBeCloseTo(268);
      // The money columns are wide enough for their longest figure on one line.
      doc.columns.forEach((c, i) => {
        if (c.money) expect(layout.columnsMm[i]!, c.header).toBeGreaterThanOrEqual(textEm(doc.totals[i]!.text) * 3.2 + 2.4 - 1e-9);
      });
    } finally {
      b.cleanup();
    }
  }, 60_000);
});

describe('breakPieces and wrapLines', () => {
  it('breaks between Chinese characters and after hyphens, keeping punctuation with its neighbour', () => {
    expect(breakPieces('Y0-1、Y0-2')).toEqual(['Y0-', '1、', 'Y0-', '2']);
    expect(breakPieces('在职（按月）')).toEqual(['在', '职', '（按', '月）']);
    expect(breakPieces('2026年11月')).toEqual(['2026', '年', '11', '月']);
    expect(breakPieces('0.5%')).toEqual(['0.5%']);
  });

  it('fills lines greedily and splits a piece longer than a line', () => {
    expect(wrapLines('', 3)).toBe(1);
    expect(wrapLines('党费收缴', 4)).toBe(1);
    expect(wrapLines('党费收缴', 3)).toBe(2);
    // '1月11日、' fits 4.2 em; the next date starts a new line in a 5 em column.
    expect(wrapLines('1月11日、2月12日', 5)).toBe(2);
    expect(wrapLines('DF2026000001', 3)).toBe(3);
  });
});
