import { describe, expect, it } from 'vitest';
import { percentile, summarise } from './stats';

describe('bench statistics', () => {
  it('interpolates percentiles between ranks', () => {
    expect(percentile([4, 1, 3, 2, 5], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95)).toBe(10.5);
  });

  it('reports the spread as (p95 − p5) / p50', () => {
    const s = summarise([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect(s).toMatchObject({ runs: 10, p50: 10, p95: 10, spread: 0 });
    expect(summarise([5, 10, 15]).spread).toBeCloseTo((14.5 - 5.5) / 10);
  });

  it('refuses to summarise nothing', () => {
    expect(() => percentile([], 50)).toThrow();
  });
});
