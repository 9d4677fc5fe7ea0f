import { describe, expect, it } from 'vitest';
import { changedCells, cellId } from './report-diff';
import { blockers, canSubmit, daysUntil, figureAmount, isMemberCode, knownRule, periodState, submitRefusal } from './report-logic';
import type { ReportDocument } from './report-types';

describe('periodState', () => {
  it('reads the backend status, telling a corrected submission from a first one', () => {
    expect(periodState({ status: 'future', versions: 0 })).toBe('future');
    expect(periodState({ status: 'overdue', versions: 0 })).toBe('overdue');
    expect(periodState({ status: 'submitted', versions: 1 })).toBe('submitted');
    expect(periodState({ status: 'submitted', versions: 2 })).toBe('corrected');
    expect(periodState({ status: 'unlocked', versions: 1 })).toBe('unlocked');
  });

  it('lets every period but a locked one be submitted', () => {
    expect(canSubmit({ status: 'submitted' })).toBe(false);
    for (const status of ['future', 'current', 'due', 'overdue', 'unlocked'] as const) expect(canSubmit({ status })).toBe(true);
  });
});

describe('daysUntil', () => {
  it('counts whole days to the deadline, negative after it, across a month end', () => {
    expect(daysUntil('2026-10-10', '2026-09-30')).toBe(10);
    expect(daysUntil('2026-10-10', '2026-10-10')).toBe(0);
    expect(daysUntil('2026-10-10', '2026-11-25')).toBe(-46);
  });
});

describe('isMemberCode', () => {
  it('opens only the branch’s member codes, not meetings, applicants or time spans', () => {
    expect(isMemberCode('ZB-0001-00004', 'ZB-0001')).toBe(true);
    expect(isMemberCode('ZB-0001-0004', 'ZB-0001')).toBe(false);
    expect(isMemberCode('ZB-0002-00004', 'ZB-0001')).toBe(false);
    expect(isMemberCode('SQ-1', 'ZB-0001')).toBe(false);
    expect(isMemberCode('2026-07-01/2026-07-31', 'ZB-0001')).toBe(false);
  });
});

describe('figureAmount', () => {
  it('prints money in 元 with two decimals and keeps counts and minutes whole', () => {
    expect(figureAmount({ unit: 'fen', value: 45000 })).toEqual({ text: '450.00', unit: 'yuan' });
    expect(figureAmount({ unit: 'fen', value: 5 })).toEqual({ text: '0.05', unit: 'yuan' });
    expect(figureAmount({ unit: 'fen', value: -120 })).toEqual({ text: '-1.20', unit: 'yuan' });
    expect(figureAmount({ unit: 'minutes', value: 90 })).toEqual({ text: '90', unit: 'minutes' });
    expect(figureAmount({ unit: 'count', value: 7 })).toEqual({ text: '7', unit: 'count' });
  });
});

describe('submitRefusal', () => {
  it('reads an unready report with its issues', () => {
    const r = submitRefusal({
      code: 'CONFLICT',
      params: { period: '2026Q3', errors: 1, unexplained: 2 },
      issues: [{ path: ['period'], code: 'RECONCILE', message: '期初、增减与期末不符' }],
    });
    expect(r).toEqual({ kind: 'not-ready', errors: 1, unexplained: 2, lines: ['期初、增减与期末不符'] });
  });

  it('reads a period still running and one already locked', () => {
    expect(submitRefusal({ code: 'CONFLICT', params: { period: '2099Q1', end: '2099-03-31' } })).toEqual({ kind: 'not-ended', end: '2099-03-31' });
    expect(submitRefusal({ code: 'CONFLICT', params: { period: '2026Q3' } })).toEqual({ kind: 'already-submitted' });
  });

  it('leaves every other failure to the general error message', () => {
    expect(submitRefusal({ code: 'LOCKED' })).toBeNull();
    expect(submitRefusal({ code: 'CONFLICT', params: { period: '2026Q3', date: '2026-09-30' } })).toBeNull();
  });
});

describe('blockers', () => {
  it('names only what still stands in the way', () => {
    expect(blockers(1, 2)).toBe('both');
    expect(blockers(1, 0)).toBe('errors');
    expect(blockers(0, 2)).toBe('unexplained');
  });
});

describe('knownRule', () => {
  it('knows the backend’s rules and nothing else', () => {
    expect(knownRule('MEMBERS_DROP')).toBe('MEMBERS_DROP');
    expect(knownRule('SOMETHING_NEW')).toBeNull();
  });
});

function doc(cells: [string, string | null][][]): ReportDocument {
  return {
    orgName: '支部',
    orgCode: 'ZB-0001',
    title: 't',
    periodLabel: '2026年第三季度',
    periodRange: '',
    templateNote: '',
    version: 1,
    statusLine: '',
    correctionNote: null,
    preparedBy: '',
    preparedOn: '',
    tables: cells.map((rows, i) => ({
      key: `t${i}`,
      title: `表${i}`,
      note: null,
      columns: ['项目', '人数'],
      rows: rows.map(([text, key]) => ({ label: 'x', indent: 0, cells: [{ text, key, value: Number(text), unit: 'count' as const }] })),
    })),
    validationLines: [],
    explanations: [],
    hash: null,
  };
}

describe('changedCells', () => {
  it('marks exactly the cells whose printed text changed, with the earlier text', () => {
    const a = doc([[['5', 'members.total'], ['1', 'changes.full']], [['3', 'meetings.held']]]);
    const b = doc([[['4', 'members.total'], ['1', 'changes.full']], [['3', 'meetings.held']]]);
    expect([...changedCells(a, b, new Set(['members.total']))]).toEqual([[cellId('t0', 0, 0), { from: '5' }]]);
  });

  it('also marks a cell whose number stayed but whose names changed', () => {
    const a = doc([[['1', 'changes.removals.transfer-out']]]);
    expect([...changedCells(a, a, new Set(['changes.removals.transfer-out']))]).toEqual([[cellId('t0', 0, 0), { from: '1' }]]);
  });

  it('marks a difference cell (no figure key) by its text alone', () => {
    const a = doc([[['2', null]]]);
    const b = doc([[['3', null]]]);
    expect(changedCells(a, a, new Set()).size).toBe(0);
    expect(changedCells(a, b, new Set()).get(cellId('t0', 0, 0))).toEqual({ from: '2' });
  });
});
