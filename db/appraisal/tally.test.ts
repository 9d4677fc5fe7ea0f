import { describe, expect, it } from 'vitest';
import { ballotForm, capWarnings, checkCap, countVerdicts, maxExcellent, tallyTable, verdictCountsForYear } from './tally';

describe('maxExcellent', () => {
  it.each([
    [9, 33, 3],
    [8, 33, 2],
    [10, 33, 3],
    [12, 33, 4],
    [10, 30, 3],
    [7, 50, 3],
    [0, 33, 0],
  ])('%i members at %i percent allow %i 优秀', (total, percent, max) => {
    expect(maxExcellent(total, percent)).toBe(max);
  });
});

describe('the one-third warning at its edge', () => {
  const verdicts = (excellent: number) => [...Array<string>(excellent).fill('excellent'), ...Array<string>(9 - excellent).fill('qualified')];
  it('9 members: 3 优秀 is fine', () => {
    expect(capWarnings(checkCap(countVerdicts(verdicts(3)), 9, 33), 9)).toEqual([]);
  });
  it('9 members: 4 优秀 warns, saying by how many', () => {
    const [w] = capWarnings(checkCap(countVerdicts(verdicts(4)), 9, 33), 9);
    expect(w).toEqual({
      code: 'EXCELLENT_OVER_CAP',
      message: '评定为优秀的4名，超过参评党员9名的三分之一（最多3名），超出1名',
      params: { count: 4, total: 9, max: 3, over: 1, percent: 33 },
    });
  });
});

describe('verdictCountsForYear', () => {
  it('counts each verdict of that year and the members still without one', () => {
    const rows = [
      { year: 2025, verdict: 'excellent' },
      { year: 2026, verdict: 'excellent' },
      { year: 2026, verdict: 'qualified' },
      { year: 2026, verdict: 'qualified' },
      { year: 2026, verdict: 'basic' },
      { year: 2026, verdict: 'unqualified' },
      { year: 2026, verdict: null },
    ];
    expect(verdictCountsForYear(rows, 2026)).toEqual({ excellent: 1, qualified: 2, basic: 1, unqualified: 1, pending: 1 });
    expect(verdictCountsForYear(rows, 2024)).toEqual({ excellent: 0, qualified: 0, basic: 0, unqualified: 0, pending: 0 });
  });
});

describe('printed forms', () => {
  it('the tally table has a row per member with 自评, 互评, 测评 and 评定', () => {
    const t = tallyTable(2026, [{ name: '王芳', selfGrade: 'qualified', peer: { excellent: 3, qualified: 5, basic: 0, unqualified: 0 }, ballots: { excellent: 4, qualified: 5, basic: 0, unqualified: 0 }, verdict: 'excellent', feedbackOn: '2026-12-20' }]);
    expect(t.title).toBe('2026年度民主评议党员结果汇总表');
    expect(t.columns).toHaveLength(13);
    expect(t.rows).toEqual([['1', '王芳', '合格', '3', '5', '0', '0', '4', '5', '0', '0', '优秀', '2026-12-20']]);
  });

  it('the 测评表 is members × grades with empty boxes', () => {
    const f = ballotForm(2026, ['王芳', '李强'], 33);
    expect(f.columns).toEqual(['序号', '姓名', '优秀', '合格', '基本合格', '不合格']);
    expect(f.rows).toEqual([['1', '王芳', '□', '□', '□', '□'], ['2', '李强', '□', '□', '□', '□']]);
    expect(f.instructions.join('')).toContain('三分之一');
  });
});
