import { describe, expect, it } from 'vitest';
import { partyAge } from './roster';

describe('partyAge (党龄)', () => {
  it.each([
    ['2011-06-30', 0, '2026-06-29', { years: 14, months: 11 }],
    ['2011-06-30', 0, '2026-06-30', { years: 15, months: 0 }],
    ['2011-06-30', 14, '2026-06-30', { years: 16, months: 2 }],
    ['2011-06-30', -6, '2026-06-30', { years: 14, months: 6 }],
    ['2020-01-31', 0, '2020-02-29', { years: 0, months: 1 }],
    ['2020-02-29', 0, '2021-02-28', { years: 1, months: 0 }],
    ['2024-02-29', 0, '2025-02-27', { years: 0, months: 11 }],
    ['2026-01-01', -24, '2026-06-01', { years: 0, months: 0 }],
  ])('from %s with correction %i on %s', (fullDate, adjust, on, expected) => {
    expect(partyAge(fullDate, adjust, on)).toEqual(expected);
  });

  it('is null for a probationary member or a 转正 date still ahead', () => {
    expect(partyAge(null, 0, '2026-01-01')).toBeNull();
    expect(partyAge('2026-06-01', 0, '2026-01-01')).toBeNull();
  });
});
