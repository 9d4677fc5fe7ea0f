import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../../../db/test-support/temp-store';
import type { ApiClient } from '../../api/client';
import { RowsStore } from './rows-store';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const VOTERS = { ballots: 3, peer: 3 };

/** The grid's row store against the real backend: three members, an open 2026 appraisal. */
async function setUp() {
  const b = await unlockedBackend();
  cleanup = b.cleanup;
  for (const name of ['王芳', '李强', '张伟']) {
    const r = await b.call('members.create', { fields: { name, gender: '1', joinDate: '2010-01-01', fullDate: '2011-01-01' }, addition: { kind: 'import', date: '2020-01-01' } });
    if (!r.ok) throw new Error(r.error.code);
  }
  const opened = await b.call('appraisal.open', { year: 2026, openedOn: '2026-11-01' });
  if (!opened.ok) throw new Error(opened.error.code);
  const api: Pick<ApiClient, 'call'> = { call: (op, input) => b.call(op, input) };
  const list = await b.call('appraisal.list', { year: 2026 });
  if (!list.ok) throw new Error(list.error.code);
  const store = new RowsStore(api, 2026, list.value.rows);
  const code = (name: string) => list.value.rows.find((r) => r.name === name)!.memberCode;
  const saved = async (name: string) => {
    const l = await b.call('appraisal.list', { year: 2026 });
    return l.ok ? (l.value.rows.find((r) => r.name === name)?.result ?? null) : null;
  };
  return { store, code, saved };
}

describe('the appraisal row store', () => {
  it('saves a changed row, shows what the backend kept, and tells its listeners', async () => {
    const { store, code, saved } = await setUp();
    let told = 0;
    store.onSaved(() => (told += 1));
    const wang = code('王芳');
    store.edit(wang, (d) => ({ ...d, ballots: { ...d.ballots, excellent: '2', qualified: '1' } }), ['ballots.excellent']);
    expect(store.get(wang)?.status).toBe('dirty');
    await store.save(wang, VOTERS);
    expect(store.get(wang)).toMatchObject({ status: 'saved', draft: { ballots: { excellent: '2', qualified: '1', basic: '0', unqualified: '0' } } });
    expect(await saved('王芳')).toMatchObject({ ballots: { excellent: 2, qualified: 1, basic: 0, unqualified: 0, voters: 3 } });
    expect(told).toBe(1);
    // Nothing changed: no second call.
    await store.save(wang, VOTERS);
    expect(told).toBe(1);
  });

  it('keeps a refused row as typed, with the issue under its cell, and the record as it was', async () => {
    const { store, code, saved } = await setUp();
    const li = code('李强');
    store.edit(li, (d) => ({ ...d, ballots: { ...d.ballots, excellent: '3', qualified: '1' } }), []);
    await store.save(li, VOTERS);
    expect(store.get(li)).toMatchObject({ status: 'error', draft: { ballots: { excellent: '3', qualified: '1' } } });
    expect(store.get(li)?.issues['ballots.total']).toMatchObject({ code: 'BALLOTS_EXCEED_VOTERS', params: { total: 4, voters: 3 } });
    expect(await saved('李强')).toBeNull();

    // Editing the total's cells takes the stale message away; saving again succeeds.
    store.edit(li, (d) => ({ ...d, ballots: { ...d.ballots, qualified: '0' } }), ['ballots.qualified', 'ballots.total']);
    expect(store.get(li)?.issues).toEqual({});
    expect(await store.saveAll(VOTERS)).toBe(true);
    expect(await saved('李强')).toMatchObject({ ballots: { excellent: 3, qualified: 0 } });
  });

  it('keeps typing that happens while a save is out, and saves it next', async () => {
    const { store, code, saved } = await setUp();
    const zhang = code('张伟');
    store.edit(zhang, (d) => ({ ...d, verdict: 'qualified' }), ['verdict']);
    const first = store.save(zhang, VOTERS);
    expect(store.get(zhang)?.status).toBe('saving');
    store.edit(zhang, (d) => ({ ...d, feedbackText: '2026-11-22', feedbackOn: '2026-11-22' }), ['feedbackOn']);
    await first;
    expect(store.get(zhang)).toMatchObject({ status: 'dirty', draft: { verdict: 'qualified', feedbackOn: '2026-11-22' } });
    expect(await saved('张伟')).toMatchObject({ verdict: 'qualified', feedbackOn: null });
    await store.save(zhang, VOTERS);
    expect(store.get(zhang)?.status).toBe('saved');
    expect(await saved('张伟')).toMatchObject({ verdict: 'qualified', feedbackOn: '2026-11-22' });
  });

  it('says so when going back to what is saved, and refuses a date before the opening under the date', async () => {
    const { store, code } = await setUp();
    const wang = code('王芳');
    store.edit(wang, (d) => ({ ...d, verdict: 'excellent' }), ['verdict']);
    store.edit(wang, (d) => ({ ...d, verdict: null }), ['verdict']);
    expect(store.get(wang)?.status).toBe('saved');
    store.edit(wang, (d) => ({ ...d, feedbackText: '2026-10-01', feedbackOn: '2026-10-01' }), ['feedbackOn']);
    await store.save(wang, VOTERS);
    expect(store.get(wang)?.issues.feedbackOn).toMatchObject({ code: 'BEFORE_OPENING', params: { openedOn: '2026-11-01' } });
  });
});
