import { describe, expect, it } from 'vitest';
import { checkQuorum, fourFifths, moreThanHalf, resolutionPasses, voteProblems } from './quorum';

describe('quorum rules at their edges', () => {
  it.each([
    [1, 1],
    [2, 2],
    [7, 4],
    [8, 5],
    [9, 5],
    [50, 26],
  ])('more than half of %i is %i', (of, needed) => expect(moreThanHalf(of)).toBe(needed));

  it.each([
    [5, 4],
    [9, 8],
    [10, 8],
    [11, 9],
  ])('four fifths of %i is %i', (of, needed) => expect(fourFifths(of)).toBe(needed));

  const counts = (expectedVoting: number, presentVoting: number) => ({ expected: expectedVoting + 2, present: presentVoting + 2, expectedVoting, presentVoting });

  it('needs more than half of the voting members at a 党员大会: exactly half is not enough', () => {
    expect(checkQuorum('general-assembly', false, counts(10, 5)).met).toBe(false);
    expect(checkQuorum('general-assembly', false, counts(10, 6)).met).toBe(true);
    expect(checkQuorum('general-assembly', false, counts(9, 5))).toMatchObject({ met: true, needed: 5, of: 9 });
  });

  it('needs four fifths for an election', () => {
    expect(checkQuorum('general-assembly', true, counts(10, 7)).met).toBe(false);
    expect(checkQuorum('general-assembly', true, counts(10, 8)).met).toBe(true);
  });

  it('counts all committee members at a 支委会, more than half', () => {
    expect(checkQuorum('committee', false, { expected: 5, present: 2, expectedVoting: 5, presentVoting: 2 }).met).toBe(false);
    expect(checkQuorum('committee', false, { expected: 5, present: 3, expectedVoting: 5, presentVoting: 3 }).met).toBe(true);
  });

  it('has no quorum for a 党课', () => {
    expect(checkQuorum('lecture', false, counts(10, 1))).toMatchObject({ rule: 'none', met: true });
  });
});

describe('resolutions', () => {
  it('pass on more than half of the voting members expected, written opinions included', () => {
    expect(resolutionPasses({ for: 5, against: 0, abstain: 1 }, 10)).toEqual({ passes: false, yes: 5, needed: 6 });
    expect(resolutionPasses({ for: 5, against: 0, abstain: 1, writtenFor: 1 }, 10)).toEqual({ passes: true, yes: 6, needed: 6 });
  });

  it('cannot count more votes than voters', () => {
    const c = { expected: 12, present: 10, expectedVoting: 10, presentVoting: 8 };
    expect(voteProblems({ for: 8, against: 1, abstain: 0 }, c)).toEqual(['VOTES_EXCEED_PRESENT']);
    expect(voteProblems({ for: 6, against: 1, abstain: 1, writtenFor: 3 }, c)).toEqual(['WRITTEN_EXCEED_ABSENT']);
    expect(voteProblems({ for: 6, against: 1, abstain: 1, writtenFor: 2 }, c)).toEqual([]);
  });
});
