import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';
import { defaultTermYears, structureWarnings } from './service';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('structureWarnings (支部工作条例 §1.4)', () => {
  const today = '2026-11-25';
  const codes = (counts: { active: number; full: number }, term: { termStart: string; termYears: number } | null = null, posts = 0) =>
    structureWarnings(counts, term, posts, today).map((w) => w.code);

  it.each([
    [{ active: 2, full: 2 }, ['TOO_FEW_FULL_MEMBERS']],
    [{ active: 4, full: 3 }, []],
    [{ active: 7, full: 6 }, []],
    [{ active: 7, full: 7 }, ['COMMITTEE_REQUIRED']],
    [{ active: 51, full: 45 }, ['TOO_MANY_MEMBERS', 'COMMITTEE_REQUIRED']],
    [{ active: 50, full: 45 }, ['COMMITTEE_REQUIRED']],
  ])('%j without a committee → %j', (counts, expected) => {
    expect(codes(counts)).toEqual(expected);
  });

  it('asks for 3 to 7 committee members once a committee is required', () => {
    const term = { termStart: '2025-01-01', termYears: 3 };
    expect(codes({ active: 9, full: 9 }, term, 2)).toEqual(['COMMITTEE_SIZE']);
    expect(codes({ active: 9, full: 9 }, term, 3)).toEqual([]);
    expect(codes({ active: 9, full: 9 }, term, 8)).toEqual(['COMMITTEE_SIZE']);
  });

  it('warns three months before 换届 and flags it overdue from the due day', () => {
    expect(codes({ active: 5, full: 5 }, { termStart: '2024-02-26', termYears: 3 })).toEqual([]);
    expect(codes({ active: 5, full: 5 }, { termStart: '2024-02-25', termYears: 3 })).toEqual(['ELECTION_DUE']);
    expect(codes({ active: 5, full: 5 }, { termStart: '2023-11-25', termYears: 3 })).toEqual(['ELECTION_OVERDUE']);
    expect(codes({ active: 5, full: 5 }, { termStart: '2021-11-26', termYears: 5 })).toEqual(['ELECTION_DUE']);
  });

  it('gives 村/社区 branches five-year terms and the others three', () => {
    expect(defaultTermYears('3')).toBe(5);
    expect(defaultTermYears('7')).toBe(5);
    expect(defaultTermYears('4')).toBe(3);
    expect(defaultTermYears(null)).toBe(3);
  });
});

describe('groups and committee', () => {
  async function withMembers(n: number) {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    const codes: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await b.call('members.create', {
        fields: { name: `党员${'甲乙丙丁戊己庚辛壬癸'[i]}`, gender: '1', joinDate: '2010-01-01', fullDate: '2011-01-01' },
        addition: { kind: 'import', date: '2020-01-01' },
      });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      codes.push(r.value.code);
    }
    return { b, codes };
  }

  it('keeps party groups with their leader and member count', async () => {
    const { b, codes } = await withMembers(2);
    const g = await b.call('groups.save', { name: '第一党小组', leaderCode: codes[0]! });
    expect(g).toMatchObject({ ok: true, value: { code: 'G01', leaderName: '党员甲', memberCount: 0 } });
    expect(await b.call('groups.save', { name: '第二党小组', leaderCode: 'NOPE' })).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'NOT_ON_ROSTER' }] },
    });
  });

  it('records a term with exactly one secretary and computes the next 换届', async () => {
    const { b, codes } = await withMembers(7);
    const before = await b.call('committee.get', {});
    expect(before.ok && before.value.warnings.map((w) => w.code)).toEqual(['COMMITTEE_REQUIRED']);
    expect(
      await b.call('committee.saveTerm', { termStart: '2025-03-01', termYears: 3, posts: [{ post: 'organisation', memberCode: codes[0]! }] }),
    ).toMatchObject({ ok: false, error: { issues: [{ code: 'ONE_SECRETARY' }] } });
    const saved = await b.call('committee.saveTerm', {
      termStart: '2025-03-01',
      termYears: 3,
      posts: [
        { post: 'secretary', memberCode: codes[0]! },
        { post: 'organisation', memberCode: codes[1]! },
        { post: 'publicity', memberCode: codes[2]! },
      ],
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { term: { nextElection: '2028-03-01' }, posts: [{ post: 'secretary', name: '党员甲' }, {}, {}], warnings: [] },
    });
  });
});
