import { describe, expect, it } from 'vitest';
import { LIVE_DATE_FORMATS, LIVE_MONTH_FORMATS, parseTypedDate, parseTypedMonth } from './typed-date';
import dayjs from 'dayjs';

describe('parseTypedDate', () => {
  it.each([
    ['1985-03-12', '1985-03-12'],
    ['19850312', '1985-03-12'],
    ['1985.3.12', '1985-03-12'],
    ['1985.03.12', '1985-03-12'],
    ['1985/3/2', '1985-03-02'],
    ['1985年3月12日', '1985-03-12'],
    ['1985-3-2', '1985-03-02'],
    [' 2026-11-25 ', '2026-11-25'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTypedDate(text)).toBe(iso);
  });

  it.each(['', '2026-02-30', '2025-02-29', '2026-13-01', '1985', '198503', 'abc', '2026年11月'])('refuses %j', (text) => {
    expect(parseTypedDate(text)).toBeNull();
  });

  it('takes no live format while a date is still being typed character by character', () => {
    // Every prefix of each way of typing 2026-11-25 must not already be a date the picker would take.
    for (const full of ['2026-11-25', '20261125', '2026年11月25日']) {
      for (let n = 1; n < full.length; n += 1) {
        const prefix = full.slice(0, n);
        const taken = LIVE_DATE_FORMATS.some((f) => dayjs(prefix, f, true).isValid());
        expect(taken, prefix).toBe(false);
      }
      expect(LIVE_DATE_FORMATS.some((f) => dayjs(full, f, true).isValid()), full).toBe(true);
    }
  });

  it('reads months the same way, and takes none while "2026-11" is still being typed', () => {
    expect(['2026-03', '202603', '2026.3', '2026/3', '2026年3月', '2026-3'].map(parseTypedMonth)).toEqual(Array(6).fill('2026-03'));
    expect(['', '2026-13', '2026', 'abc'].map(parseTypedMonth)).toEqual([null, null, null, null]);
    for (const full of ['2026-11', '202611', '2026年11月']) {
      for (let n = 1; n < full.length; n += 1) {
        const prefix = full.slice(0, n);
        expect(LIVE_MONTH_FORMATS.some((f) => dayjs(prefix, f, true).isValid()), prefix).toBe(false);
      }
    }
  });
});
