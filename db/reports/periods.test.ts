import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';
import { parsePeriod, periodLabel, periodRange, previousPeriod } from './periods';
import { listPeriods, setReportSettings } from './service';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('parsePeriod', () => {
  it('reads quarters, half years and years, each ending on its last day', () => {
    expect(parsePeriod('2026Q3')).toEqual({ id: '2026Q3', kind: 'quarter', year: 2026, index: 3, start: '2026-07-01', end: '2026-09-30' });
    expect(parsePeriod('2024Q1').end).toBe('2024-03-31');
    expect(parsePeriod('2026H1')).toMatchObject({ kind: 'half', start: '2026-01-01', end: '2026-06-30' });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', start: '2026-01-01', end: '2026-12-31' });
    for (const bad of ['2026Q5', '2026H3', '2026Q0', '26Q1', '2026-Q1']) expect(() => parsePeriod(bad)).toThrow(/no such period/);
  });

  it('words the period and finds the previous one of the same kind', () => {
    expect(periodLabel(parsePeriod('2026Q3'))).toBe('2026年第三季度');
    expect(periodLabel(parsePeriod('2026H2'))).toBe('2026年下半年');
    expect(periodLabel(parsePeriod('2026'))).toBe('2026年度');
    expect(periodRange(parsePeriod('2026Q3'))).toBe('2026年7月1日至2026年9月30日');
    expect(['2026Q1', '2026Q3', '2026H1', '2026'].map((id) => previousPeriod(parsePeriod(id)).id)).toEqual(['2025Q4', '2026Q2', '2025H2', '2025']);
  });
});

describe('listPeriods', () => {
  it('lists the configured kinds with their deadlines and where each stands', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    expect(await b.call('reports.settings', {})).toEqual({ ok: true, value: { kinds: ['quarter', 'year'], deadlineDays: 10 } });
    const store = b.session.requireStore();
    const list = listPeriods(store, 2026, '2026-10-05');
    expect(list.map((p) => [p.period, p.deadline, p.status])).toEqual([
      ['2026Q1', '2026-04-10', 'overdue'],
      ['2026Q2', '2026-07-10', 'overdue'],
      ['2026Q3', '2026-10-10', 'due'],
      ['2026Q4', '2027-01-10', 'current'],
      ['2026', '2027-01-10', 'current'],
    ]);
    expect(listPeriods(store, 2027, '2026-10-05').map((p) => p.status)).toEqual(['future', 'future', 'future', 'future', 'future']);

    const set = await b.call('reports.setSettings', { kinds: ['half'], deadlineDays: 30 });
    expect(set).toEqual({ ok: true, value: { kinds: ['half'], deadlineDays: 30 } });
    expect(listPeriods(store, 2026, '2026-07-20').map((p) => [p.period, p.label, p.deadline, p.status])).toEqual([
      ['2026H1', '2026年上半年', '2026-07-30', 'due'],
      ['2026H2', '2026年下半年', '2027-01-30', 'current'],
    ]);
    expect(() => setReportSettings(store, { kinds: [], deadlineDays: 10 }, 'local')).toThrow();
    const audit = store.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE op = 'reports.setSettings'`).pluck().get();
    expect(audit).toBe(1);
  });
});
