import type { MeetingType } from './types';

export interface AttendanceCounts {
  /** 应到: people expected (observers excluded). */
  expected: number;
  present: number;
  /** 应到 with a vote: full members expected (预备党员 have no vote). */
  expectedVoting: number;
  presentVoting: number;
}

export type QuorumRule = 'more-than-half-voting' | 'four-fifths-voting' | 'more-than-half-committee' | 'none';

export interface QuorumResult {
  rule: QuorumRule;
  met: boolean;
  /** The smallest number present that meets the rule. */
  needed: number;
  present: number;
  of: number;
}

/**
 * 支部工作条例 (DOMAIN.md §1.4): a 党员大会 needs more than half of the full members with a
 * vote; an election needs four fifths; a 支委会 more than half of its members. "More than
 * half" of 8 is 5, of 7 is 4; four fifths of 9 is 7.2, so 8 are needed.
 */
export function quorumRule(type: MeetingType, isElection: boolean): QuorumRule {
  if (type === 'general-assembly') return isElection ? 'four-fifths-voting' : 'more-than-half-voting';
  if (type === 'committee') return 'more-than-half-committee';
  return 'none';
}

export function moreThanHalf(of: number): number {
  return Math.floor(of / 2) + 1;
}

export function fourFifths(of: number): number {
  return Math.ceil((of * 4) / 5);
}

export function checkQuorum(type: MeetingType, isElection: boolean, c: AttendanceCounts): QuorumResult {
  const rule = quorumRule(type, isElection);
  switch (rule) {
    case 'more-than-half-voting':
      return { rule, needed: moreThanHalf(c.expectedVoting), present: c.presentVoting, of: c.expectedVoting, met: c.presentVoting >= moreThanHalf(c.expectedVoting) };
    case 'four-fifths-voting':
      return { rule, needed: fourFifths(c.expectedVoting), present: c.presentVoting, of: c.expectedVoting, met: c.presentVoting >= fourFifths(c.expectedVoting) };
    case 'more-than-half-committee':
      return { rule, needed: moreThanHalf(c.expected), present: c.present, of: c.expected, met: c.present >= moreThanHalf(c.expected) };
    case 'none':
      return { rule, needed: 0, present: c.present, of: c.expected, met: true };
  }
}

export interface Vote {
  for: number;
  against: number;
  abstain: number;
  /** Written opinions of absent voting members (书面意见), counted with the votes. */
  writtenFor?: number;
  writtenAgainst?: number;
  writtenAbstain?: number;
}

/**
 * A 党员大会 resolution passes when the yes votes (written ones included) are more than half
 * of the 应到会有表决权的正式党员, not of those present (DOMAIN.md §2.2, step 15).
 */
export function resolutionPasses(vote: Vote, expectedVoting: number): { passes: boolean; yes: number; needed: number } {
  const yes = vote.for + (vote.writtenFor ?? 0);
  const needed = moreThanHalf(expectedVoting);
  return { passes: yes >= needed, yes, needed };
}

/** Votes cast cannot exceed the voters present plus the written opinions of those absent. */
export function voteProblems(vote: Vote, c: AttendanceCounts): string[] {
  const problems: string[] = [];
  if (vote.for + vote.against + vote.abstain > c.presentVoting) problems.push('VOTES_EXCEED_PRESENT');
  const written = (vote.writtenFor ?? 0) + (vote.writtenAgainst ?? 0) + (vote.writtenAbstain ?? 0);
  if (written > c.expectedVoting - c.presentVoting) problems.push('WRITTEN_EXCEED_ABSENT');
  return problems;
}
