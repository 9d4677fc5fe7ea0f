import { afterEach, describe, expect, it } from 'vitest';
import { memberFields, type Member } from '../../db/api/schemas/members';
import { verifyAuditChain } from '../../db/audit/chain';
import { addMonthsClamped } from '../../db/members/chinese-dates';
import { parseIdNumber } from '../../db/members/id-number';
import { rosterAt } from '../../db/members/roster';
import { getMember, listEvents } from '../../db/members/service';
import { normaliseMember } from '../../db/members/validate';
import { findSelf } from '../../db/organisation/service';
import { storePaths } from '../../db/store/paths';
import { createStore, type Store } from '../../db/store/store';
import { FAST_SCRYPT, TEST_PASSPHRASE, tempDir } from '../../db/test-support/temp-store';
import { demoFingerprint } from './fingerprint';
import { generateDemo, type DemoOptions } from './generate';
import { SECRETARY_POST } from './groups';

const TODAY = '2026-05-20';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function emptyStore(): Promise<Store> {
  const { dir, cleanup } = tempDir('branchdesk-demo-');
  const { store } = await createStore(storePaths(dir), TEST_PASSPHRASE, { scrypt: FAST_SCRYPT });
  cleanups.push(() => {
    store.close();
    cleanup();
  });
  return store;
}

/** The fast path: activity.test.ts shows it writes what the services would. */
async function demo(options: Partial<DemoOptions> = {}) {
  const store = await emptyStore();
  const summary = generateDemo(store, { scale: 'branch', seed: 1, today: TODAY, mode: 'fast', ...options });
  return { store, summary };
}

const FIELD_KEYS = Object.keys(memberFields.shape) as (keyof typeof memberFields.shape)[];

/** The stored record as the form would send it back. */
function fieldsOf(m: Member): Record<string, unknown> {
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, m[k as keyof Member]]));
}

function allMembers(store: Store): Member[] {
  const codes = store.sqlite.prepare('SELECT code FROM members ORDER BY id').pluck().all() as string[];
  return codes.map((c) => getMember(store, c));
}

describe('generateDemo at branch scale', () => {
  it('sets up the branch with one of its own members as 书记 and 50 member records', async () => {
    const { store, summary } = await demo();
    const self = findSelf(store);
    expect(self).toMatchObject({ code: 'ZB-DEMO-0001', kind: 'branch', parentCode: 'DW-DEMO' });
    const members = allMembers(store);
    expect(members).toHaveLength(50);
    expect(summary.members).toBe(50);
    const secretary = members.find((m) => m.partyPost === SECRETARY_POST);
    expect(secretary?.name).toBe(self?.secretaryName);
    expect(secretary).toMatchObject({ membership: 'active', memberType: 'full' });
    expect(members.every((m) => m.orgCode === 'ZB-DEMO-0001' && ['G01', 'G02', 'G03'].includes(m.groupCode ?? ''))).toBe(true);
  });

  it('stores only records that pass normaliseMember, with valid ID numbers', async () => {
    const { store } = await demo();
    for (const m of allMembers(store)) {
      const result = normaliseMember(fieldsOf(m) as never, TODAY);
      expect(result.ok, `${m.code} ${m.name}`).toBe(true);
      expect(parseIdNumber(m.idNumber ?? '', { today: TODAY }).ok).toBe(true);
    }
  });

  it('keeps the roster from the events and today’s columns in agreement', async () => {
    const { store, summary } = await demo();
    const members = allMembers(store);
    const active = members.filter((m) => m.membership === 'active');
    const roster = rosterAt(store.sqlite, TODAY);
    expect(roster.map((r) => r.code)).toEqual(active.map((m) => m.code));
    expect(summary.onRoster).toBe(active.length);
    expect(active.length).toBeGreaterThan(35);
    const fullByRoster = roster.filter((r) => r.memberType === 'full').map((r) => r.code);
    expect(fullByRoster).toEqual(active.filter((m) => m.memberType === 'full').map((m) => m.code));
  });

  it('never has a 转正 earlier than 入党 + 12 months', async () => {
    const { store } = await demo();
    const members = allMembers(store);
    expect(members.filter((m) => m.fullDate).length).toBeGreaterThan(30);
    for (const m of members) {
      expect(m.joinDate).toBeTruthy();
      if (m.fullDate) expect(m.fullDate >= addMonthsClamped(m.joinDate!, 12)).toBe(true);
    }
  });

  it('records every kind of membership event, each 出党 type among them', async () => {
    const { store } = await demo();
    const events = allMembers(store).flatMap((m) => listEvents(store, m.code));
    const kinds = new Set(events.map((e) => (e.kind === 'expel' ? `expel:${e.detail}` : e.kind)));
    for (const k of [
      'import', 'develop', 'transfer-in', 'restore', 'full', 'probation-extended', 'transfer-out', 'death', 'stop',
      'flow-out', 'flow-return', 'lost-contact', 'contact-restored',
      'expel:expelled', 'expel:removed', 'expel:lapsed', 'expel:withdrew', 'expel:probation-cancelled',
    ]) {
      expect(kinds, k).toContain(k);
    }
    expect(events.every((e) => e.date <= TODAY && !e.cancelled)).toBe(true);
  });

  it('writes an audit row for every membership change, and the chain verifies', async () => {
    const { store, summary } = await demo();
    // insertMember writes a member's first event with its audit row, recordEvent one row per
    // later event (also when the transfers service records it: letters, the 流动 register).
    const memberRows = store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE op IN ('members.create', 'members.recordEvent')").pluck().get();
    expect(memberRows).toBe(summary.tables.member_events);
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: true });
  });

  it('refuses a database that already has members', async () => {
    const { store } = await demo();
    expect(() => generateDemo(store, { scale: 'branch', seed: 1, today: TODAY, mode: 'fast' })).toThrow(/empty database/);
  });
});

describe('generateDemo repeatability', () => {
  it('gives identical data for the same seed and today (timestamps aside)', async () => {
    const a = await demo({ seed: 7 });
    const b = await demo({ seed: 7 });
    expect(demoFingerprint(a.store)).toBe(demoFingerprint(b.store));
    expect(b.summary.tables).toEqual(a.summary.tables);
    expect(b.summary.fates).toEqual(a.summary.fates);
  });

  it('gives different data for a different seed', async () => {
    const a = await demo({ seed: 7 });
    const b = await demo({ seed: 8 });
    expect(demoFingerprint(a.store)).not.toBe(demoFingerprint(b.store));
    const names = (s: Store) => s.sqlite.prepare('SELECT name FROM members ORDER BY id').pluck().all();
    expect(names(a.store)).not.toEqual(names(b.store));
  });

  it('refuses a today that is not a date', async () => {
    const store = await emptyStore();
    expect(() => generateDemo(store, { scale: 'branch', seed: 1, today: '2026-5-20' })).toThrow(RangeError);
  });
});
