import { describe, expect, it } from 'vitest';
import { cadence, cadenceRulesOn, periodOf, previousPeriod, type HeldCounter } from './cadence';
import type { MeetingType } from './types';

describe('periods', () => {
  it.each([
    ['2026-01-15', 'month', '2026-01-01', '2026-01-31'],
    ['2024-02-29', 'month', '2024-02-01', '2024-02-29'],
    ['2026-03-31', 'quarter', '2026-01-01', '2026-03-31'],
    ['2026-04-01', 'quarter', '2026-04-01', '2026-06-30'],
    ['2026-12-31', 'quarter', '2026-10-01', '2026-12-31'],
    ['2026-07-04', 'year', '2026-01-01', '2026-12-31'],
  ] as const)('%s is in the %s %s – %s', (date, period, start, end) => {
    expect(periodOf(date, period)).toEqual({ start, end });
  });

  it('steps back across the year boundary', () => {
    expect(previousPeriod('2026-01-10', 'month')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(previousPeriod('2026-02-10', 'quarter')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(previousPeriod('2026-02-10', 'year')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });
});

/** A counter over a fixed list of (type, date[, group]) meetings. */
function counter(held: [MeetingType, string, string?][]): HeldCounter {
  return (type, start, end, perGroup) => {
    const hits = held.filter(([t, d]) => t === type && d >= start && d <= end);
    return perGroup ? new Set(hits.map(([, , g]) => g)).size : hits.length;
  };
}

describe('cadence', () => {
  const line = (lines: ReturnType<typeof cadence>, type: MeetingType) => lines.find((l) => l.type === type)!;

  it('counts the 支委会 held this month and flags last month as missed', () => {
    const lines = cadence('2026-04-02', counter([['committee', '2026-04-01'], ['committee', '2026-02-20']]), { groups: 0 });
    const c = line(lines, 'committee');
    expect(c.current).toMatchObject({ start: '2026-04-01', held: 1, met: true });
    expect(c.previous).toMatchObject({ start: '2026-03-01', end: '2026-03-31', held: 0, met: false });
    expect(c.yearToDate).toEqual({ periods: 4, met: 2 });
    expect(c.dueBy).toBeNull();
  });

  it('places a 党员大会 on the last day of a quarter in that quarter', () => {
    const lines = cadence('2026-04-01', counter([['general-assembly', '2026-03-31']]), { groups: 0 });
    const g = line(lines, 'general-assembly');
    expect(g.previous).toMatchObject({ start: '2026-01-01', end: '2026-03-31', held: 1, met: true });
    expect(g.current).toMatchObject({ held: 0, met: false });
    expect(g.dueBy).toBe('2026-06-30');
  });

  it('counts 党小组会 per group: every group must meet each month', () => {
    const held = counter([['group', '2026-05-03', 'G01'], ['group', '2026-05-20', 'G01'], ['group', '2026-05-21', 'G02']]);
    expect(line(cadence('2026-05-31', held, { groups: 3 }), 'group').current).toMatchObject({ held: 2, met: false });
    expect(line(cadence('2026-05-31', held, { groups: 2 }), 'group').current).toMatchObject({ held: 2, met: true });
    expect(cadence('2026-05-31', held, { groups: 0 }).some((l) => l.type === 'group')).toBe(false);
  });

  it('lets the branch set its own 党课 rule, and only that one', () => {
    const lines = cadence('2026-05-31', counter([]), { groups: 0, overrides: { lecture: { period: 'month', min: 1 }, committee: { period: 'year', min: 1 } } });
    expect(line(lines, 'lecture').period).toBe('month');
    expect(line(lines, 'committee').period).toBe('month');
  });

  it('takes the rule set in force on the date', () => {
    expect(cadenceRulesOn('2026-01-01').version).toBe('2018');
    expect(cadenceRulesOn('2026-01-01').rules.find((r) => r.type === 'general-assembly')).toMatchObject({ period: 'quarter', min: 1 });
  });
});
