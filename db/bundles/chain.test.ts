import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../api/errors';
import { approveEnrolment, exportAuthorisation, exportEnrolment, listAuthorisations, listEnrolments, revokeAuthorisations } from './authority';
import { ownKeys, rotateKeys } from './identity';
import { dryRun, importBundle } from './incoming';
import { exportReplica, identity } from './service';
import { addMembers, bytesOf, enrol, makeOrg, snapshot, testClock, type TestOrg } from './test-orgs';

const orgs: TestOrg[] = [];
afterEach(() => orgs.splice(0).forEach((o) => o.cleanup()));

async function org(code: string, parent: string, kind: 'branch' | 'committee' = 'branch') {
  const o = await makeOrg(code, parent, { kind });
  orgs.push(o);
  return o;
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
}

const clock = testClock();

describe('a three-level chain (branch → 党委 → the level above)', () => {
  it('verifies every link, carries data up and receipts down, and keeps each level to its scope', async () => {
    const top = await org('SW', 'ZZ', 'committee');
    const mid = await org('SW-DW01', 'SW', 'committee');
    const branch = await org('SW-DW01-ZB01', 'SW-DW01');
    enrol(mid, top, clock);
    const { imported } = enrol(branch, mid, clock);
    // The branch received the whole chain: the root, the root's word for the 党委, the 党委's word for it.
    expect(imported.summary.changes.map((c) => c.label)).toEqual(['SW 党组织（根）', 'SW → SW-DW01 党组织', 'SW-DW01 → SW-DW01-ZB01 党组织']);
    expect(identity(branch.store, clock, 'test')).toMatchObject({ root: false, authorisation: { scope: 'SW-DW01-ZB01', status: 'ok' }, superior: { orgCode: 'SW-DW01' } });
    expect(identity(mid.store, clock, 'test').authorisation).toMatchObject({ scope: 'SW-DW01', issuer: 'SW' });

    await addMembers(branch, 2);
    await addMembers(mid, 1, 7);
    const up1 = importBundle(mid.store, bytesOf(exportReplica(branch.store, {}, clock, 'test')), clock, 'test');
    const up2 = importBundle(top.store, bytesOf(exportReplica(mid.store, {}, clock, 'test')), clock, 'test');
    expect([up1.summary.counts.new, up2.summary.counts.new]).toEqual([2, 1]);
    // Receipts travel down and verify through the chain (the branch knows the 党委 only through the root).
    expect(importBundle(mid.store, bytesOf(up2.receipt!), clock, 'test').summary.status).toBe('imported');
    expect(importBundle(branch.store, bytesOf(up1.receipt!), clock, 'test').summary.status).toBe('imported');

    // A 党委 cannot authorise outside its own area (name constraints): a neighbour's branch is refused.
    const stranger = await org('SW-DW02-ZB01', 'SW-DW01');
    importBundle(mid.store, bytesOf(exportEnrolment(stranger.store, clock, 'test')), clock, 'test');
    const pending = listEnrolments(mid.store).find((e) => e.orgCode === 'SW-DW02-ZB01')!;
    expect(codeOf(() => approveEnrolment(mid.store, { id: pending.id }, clock, 'test'))).toBe('BUNDLE_OUT_OF_SCOPE');
    expect(codeOf(() => approveEnrolment(mid.store, { id: pending.id, scope: 'SW' }, clock, 'test'))).toBe('BUNDLE_OUT_OF_SCOPE');
  });
});

describe('rotation', () => {
  it('a branch rotates: the new key is vouched for by the old, authorised above, and the old one retired', async () => {
    const committee = await org('DW-01', 'SW-01', 'committee');
    const branch = await org('ZB-0001', 'DW-01');
    await addMembers(branch, 1);
    enrol(branch, committee, clock);
    importBundle(committee.store, bytesOf(exportReplica(branch.store, {}, clock, 'test')), clock, 'test');

    const next = rotateKeys(branch.store, clock, 'test');
    const request = importBundle(committee.store, bytesOf(exportEnrolment(branch.store, clock, 'test')), clock, 'test');
    expect(request.summary.notes.join()).toContain('已由对方原来已授权的密钥');
    const pending = listEnrolments(committee.store).find((e) => e.keyId === next.keyId)!;
    approveEnrolment(committee.store, { id: pending.id }, clock, 'test');
    importBundle(branch.store, bytesOf(exportAuthorisation(committee.store, { enrolmentId: pending.id }, clock, 'test')), clock, 'test');
    const keys = ownKeys(branch.store.sqlite);
    expect(keys.map((k) => [k.keyId === next.keyId, k.retiredAt === null])).toEqual([
      [true, true],
      [false, false],
    ]);
    // The stream carries on under the new key.
    const second = exportReplica(branch.store, {}, clock, 'test');
    expect(importBundle(committee.store, bytesOf(second), clock, 'test').summary).toMatchObject({ status: 'imported', sequence: 2, senderKeyId: next.keyId });
  });

  it('a root rotates: the levels below follow the old key’s word to the new one once the chain is re-sent', async () => {
    const committee = await org('DW-01', 'SW-01', 'committee');
    const branch = await org('ZB-0001', 'DW-01');
    await addMembers(branch, 1);
    enrol(branch, committee, clock);
    rotateKeys(committee.store, clock, 'test');
    const receipt = importBundle(committee.store, bytesOf(exportReplica(branch.store, {}, clock, 'test')), clock, 'test').receipt!;
    expect(codeOf(() => importBundle(branch.store, bytesOf(receipt), clock, 'test'))).toBe('BUNDLE_SENDER_UNKNOWN');
    importBundle(branch.store, bytesOf(exportAuthorisation(committee.store, { orgCode: 'ZB-0001' }, clock, 'test')), clock, 'test');
    expect(importBundle(branch.store, bytesOf(receipt), clock, 'test').summary.status).toBe('imported');
    expect(identity(branch.store, clock, 'test').superior?.keyId).toBe(identity(committee.store, clock, 'test').keyId);
  });
});

describe('revocation and expiry', () => {
  it('a revoked branch is refused at once, and learns of it from the signed notice', async () => {
    const committee = await org('DW-01', 'SW-01', 'committee');
    const branch = await org('ZB-0001', 'DW-01');
    await addMembers(branch, 1);
    enrol(branch, committee, clock);
    const { revoked, bundle } = revokeAuthorisations(committee.store, { orgCode: 'ZB-0001', reason: 'key-compromised', notify: 'subject' }, clock, 'test');
    expect(revoked).toHaveLength(1);
    const replica = exportReplica(branch.store, {}, clock, 'test');
    const before = snapshot(committee);
    expect(codeOf(() => importBundle(committee.store, bytesOf(replica), clock, 'test'))).toBe('BUNDLE_AUTHORISATION_REVOKED');
    expect(snapshot(committee)).toBe(before);

    const notice = importBundle(branch.store, bytesOf(bundle!), clock, 'test');
    expect(notice.summary.changes[0]).toMatchObject({ action: 'changed', reason: '撤销授权：密钥可能泄露' });
    expect(listAuthorisations(branch.store).find((a) => a.subject === 'ZB-0001')?.revocationReason).toBe('key-compromised');
    expect(identity(branch.store, clock, 'test').authorisation?.status).toBe('revoked');
  });

  it('an expired authorisation is refused, both for the data it signs and when it arrives late', async () => {
    const c = testClock();
    const committee = await org('DW-01', 'SW-01', 'committee');
    const branch = await org('ZB-0001', 'DW-01');
    await addMembers(branch, 1);
    const tomorrow = new Date(c.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    enrol(branch, committee, c, { validUntil: tomorrow });
    const replica = exportReplica(branch.store, {}, c, 'test');
    c.advanceDays(3);
    expect(codeOf(() => dryRun(committee.store, bytesOf(replica), c))).toBe('BUNDLE_AUTHORISATION_EXPIRED');

    // A second branch whose authorisation bundle is carried down only after its end date.
    const late = await org('ZB-0002', 'DW-01');
    const c2 = testClock();
    importBundle(committee.store, bytesOf(exportEnrolment(late.store, c2, 'test')), c2, 'test');
    const id = listEnrolments(committee.store).find((e) => e.orgCode === 'ZB-0002')!.id;
    approveEnrolment(committee.store, { id, validUntil: tomorrow }, c2, 'test');
    const auth = exportAuthorisation(committee.store, { enrolmentId: id }, c2, 'test');
    c2.advanceDays(3);
    expect(codeOf(() => importBundle(late.store, bytesOf(auth), c2, 'test'))).toBe('BUNDLE_AUTHORISATION_EXPIRED');
  });
});
