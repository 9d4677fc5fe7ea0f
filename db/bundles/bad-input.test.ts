import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../api/errors';
import { makeId } from '../members/test-people';
import { APP_NAME, APP_VERSION } from '../version';
import { assembleBundle, encodeHeader, parseContainer, PREFIX_BYTES } from './container';
import { ZERO_HASH, type RepeatedIds } from './header';
import { ensureIdentity, signingKey } from './identity';
import { dryRun, importBundle } from './incoming';
import { buildReplica } from './replica';
import { planRows } from './replica-rows';
import { sealBundle } from './seal';
import { exportReplica } from './service';
import { addMembers, bytesOf, enrol, makeOrg, snapshot, testClock, type TestOrg } from './test-orgs';

const clock = testClock();
let committee: TestOrg;
let branch: TestOrg;
let stranger: TestOrg;
let good: Buffer;

beforeAll(async () => {
  committee = await makeOrg('DW-01', 'SW-01', { kind: 'committee' });
  branch = await makeOrg('ZB-0001', 'DW-01');
  stranger = await makeOrg('ZB-0009', 'DW-01');
  await addMembers(branch, 1);
  await addMembers(committee, 1, 5);
  enrol(branch, committee, clock);
  good = bytesOf(exportReplica(branch.store, {}, clock, 'test'));
});
afterAll(() => [committee, branch, stranger].forEach((o) => o.cleanup()));

/** The refusal code of one import attempt, checking on the way that nothing was written. */
function refusal(bytes: Buffer, into: TestOrg = committee): { code: string; params: Record<string, string | number> } {
  const before = snapshot(into);
  try {
    importBundle(into.store, bytes, clock, 'test');
  } catch (e) {
    if (!isAppError(e)) throw e;
    expect(snapshot(into), `${e.code} must leave nothing written`).toBe(before);
    return { code: e.code, params: e.params ?? {} };
  }
  throw new Error('the bundle was imported');
}

/** A bundle made by hand with a real key, for the cases the app itself never produces. */
function craft(from: TestOrg, change: { ids?: Partial<RepeatedIds>; body?: Record<string, unknown>; previousHash?: string; recipientKey?: Buffer }) {
  const key = ensureIdentity(from.store, clock, 'test');
  const dw = signingKey(committee.store.sqlite)!;
  const recipientKey = change.recipientKey ?? dw.encryptionPublic;
  return sealBundle({
    ids: { bundleId: clock.random(16).toString('hex'), kind: 'replica', sender: from.code, recipient: 'DW-01', period: null, sequence: 1, createdAt: clock.now().toISOString(), ...change.ids },
    previousHash: change.previousHash ?? ZERO_HASH,
    app: { name: APP_NAME, version: APP_VERSION, schema: 7 },
    sender: { keyId: key.keyId, signingPrivate: key.signingPrivate },
    recipient: { keyId: change.recipientKey ? 'ffffffffffffffff' : dw.keyId, encryptionPublic: recipientKey },
    randomness: { ephemeralPrivate: clock.random(32), contentKey: clock.random(32) },
    body: change.body ?? buildReplica(from.store).body,
  }).bytes;
}

describe('damaged, truncated and foreign files', () => {
  it('refuses a flipped byte anywhere in the file, every byte of it', () => {
    const seen = new Set<string>();
    for (let i = 0; i < good.length; i++) {
      const bad = Buffer.from(good);
      bad[i] = bad[i]! ^ 0x01;
      const before = snapshot(committee);
      let code: string | null = null;
      try {
        importBundle(committee.store, bad, clock, 'test');
      } catch (e) {
        code = isAppError(e) ? e.code : `unexpected ${String(e)}`;
      }
      expect(code, `byte ${i}`).toMatch(/^BUNDLE_(?!REPLAYED)/);
      seen.add(code!);
      if (i % 97 === 0) expect(snapshot(committee)).toBe(before);
    }
    expect(seen).toContain('BUNDLE_SIGNATURE_INVALID');
  });

  it('refuses every truncation of the file', () => {
    for (let n = 0; n < good.length; n++) {
      expect(refusal(good.subarray(0, n)).code, `length ${n}`).toMatch(n === 0 ? /BUNDLE_UNRECOGNISED/ : /BUNDLE_(TRUNCATED|DAMAGED)/);
    }
    const extended = Buffer.concat([good, Buffer.from([0])]);
    expect(refusal(extended).code).toBe('BUNDLE_DAMAGED');
  });

  it('refuses an empty or foreign file as not a bundle', () => {
    expect(refusal(Buffer.alloc(0)).code).toBe('BUNDLE_UNRECOGNISED');
    expect(refusal(Buffer.from('SQLite format 3\0 ………')).code).toBe('BUNDLE_UNRECOGNISED');
    expect(refusal(Buffer.from('支部工作台交接单.docx')).code).toBe('BUNDLE_UNRECOGNISED');
    expect(refusal(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')).code).toBe('BUNDLE_UNRECOGNISED');
  });

  it('refuses a newer format version, a newer kind and an unknown capability as made by a newer program', () => {
    const newer = Buffer.from(good);
    newer.writeUInt16BE(2, 8);
    expect(refusal(newer)).toMatchObject({ code: 'BUNDLE_FORMAT_TOO_NEW', params: { version: 2 } });
    const { header, body } = parseContainer(good);
    const key = signingKey(branch.store.sqlite)!;
    const resigned = (h: Record<string, unknown>) => assembleBundle(encodeHeader(h as never), body, key.signingPrivate);
    expect(refusal(resigned({ ...header, kind: 'notice' })).code).toBe('BUNDLE_FORMAT_TOO_NEW');
    expect(refusal(resigned({ ...header, capabilities: [...header.capabilities, 'zstd'] })).code).toBe('BUNDLE_FORMAT_TOO_NEW');
    const v2 = resigned({ ...header, format: 2 });
    v2.writeUInt16BE(2, 8);
    expect(refusal(v2).code).toBe('BUNDLE_FORMAT_TOO_NEW');
    expect(PREFIX_BYTES).toBe(14);
  });
});

describe('senders, recipients and scope', () => {
  it('refuses a bundle addressed to another organisation, or encrypted to a key we do not hold', () => {
    expect(refusal(good, branch)).toMatchObject({ code: 'BUNDLE_NOT_FOR_US', params: { recipient: 'DW-01', us: 'ZB-0001' } });
    expect(refusal(craft(branch, { recipientKey: ensureIdentity(stranger.store, clock, 'test').encryptionPublic })).code).toBe('BUNDLE_NOT_FOR_US');
  });

  it('refuses a sender that is not in the chain of authorisation', () => {
    expect(refusal(craft(stranger, {}))).toMatchObject({ code: 'BUNDLE_SENDER_UNKNOWN', params: { sender: 'ZB-0009' } });
  });

  it('refuses a branch speaking for its neighbour, or for rows outside its scope or owned here', () => {
    expect(refusal(craft(branch, { ids: { sender: 'ZB-0002' } }))).toMatchObject({ code: 'BUNDLE_OUT_OF_SCOPE', params: { sender: 'ZB-0002', owner: 'ZB-0001' } });
    const { body } = buildReplica(branch.store);
    const rows = (body.rows as { member: { code: string; orgCode: string }[] }).member;
    const neighbour = { ...body, rows: { member: [{ ...rows[0]!, code: 'ZB-0002-00001' }] } };
    const bundle = craft(branch, { body: neighbour, ids: { sequence: 1 } });
    const preview = dryRun(committee.store, bundle, clock);
    expect(preview.status).toBe('blocked');
    expect(preview.changes[0]).toMatchObject({ action: 'rejected', code: 'ZB-0002-00001', reason: '编码 ZB-0002-00001 不在 ZB-0001 的授权范围（ZB-0001）内' });
    expect(refusal(bundle).code).toBe('BUNDLE_OUT_OF_SCOPE');
    // 分级维护: a row this level maintains itself, or one another organisation sends, is rejected, never merged
    // (with prefix scopes this needs overlapping scopes, so the classification is asked directly).
    const ownCode = committee.store.sqlite.prepare('SELECT code FROM members').pluck().get() as string;
    committee.store.sqlite.prepare("INSERT INTO replica_rows (owner_org_code, entity, code, data, row_hash, bundle_id, updated_at) VALUES ('ZB-0002', 'member', 'X-1', '{}', '', 'b', '')").run();
    const row = (code: string) => ({ entity: 'member', code, label: code, data: {}, tombstone: null });
    const plan = planRows(committee.store, { sender: 'ZB-0001', scope: '*', bundleId: 'b', rows: [row(ownCode), row('X-1')], refused: [], fullEntities: [], counts: {} });
    expect(plan.changes.map((c) => [c.action, c.reason])).toEqual([
      ['rejected', `编码 ${ownCode} 是本级自己维护的党员记录，下级不能改动（分级维护）`],
      ['rejected', '编码 X-1 由 ZB-0002 报送维护，ZB-0001 不能覆盖（分级维护）'],
    ]);
    committee.store.sqlite.prepare("DELETE FROM replica_rows WHERE code = 'X-1'").run();
  });
});

describe('order and validity of what arrives', () => {
  it('refuses a row that fails validation, naming it in Chinese; nothing is written', () => {
    const { body } = buildReplica(branch.store);
    const rows = (body.rows as { member: { fields: Record<string, unknown> }[] }).member;
    const badId = makeId('1978-03-08', '2', 1).slice(0, 17) + 'Y';
    const broken = { ...body, rows: { member: [{ ...rows[0]!, fields: { ...rows[0]!.fields, idNumber: badId } }] } };
    const bundle = craft(branch, { body: broken });
    const preview = dryRun(committee.store, bundle, clock);
    expect(preview).toMatchObject({ status: 'blocked', counts: { rejected: 1 } });
    expect(preview.changes[0]?.reason).toMatch(/身份证号/);
    expect(refusal(bundle)).toMatchObject({ code: 'BUNDLE_ROW_INVALID', params: { count: 1 } });
  });

  it('refuses a gap naming the missing number, an older number, and a forked stream; a replay is a no-op with its date', () => {
    const second = bytesOf(exportReplica(branch.store, {}, clock, 'test'));
    const third = bytesOf(exportReplica(branch.store, {}, clock, 'test'));
    expect(refusal(third)).toMatchObject({ code: 'BUNDLE_OUT_OF_ORDER', params: { sequence: 3, expected: 1, missing: 1 } });
    const first = importBundle(committee.store, good, clock, 'test');
    expect(refusal(third)).toMatchObject({ code: 'BUNDLE_OUT_OF_ORDER', params: { sequence: 3, expected: 2, missing: 2 } });
    importBundle(committee.store, second, clock, 'test');
    importBundle(committee.store, third, clock, 'test');
    // A re-made number 2 (say, from a restored backup) comes after 3: older, refused.
    expect(refusal(craft(branch, { ids: { sequence: 2 } }))).toMatchObject({ code: 'BUNDLE_OUT_OF_ORDER', params: { sequence: 2, expected: 4 } });
    expect(refusal(craft(branch, { ids: { sequence: 4 }, previousHash: parseContainer(second).fileHash }))).toMatchObject({ code: 'BUNDLE_STREAM_FORKED', params: { sequence: 4 } });
    const before = snapshot(committee);
    expect(importBundle(committee.store, good, clock, 'test').summary).toMatchObject({ status: 'replayed', importedAt: first.summary.importedAt });
    expect(snapshot(committee)).toBe(before);
  });
});
