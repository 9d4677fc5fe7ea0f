import { describe, expect, it } from 'vitest';
import { GRADES as BACKEND_GRADES } from '../../../db/api/schemas/appraisal';
import {
  checkTotal,
  collectedVoters,
  draftOf,
  GRADES,
  issueColumns,
  issuesBySlot,
  nextCell,
  parseCount,
  recordInput,
  sameDraft,
  sharePercent,
  tallyInput,
  type AppraisalRow,
  type TallyCells,
} from './appraisal-grid';

const cells = (excellent: string, qualified: string, basic: string, unqualified: string): TallyCells => ({ excellent, qualified, basic, unqualified });

function row(code: string, result: Partial<NonNullable<AppraisalRow['result']>> | null = null): AppraisalRow {
  return {
    memberCode: code,
    name: code,
    memberType: 'full',
    result: result && { selfGrade: null, ballots: null, peer: null, verdict: null, feedbackOn: null, note: null, updatedAt: '2026-11-20T00:00:00Z', ...result },
  };
}

describe('the appraisal grid', () => {
  it('keeps the grades in the backend’s order', () => {
    expect(GRADES).toEqual(BACKEND_GRADES);
  });

  it('totals a row against the ballots collected: equal, fewer, more, blank, unreadable', () => {
    expect(checkTotal(cells('8', '3', '1', '0'), 12)).toEqual({ total: 12, state: 'ok' });
    // A blank cell counts as none: 不合格 is usually left empty.
    expect(checkTotal(cells('8', '3', '', ''), 12)).toEqual({ total: 11, state: 'short' });
    expect(checkTotal(cells('9', '4', '', ''), 12)).toEqual({ total: 13, state: 'over' });
    expect(checkTotal(cells('', ' ', '', ''), 12)).toEqual({ total: null, state: 'empty' });
    expect(checkTotal(cells('8', 'x', '', ''), 12)).toEqual({ total: null, state: 'unreadable' });
    expect(checkTotal(cells('-1', '3', '', ''), 12).state).toBe('unreadable');
    // Digits typed with a Chinese IME in full-width mode.
    expect(checkTotal(cells('１０', '２', '', ''), 12)).toEqual({ total: 12, state: 'ok' });
  });

  it('sends what was typed: blanks as 0 in a started tally, numbers as numbers, the rest for the backend to refuse', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount(' 7 ')).toBe(7);
    expect(parseCount('2.5')).toBe(2.5);
    expect(parseCount('-3')).toBe(-3);
    expect(parseCount('七')).toBe('七');
    expect(tallyInput(cells('', '', '', ''), 12)).toBeNull();
    expect(tallyInput(cells('8', '', '1', ''), 12)).toEqual({ excellent: 8, qualified: 0, basic: 1, unqualified: 0, voters: 12 });
  });

  it('builds the record from a draft, a blank tally clearing what was saved', () => {
    const draft = { ...draftOf(row('A', { ballots: { excellent: 1, qualified: 2, basic: 0, unqualified: 0, voters: 3 } })), ballots: cells('', '', '', ''), verdict: 'qualified' as const };
    expect(recordInput(2026, 'A', draft, { ballots: 12, peer: 11 })).toEqual({
      year: 2026,
      memberCode: 'A',
      selfGrade: null,
      ballots: null,
      peer: null,
      verdict: 'qualified',
      feedbackOn: null,
    });
  });

  it('sees a row as changed only when a value changed (spaces around a number are not a change)', () => {
    const saved = draftOf(row('A', { ballots: { excellent: 8, qualified: 3, basic: 1, unqualified: 0 }, verdict: 'excellent' }));
    expect(saved.ballots).toEqual(cells('8', '3', '1', '0'));
    expect(sameDraft(saved, { ...saved, ballots: { ...saved.ballots, excellent: ' 8' } })).toBe(true);
    expect(sameDraft(saved, { ...saved, ballots: { ...saved.ballots, excellent: '9' } })).toBe(false);
    expect(sameDraft(saved, { ...saved, feedbackOn: '2026-11-22' })).toBe(false);
  });

  it('takes the ballots collected from the saved rows, or everyone appraised before anything is saved', () => {
    const t = (voters: number) => ({ excellent: 0, qualified: 1, basic: 0, unqualified: 0, voters });
    expect(collectedVoters([row('A'), row('B'), row('C')], 'ballots')).toBe(3);
    expect(collectedVoters([row('A', { ballots: t(11) }), row('B', { ballots: t(11) }), row('C', { ballots: t(12) })], 'ballots')).toBe(11);
    expect(collectedVoters([row('A', { ballots: t(11) })], 'peer')).toBe(1);
  });

  it('shows the 优秀 share with one decimal where needed', () => {
    expect(sharePercent(4, 12)).toBe('33.3');
    expect(sharePercent(5, 12)).toBe('41.7');
    expect(sharePercent(3, 12)).toBe('25');
    expect(sharePercent(0, 0)).toBe('0');
  });

  it('puts each backend issue under its cell, a too-many-ballots issue under the row total', () => {
    const slots = issuesBySlot([
      { path: ['ballots'], code: 'BALLOTS_EXCEED_VOTERS', message: '', params: { total: 13, voters: 12 } },
      { path: ['peer', 'basic'], message: 'Too big' },
      { path: ['feedbackOn'], code: 'BEFORE_OPENING', message: '' },
      { path: ['memberCode'], code: 'NOT_ON_APPRAISAL_ROSTER', message: '' },
      { path: ['ballots'], message: 'second one is dropped' },
    ]);
    expect(Object.keys(slots).sort()).toEqual(['ballots.total', 'feedbackOn', 'peer.basic', 'row']);
    expect(slots['ballots.total']?.code).toBe('BALLOTS_EXCEED_VOTERS');
  });

  it('lines the messages up under their cells, one per column, the other tally’s under the tally columns', () => {
    expect(issueColumns(['feedbackOn', 'ballots.total', 'ballots.basic'], 'ballots')).toEqual([
      { slot: 'ballots.basic', column: 4 },
      { slot: 'ballots.total', column: 6 },
      { slot: 'feedbackOn', column: 9 },
    ]);
    expect(issueColumns(['peer.total', 'peer.excellent', 'row'], 'ballots')).toEqual([
      { slot: 'row', column: 1 },
      { slot: 'peer.total', column: 2 },
    ]);
  });

  it('moves like a spreadsheet: Enter back to the starting column one row down, arrows within the column', () => {
    const at = { row: 2, cell: 'verdict' as const, anchor: 'ballots.excellent' as const };
    expect(nextCell(at, 'Enter', 12)).toEqual({ row: 3, cell: 'ballots.excellent' });
    expect(nextCell(at, 'ShiftEnter', 12)).toEqual({ row: 1, cell: 'ballots.excellent' });
    expect(nextCell(at, 'ArrowDown', 12)).toEqual({ row: 3, cell: 'verdict' });
    expect(nextCell(at, 'ArrowUp', 12)).toEqual({ row: 1, cell: 'verdict' });
    expect(nextCell({ ...at, row: 11 }, 'Enter', 12)).toBeNull();
    expect(nextCell({ ...at, row: 0 }, 'ArrowUp', 12)).toBeNull();
  });
});
