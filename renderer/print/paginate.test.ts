import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('paginate', () => {
  it('cuts rows into numbered pages of a fixed size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.rows)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.firstIndex)).toEqual([0, 2, 4]);
  });

  it('prints one empty page for an empty list', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, rows: [], firstIndex: 0 }]);
  });

  it('fills exactly when the count divides evenly (no blank last page)', () => {
    expect(paginate(Array.from({ length: 40 }, (_, i) => i), 20)).toHaveLength(2);
  });

  it('refuses a page size below one', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});
