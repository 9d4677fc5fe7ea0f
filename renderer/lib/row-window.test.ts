import { describe, expect, it } from 'vitest';
import { consecutiveRuns, PageCache, pagesCovering } from './row-window';

describe('pagesCovering', () => {
  it('returns the pages a visible range touches', () => {
    expect(pagesCovering(0, 19, 100, 1000)).toEqual([0]);
    expect(pagesCovering(95, 130, 100, 1000)).toEqual([0, 1]);
  });

  it('adds overscan pages on both sides but never below 0 or past the last page', () => {
    expect(pagesCovering(250, 260, 100, 1000, 1)).toEqual([1, 2, 3]);
    expect(pagesCovering(0, 10, 100, 1000, 1)).toEqual([0, 1]);
    expect(pagesCovering(990, 999, 100, 1000, 1)).toEqual([8, 9]);
  });

  it('asks for the first page only while the total is unknown', () => {
    expect(pagesCovering(0, 30, 100, null)).toEqual([0]);
  });

  it('needs nothing for an empty range or an empty result', () => {
    expect(pagesCovering(5, 4, 100, 1000)).toEqual([]);
    expect(pagesCovering(0, -1, 100, 0)).toEqual([]);
  });

  it('stays small at the bottom of 200,000 rows', () => {
    expect(pagesCovering(199_980, 199_999, 100, 200_000, 1)).toEqual([1998, 1999]);
  });
});

describe('PageCache', () => {
  it('finds a row by its index across pages', () => {
    const cache = new PageCache<string>(3, 10);
    cache.set(0, ['a', 'b', 'c']);
    cache.set(1, ['d', 'e']);
    expect(cache.rowAt(0)).toBe('a');
    expect(cache.rowAt(4)).toBe('e');
    expect(cache.rowAt(5)).toBeUndefined();
    expect(cache.rowAt(9)).toBeUndefined();
  });

  it('drops the least recently used page beyond its limit, keeping touched pages', () => {
    const cache = new PageCache<number>(1, 2);
    cache.set(0, [0]);
    cache.set(1, [1]);
    cache.touch(0);
    cache.set(2, [2]);
    expect(cache.has(0)).toBe(true);
    expect(cache.has(1)).toBe(false);
    expect(cache.has(2)).toBe(true);
    expect(cache.size).toBe(2);
  });

  it('forgets everything on clear (new search or sort)', () => {
    const cache = new PageCache<number>(1, 2);
    cache.set(0, [0]);
    cache.clear();
    expect(cache.rowAt(0)).toBeUndefined();
  });
});

describe('consecutiveRuns', () => {
  it('groups neighbouring pages so they travel in one request', () => {
    expect(consecutiveRuns([3, 4, 5, 9])).toEqual([[3, 4, 5], [9]]);
    expect(consecutiveRuns([0])).toEqual([[0]]);
    expect(consecutiveRuns([])).toEqual([]);
    expect(consecutiveRuns([1, 3, 5])).toEqual([[1], [3], [5]]);
  });
});
