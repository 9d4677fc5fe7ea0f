import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberFields } from '../api/schemas/members';
import { unlockedBackend } from '../test-support/temp-store';
import { classifyQuery, memberQuery, pagedRoster } from './search';
import { makeId } from './test-people';

const people: MemberFields[] = [
  { name: '单晓红', idNumber: makeId('1985-07-01', '2', 1), mobile: '13800138000', education: '21', occupation: '01' },
  { name: '曾国华', idNumber: makeId('1960-02-29', '1', 2), mobile: '13912345678', occupation: '02' },
  { name: '解放', idNumber: makeId('1995-10-01', '1', 3), landline: '010-65123456' },
  { name: '欧阳晓明', gender: '1', birthDate: '2000-01-01' },
  { name: '张红', gender: '2', birthDate: '1990-05-05' },
  { name: '阿依古丽·买买提', gender: '2', ethnicity: '05', birthDate: '1992-03-08' },
];

describe('members.list search', () => {
  let b: Awaited<ReturnType<typeof unlockedBackend>>;
  beforeAll(async () => {
    b = await unlockedBackend();
    for (const fields of people) {
      const r = await b.call('members.create', { fields, addition: { kind: 'import', date: '2020-01-01' } });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    }
  });
  afterAll(() => b.cleanup());

  async function names(q: string, extra: Record<string, unknown> = {}): Promise<string[]> {
    const r = await b.invoke('members.list', { q, sort: 'name', ...extra });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return (r.value as { rows: { name: string }[] }).rows.map((x) => x.name).sort();
  }

  it.each([
    ['one character', '红', ['单晓红', '张红']],
    ['two characters', '晓红', ['单晓红']],
    ['two characters across surname and given name', '单晓', ['单晓红']],
    ['a whole name', '欧阳晓明', ['欧阳晓明']],
    ['three characters inside a four-character name', '阳晓明', ['欧阳晓明']],
    ['surname 单 read as shan', 'shan', ['单晓红']],
    ['surname 曾 read as zeng', 'zengguo', ['曾国华']],
    ['surname 解 read as xie', 'xief', ['解放']],
    ['initials', 'sxh', ['单晓红']],
    ['initials of a compound surname', 'oyxm', ['欧阳晓明']],
    ['upper-case pinyin with a space', 'SHAN XIAO', ['单晓红']],
    ['an ID-number fragment', '19850701', ['单晓红']],
    ['a phone fragment', '0138', ['单晓红']],
    ['a landline fragment', '65123', ['解放']],
    ['a minority name fragment', '古丽', ['阿依古丽·买买提']],
    ['nothing that matches', '王', []],
  ])('finds by %s', async (_name, q, expected) => {
    expect(await names(q)).toEqual([...expected].sort());
  });

  it('gives the same hits, ordered by code, through the covering-index path', async () => {
    for (const q of ['shan', 'sxh', 'x', 'zeng', 'oyxm', 'nothing', '红', '晓红', '王']) {
      const fast = await b.call('members.list', { q, sort: 'code' });
      const general = await b.call('members.list', { q, sort: 'code', memberType: undefined, standing: 'normal' });
      if (!fast.ok || !general.ok) throw new Error('search failed');
      expect(fast.value.total).toBe(general.value.total);
      expect(fast.value.rows.map((r) => r.code)).toEqual(general.value.rows.map((r) => r.code));
      const codes = fast.value.rows.map((r) => r.code);
      expect(codes).toEqual([...codes].sort());
    }
  });

  it('does not match digit fragments shorter than three (too many false hits)', async () => {
    expect(await names('13')).toEqual([]);
  });

  it('filters by occupation and by age band on a date', async () => {
    expect(await names('', { occupation: '02' })).toEqual(['曾国华']);
    // On 2026-01-01: 欧阳晓明 is 26 (≤30), 解放 is 30 (≤30), 阿依古丽 33, 张红 35.
    expect(await names('', { ageBand: '-30', asOf: '2026-01-01' })).toEqual(['解放', '欧阳晓明'].sort());
    expect(await names('', { ageBand: '31-35', asOf: '2026-01-01' })).toEqual(['张红', '阿依古丽·买买提'].sort());
  });

  it('pages the whole roster from the index as the general query does, by code and by name, either way', async () => {
    const left = await b.call('members.create', { fields: { name: '王离开', gender: '1', birthDate: '1970-01-01' }, addition: { kind: 'import', date: '2020-01-01' } });
    if (!left.ok) throw new Error('create failed');
    await b.call('members.recordEvent', { code: left.value.code, kind: 'death', date: '2024-01-01' });
    const db = b.session.requireStore().sqlite;
    for (const membership of ['active', 'left', 'all'] as const) {
      for (const sort of ['code', 'name'] as const) {
        for (const direction of ['asc', 'desc'] as const) {
          for (const offset of [0, 1, 4]) {
            const query = { membership, sort, direction, offset, limit: 3 };
            // standing: 'normal' holds for everyone here, and sends the query down the general path.
            const general = await b.call('members.list', { ...query, standing: 'normal' });
            if (!general.ok) throw new Error('search failed');
            for (const shallow of [0, 1_000]) {
              const paged = pagedRoster(db, memberQuery.parse(query), shallow);
              expect(paged.total, `${membership} ${sort} ${direction} ${offset}`).toBe(general.value.total);
              expect(paged.rows.map((r) => r.code), `${membership} ${sort} ${direction} ${offset} ${shallow}`).toEqual(general.value.rows.map((r) => r.code));
            }
          }
        }
      }
    }
  });

  it('pages through sorted results with a total', async () => {
    const first = await b.call('members.list', { sort: 'name', limit: 2, offset: 0 });
    const second = await b.call('members.list', { sort: 'name', limit: 2, offset: 2 });
    expect(first).toMatchObject({ ok: true, value: { total: 6 } });
    if (!first.ok || !second.ok) return;
    expect(first.value.rows).toHaveLength(2);
    expect(first.value.rows.map((r) => r.code)).not.toEqual(second.value.rows.map((r) => r.code));
  });
});

describe('classifyQuery', () => {
  it.each([
    ['', 'none'],
    ['  ', 'none'],
    ['单', 'name'],
    ['Shan', 'pinyin'],
    ['ｓｈａｎ', 'pinyin'],
    ['1101', 'digits'],
    ['11010519850701002x', 'digits'],
    ['单1', 'name'],
  ])('%j is a %s query', (q, kind) => {
    expect(classifyQuery(q).kind).toBe(kind);
  });
});
