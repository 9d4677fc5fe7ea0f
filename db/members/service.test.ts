import { afterEach, describe, expect, it } from 'vitest';
import type { MemberFields } from '../api/schemas/members';
import { unlockedBackend } from '../test-support/temp-store';
import { makeId } from './test-people';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function backend() {
  const b = await unlockedBackend();
  cleanup = b.cleanup;
  return b;
}

const shan: MemberFields = {
  name: '单晓红',
  idNumber: makeId('1985-07-01', '2').toLowerCase(),
  ethnicity: '01',
  education: '21',
  joinDate: '2010-06-30',
  fullDate: '2011-06-30',
  mobile: '13800138000',
};

async function create(b: Awaited<ReturnType<typeof backend>>, fields: MemberFields, date = '2020-01-01') {
  return b.call('members.create', { fields, addition: { kind: 'import', date } });
}

describe('members.create', () => {
  it('derives birth date and gender from the ID number and assigns a code', async () => {
    const b = await backend();
    const r = await create(b, shan);
    expect(r).toMatchObject({
      ok: true,
      value: { code: 'ZB-0001-00001', birthDate: '1985-07-01', gender: '2', memberType: 'full', membership: 'active' },
    });
    if (r.ok) expect(r.value.idNumber).toBe(shan.idNumber!.toUpperCase());
  });

  it('never hands out a code twice', async () => {
    const b = await backend();
    await create(b, shan);
    const second = await create(b, { name: '曾国华', gender: '1' });
    expect(second).toMatchObject({ ok: true, value: { code: 'ZB-0001-00002', memberType: 'probationary' } });
  });

  it('answers a half-filled form with every problem and writes nothing', async () => {
    const b = await backend();
    const r = await b.invoke('members.create', { fields: { name: '  ' }, addition: { kind: 'import', date: '2020-01-01' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const list = await b.call('members.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it.each([
    ['a bad checksum', { ...shan, idNumber: shan.idNumber!.slice(0, 17) + (shan.idNumber!.endsWith('1') ? '2' : '1') }, 'idNumber', 'ID_BAD_CHECKSUM'],
    ['a birth date that contradicts the ID', { ...shan, birthDate: '1985-07-02' }, 'birthDate', 'ID_MISMATCH'],
    ['a gender that contradicts the ID', { ...shan, gender: '1' as const }, 'gender', 'ID_MISMATCH'],
    ['转正 before 入党', { ...shan, joinDate: '2012-01-01', fullDate: '2011-06-30' }, 'fullDate', 'DATE_ORDER'],
    ['转正 within the year of probation', { ...shan, fullDate: '2011-03-01' }, 'fullDate', 'PROBATION_TOO_SHORT'],
    ['a date in the future', { ...shan, fullDate: '2099-01-01' }, 'fullDate', 'DATE_IN_FUTURE'],
    ['an unknown ethnicity code', { ...shan, ethnicity: '77' }, 'ethnicity', 'UNKNOWN_CODE'],
    ['no gender and no ID', { name: '某某' }, 'gender', 'REQUIRED'],
  ])('refuses %s and names the field', async (_name, fields, field, code) => {
    const b = await backend();
    const r = await create(b, fields);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['fields', field], code })]));
    expect(await b.call('members.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refuses a second person with the same ID number, naming the first', async () => {
    const b = await backend();
    await create(b, shan);
    const r = await create(b, { ...shan, name: '单晓虹', idNumber: shan.idNumber!.toUpperCase() });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ code: 'DUPLICATE_ID_NUMBER', params: { name: '单晓红' } }] },
    });
  });
});

describe('members.update', () => {
  it('is an audited correction that refuses a stale copy', async () => {
    const b = await backend();
    const created = await create(b, shan);
    if (!created.ok) throw new Error(created.error.code);
    const updated = await b.call('members.update', {
      code: created.value.code,
      version: 1,
      fields: { ...shan, mobile: '13900139000' },
      reason: '手机号码变更',
    });
    expect(updated).toMatchObject({ ok: true, value: { mobile: '13900139000', version: 2 } });
    const stale = await b.call('members.update', { code: created.value.code, version: 1, fields: shan });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audit = b.session.requireStore().sqlite.prepare("SELECT before, after FROM audit_log WHERE op = 'members.update'").get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(audit.before)).toMatchObject({ mobile: '13800138000', reason: '手机号码变更' });
    expect(JSON.parse(audit.after)).toMatchObject({ mobile: '13900139000' });
  });
});

describe('member events and the roster at a date', () => {
  it('takes a member off the roster by an event, keeps the history, and restores it when the event is cancelled', async () => {
    const b = await backend();
    const c = await create(b, shan, '2020-01-01');
    if (!c.ok) throw new Error(c.error.code);
    const code = c.value.code;
    const out = await b.call('members.recordEvent', { code, kind: 'transfer-out', date: '2024-03-15', org: '中共某某县委组织部' });
    expect(out).toMatchObject({ ok: true, value: { membership: 'left', leftKind: 'transfer-out', leftDate: '2024-03-15' } });
    expect(await b.call('members.recordEvent', { code, kind: 'death', date: '2024-04-01' })).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'NOT_ON_ROSTER' }] },
    });
    const roster = async (date: string) => {
      const r = await b.call('members.rosterAt', { date });
      return r.ok ? r.value.map((e) => e.code) : r.error.code;
    };
    expect(await roster('2019-12-31')).toEqual([]);
    expect(await roster('2020-01-01')).toEqual([code]);
    expect(await roster('2024-03-14')).toEqual([code]);
    expect(await roster('2024-03-15')).toEqual([]);
    const detail = await b.call('members.get', { code });
    if (!detail.ok) throw new Error(detail.error.code);
    expect(detail.value.events.map((e) => e.kind)).toEqual(['import', 'transfer-out']);
    const cancelled = await b.call('members.cancelEvent', { eventId: detail.value.events[1]!.id, reason: '误操作' });
    expect(cancelled).toMatchObject({ ok: true, value: { membership: 'active', leftKind: null } });
    expect(await roster('2024-03-15')).toEqual([code]);
    const after = await b.call('members.get', { code });
    expect(after.ok && after.value.events.map((e) => [e.kind, e.cancelled])).toEqual([
      ['import', false],
      ['transfer-out', true],
    ]);
  });

  it('counts a probationary member as full on the roster only from the 转正 date', async () => {
    const b = await backend();
    const c = await b.call('members.create', {
      fields: { name: '解放', gender: '1', joinDate: '2023-05-10' },
      addition: { kind: 'develop', date: '2023-05-10' },
    });
    if (!c.ok) throw new Error(JSON.stringify(c.error));
    const code = c.value.code;
    expect(await b.call('members.recordEvent', { code, kind: 'full', date: '2024-05-09' })).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'PROBATION_TOO_SHORT', params: { earliest: '2024-05-10' } }] },
    });
    expect(await b.call('members.recordEvent', { code, kind: 'full', date: '2024-05-10' })).toMatchObject({
      ok: true,
      value: { memberType: 'full', fullDate: '2024-05-10' },
    });
    const typeOn = async (date: string) => {
      const r = await b.call('members.rosterAt', { date });
      return r.ok ? r.value[0]?.memberType : r.error.code;
    };
    expect(await typeOn('2023-05-09')).toBeUndefined();
    expect(await typeOn('2023-05-10')).toBe('probationary');
    expect(await typeOn('2024-05-09')).toBe('probationary');
    expect(await typeOn('2024-05-10')).toBe('full');
  });

  it('requires the kind of 出党', async () => {
    const b = await backend();
    const c = await create(b, shan);
    if (!c.ok) throw new Error(c.error.code);
    expect(await b.call('members.recordEvent', { code: c.value.code, kind: 'expel', date: '2024-01-01' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['detail'] }] },
    });
    expect(
      await b.call('members.recordEvent', { code: c.value.code, kind: 'expel', detail: 'lapsed', date: '2024-01-01' }),
    ).toMatchObject({ ok: true, value: { leftKind: 'expel:lapsed' } });
  });
});

describe('停止党籍 and 恢复党籍', () => {
  it('set the 党籍状态 as well as the roster', async () => {
    const b = await backend();
    const c = await create(b, shan);
    if (!c.ok) throw new Error(c.error.code);
    expect(await b.call('members.recordEvent', { code: c.value.code, kind: 'stop', date: '2024-01-01' })).toMatchObject({
      ok: true,
      value: { membership: 'left', standing: 'stopped' },
    });
    expect(await b.call('members.recordEvent', { code: c.value.code, kind: 'restore', date: '2025-01-01' })).toMatchObject({
      ok: true,
      value: { membership: 'active', standing: 'normal' },
    });
  });
});

describe('search after a membership change', () => {
  it('finds a member who left under 已离开, not under 在册', async () => {
    const b = await backend();
    const c = await create(b, shan);
    if (!c.ok) throw new Error(c.error.code);
    await b.call('members.recordEvent', { code: c.value.code, kind: 'transfer-out', date: '2024-03-15' });
    for (const q of ['晓', 'shan']) {
      expect(await b.call('members.list', { q })).toMatchObject({ ok: true, value: { total: 0 } });
      expect(await b.call('members.list', { q, membership: 'left' })).toMatchObject({ ok: true, value: { total: 1 } });
    }
  });
});

describe('cancelling a status event', () => {
  it('takes its flag back and keeps the reason', async () => {
    const b = await backend();
    const c = await create(b, shan);
    if (!c.ok) throw new Error(c.error.code);
    const out = await b.call('members.recordEvent', { code: c.value.code, kind: 'flow-out', date: '2024-05-01', org: '广东省深圳市' });
    expect(out).toMatchObject({ ok: true, value: { mobileMember: true, mobileDestination: '广东省深圳市' } });
    const detail = await b.call('members.get', { code: c.value.code });
    if (!detail.ok) throw new Error(detail.error.code);
    const flow = detail.value.events.find((e) => e.kind === 'flow-out')!;
    expect(await b.call('members.cancelEvent', { eventId: flow.id, reason: '登记错人' })).toMatchObject({
      ok: true,
      value: { mobileMember: false, mobileDestination: null },
    });
    const after = await b.call('members.get', { code: c.value.code });
    expect(after.ok && after.value.events.find((e) => e.id === flow.id)).toMatchObject({ cancelled: true, cancelReason: '登记错人' });
  });
});
