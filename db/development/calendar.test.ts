import { describe, expect, it } from 'vitest';
import calendarFile from './rules/holidays-cn.json' with { type: 'json' };
import { HOLIDAYS_CN, isWorkingDay, loadHolidayCalendar, workingWindow } from './calendar';

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-14', true, '调休 Saturday before 春节'],
    ['2026-02-16', false, '春节 Monday'],
    ['2026-02-28', true, '调休 Saturday after 春节'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2025-10-08', false, '国庆 and 中秋 together'],
    ['2025-10-11', true, '调休 Saturday'],
    ['2026-10-09', true, 'an ordinary Friday'],
  ])('%s → %s (%s)', (date, working) => {
    expect(isWorkingDay(date, HOLIDAYS_CN)).toBe(working);
  });
});

describe('workingWindow', () => {
  it.each([
    ['2026-02-12', 5, '2026-02-12', '2026-02-25', false],
    ['2026-02-14', 1, '2026-02-14', '2026-02-14', false],
    ['2026-02-15', 5, '2026-02-24', '2026-02-28', false],
    ['2025-09-26', 5, '2025-09-26', '2025-10-09', false],
    ['2026-09-30', 5, '2026-09-30', '2026-10-12', false],
    ['2024-12-30', 5, '2024-12-30', '2025-01-06', true],
    ['2027-03-06', 5, '2027-03-08', '2027-03-12', true],
  ])('%s + %i working days → %s … %s (暂算: %s)', (start, days, from, to, provisional) => {
    expect(workingWindow(start, days)).toEqual({ from, to, days, provisional });
  });
});

describe('loadHolidayCalendar', () => {
  it('ships 2025 and 2026', () => {
    expect([...HOLIDAYS_CN.years]).toEqual([2025, 2026]);
  });

  it('refuses a 调休 working day that is not a weekend day', () => {
    const bad = structuredClone(calendarFile);
    bad.years[0]!.workdays.push({ date: '2025-03-03', for: 'test' });
    expect(() => loadHolidayCalendar(bad)).toThrow(/not a weekend day/);
  });
});
