import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Each service that feeds the report refuses changes dated inside a submitted period, and accepts them after an unlock. */
describe('period locks in the services', () => {
  it('refuses member events, meetings and dues dated inside a submitted quarter', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    const m = await b.call('members.create', {
      fields: { name: '王芳', gender: '2', joinDate: '2010-01-01', fullDate: '2011-01-01' },
      addition: { kind: 'import', date: '2026-01-05' },
    });
    if (!m.ok) throw new Error(JSON.stringify(m.error));
    // Every unusual figure needs its explanation before the report may leave.
    const first = await b.invoke('reports.submit', { period: '2026Q1' });
    const keys = first.ok ? [] : (first.error.issues ?? []).map((i) => String(i.params?.key));
    for (const key of keys) expect(await b.invoke('reports.explain', { period: '2026Q1', key, text: '测试：情况属实' })).toMatchObject({ ok: true });
    const submitted = await b.invoke('reports.submit', { period: '2026Q1' });
    expect(submitted, JSON.stringify(submitted)).toMatchObject({ ok: true });
    const locked = { ok: false, error: { code: 'CONFLICT', params: { period: '2026Q1' } } };
    expect(await b.call('members.recordEvent', { code: m.value.code, kind: 'death', date: '2026-02-01' })).toMatchObject(locked);
    expect(await b.call('members.create', { fields: { name: '李强', gender: '1' }, addition: { kind: 'import', date: '2026-03-31' } })).toMatchObject(locked);
    const draft = await b.call('meetings.draft', { type: 'theme-day', date: '2026-03-15' });
    if (!draft.ok) throw new Error(draft.error.code);
    expect(await b.call('meetings.create', { meeting: draft.value })).toMatchObject(locked);
    // After the quarter, life goes on.
    expect(await b.call('members.recordEvent', { code: m.value.code, kind: 'flow-out', date: '2026-04-02' })).toMatchObject({ ok: true });
    const unlocked = await b.invoke('reports.unlock', { period: '2026Q1', reason: '补录2月份去世党员' });
    expect(unlocked).toMatchObject({ ok: true });
    expect(await b.call('meetings.create', { meeting: draft.value })).toMatchObject({ ok: true });
  });
});
