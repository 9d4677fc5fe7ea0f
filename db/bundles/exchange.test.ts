import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/chain';
import { importBundle, dryRun } from './incoming';
import { coverSheetFor, exportReplica, exportReport, identity } from './service';
import { addMembers, bytesOf, enrol, makeOrg, snapshot, testClock, type TestClock, type TestOrg } from './test-orgs';

/** A small report payload of our own: the bundle's payload slot takes any JSON object. */
const testReport = (_store: TestOrg['store'], period: string, version: number) => ({ period, version, figures: { 党员总数: 2, 预备党员: 0 }, note: `${period} 汇总（测试）` });

let branch: TestOrg;
let committee: TestOrg;
let clock: TestClock;

beforeEach(async () => {
  clock = testClock();
  branch = await makeOrg('ZB-0001', 'DW-01', { name: '中共示范单位第一支部委员会' });
  committee = await makeOrg('DW-01', 'SW-01', { name: '中共示范单位委员会', kind: 'committee' });
});
afterEach(() => {
  branch.cleanup();
  committee.cleanup();
});

describe('a branch and its 党委, in one process', () => {
  it('enrol, authorise, export, import, receipt, re-import as a no-op, next quarter', async () => {
    const codes = await addMembers(branch, 3);
    const left = await branch.backend.call('members.recordEvent', { code: codes[2]!, kind: 'transfer-out', date: '2026-09-01' });
    expect(left.ok).toBe(true);

    const { statement } = enrol(branch, committee, clock);
    expect(statement.scope).toBe('ZB-0001');
    const me = identity(branch.store, clock, 'test');
    const them = identity(committee.store, clock, 'test');
    // The branch now trusts its superior: the fingerprint it shows is the one the 党委 prints.
    expect(me.superior).toMatchObject({ orgCode: 'DW-01', keyId: them.keyId, fingerprint: them.fingerprint });
    expect(me.authorisation).toMatchObject({ scope: 'ZB-0001', status: 'ok', issuer: 'DW-01' });
    expect(them.root).toBe(true);
    expect(them.fingerprint).toHaveLength(8);
    for (const g of them.fingerprint) expect(g).toMatch(/^\d{5}$/);

    const replica = exportReplica(branch.store, {}, clock, 'test');
    expect(replica).toMatchObject({ kind: 'replica', recipient: 'DW-01', sequence: 1 });
    const preview = dryRun(committee.store, bytesOf(replica), clock);
    expect(preview).toMatchObject({ status: 'ready', counts: { new: 3, changed: 0, unchanged: 0, rejected: 0 }, sequence: 1 });
    expect(preview.changes.map((c) => c.label)).toContain('单晓红');

    const first = importBundle(committee.store, bytesOf(replica), clock, 'test');
    expect(first.summary.status).toBe('imported');
    const held = committee.store.sqlite.prepare("SELECT code, tombstone FROM replica_rows WHERE owner_org_code = 'ZB-0001' ORDER BY code").all() as { code: string; tombstone: string | null }[];
    expect(held.map((r) => r.code)).toEqual(codes);
    expect(JSON.parse(held[2]!.tombstone!)).toEqual({ date: '2026-09-01', reason: 'transfer-out' });
    expect(readdirBackups(committee)).toContain('before-import');

    // The receipt goes back down; the branch sees its submission acknowledged.
    expect(first.receipt).not.toBeNull();
    const ack = importBundle(branch.store, bytesOf(first.receipt!), clock, 'test');
    expect(ack.summary).toMatchObject({ kind: 'receipt', status: 'imported' });
    const log = await branch.backend.call('bundles.log', {});
    expect(log.ok && log.value.find((e) => e.bundleId === replica.bundleId)?.acknowledgedAt).toBeTruthy();

    // The same file again: a no-op that says when.
    const before = snapshot(committee);
    const again = importBundle(committee.store, bytesOf(replica), clock, 'test');
    expect(again).toMatchObject({ receipt: null, summary: { status: 'replayed', importedAt: first.summary.importedAt } });
    expect(snapshot(committee)).toBe(before);

    // Next quarter: the stream number advances, the chain links to the last file.
    const q3 = exportReport(branch.store, { period: '2026Q3', version: 1 }, testReport, clock, 'test');
    const q4 = exportReport(branch.store, { period: '2026Q4', version: 1 }, testReport, clock, 'test');
    expect([q3.sequence, q4.sequence]).toEqual([2, 3]);
    expect(importBundle(committee.store, bytesOf(q3), clock, 'test').summary.counts).toMatchObject({ new: 1 });
    expect(importBundle(committee.store, bytesOf(q4), clock, 'test').summary).toMatchObject({ status: 'imported', sequence: 3, period: '2026Q4' });
    const mark = committee.store.sqlite.prepare("SELECT last_sequence, last_hash FROM bundle_streams WHERE direction = 'in'").get() as { last_sequence: number; last_hash: string };
    expect(mark).toEqual({ last_sequence: 3, last_hash: q4.fileHash });
    expect(verifyAuditChain(committee.store.sqlite).ok).toBe(true);
  });

  it('a second replica names what changed and keeps the rest', async () => {
    const codes = await addMembers(branch, 2);
    enrol(branch, committee, clock);
    importBundle(committee.store, bytesOf(exportReplica(branch.store, {}, clock, 'test')), clock, 'test');
    const m = await branch.backend.call('members.get', { code: codes[0]! });
    if (!m.ok) throw new Error('member');
    const { events: _e, partyAge: _p, ...member } = m.value;
    const fields = { name: member.name, gender: member.gender as '1' | '2', idNumber: member.idNumber, birthDate: member.birthDate, ethnicity: member.ethnicity, joinDate: member.joinDate, fullDate: member.fullDate };
    const updated = await branch.backend.call('members.update', { code: member.code, version: member.version, fields: { ...fields, mobile: '13800138000' } });
    expect(updated.ok).toBe(true);
    const second = importBundle(committee.store, bytesOf(exportReplica(branch.store, {}, clock, 'test')), clock, 'test');
    expect(second.summary.counts).toEqual({ new: 0, changed: 1, unchanged: 1, rejected: 0 });
    expect(second.summary.changes).toEqual([{ entity: 'member', code: codes[0], label: '单晓红', action: 'changed', reason: '内容有变动' }]);
  });

  it('replaces a bundle the 党委 refused, under the same number, until a receipt has come back', async () => {
    await addMembers(branch, 1);
    enrol(branch, committee, clock);
    const refusedThere = exportReplica(branch.store, {}, clock, 'test');
    const replacement = exportReplica(branch.store, { replaceUnacknowledged: true }, clock, 'test');
    expect([refusedThere.sequence, replacement.sequence]).toEqual([1, 1]);
    const done = importBundle(committee.store, bytesOf(replacement), clock, 'test');
    expect(done.summary).toMatchObject({ status: 'imported', sequence: 1 });
    expect(() => importBundle(committee.store, bytesOf(refusedThere), clock, 'test')).toThrow(/expected 2/);
    importBundle(branch.store, bytesOf(done.receipt!), clock, 'test');
    expect(() => exportReplica(branch.store, { replaceUnacknowledged: true }, clock, 'test')).toThrow(/acknowledged/);
    expect(exportReplica(branch.store, {}, clock, 'test').sequence).toBe(2);
  });

  it('goes through the contract: base64 for browser mode, an atomic file at a given path, a cover sheet to compare', async () => {
    await addMembers(branch, 1);
    enrol(branch, committee, clock);
    const out = join(branch.backend.dir, 'replica.bdx');
    const written = await branch.backend.call('bundles.exportReplica', { path: out });
    if (!written.ok) throw new Error(JSON.stringify(written.error));
    expect(written.value).toMatchObject({ path: out, contentBase64: null });
    const file = readFileSync(out);
    const contentBase64 = file.toString('base64');

    const inspected = await committee.backend.call('bundles.inspect', { contentBase64 });
    expect(inspected.ok && inspected.value.header).toMatchObject({ kind: 'replica', sender: 'ZB-0001', recipient: 'DW-01', sequence: 1 });
    expect(inspected.ok && 'wrappedKey' in inspected.value.header).toBe(false);

    const sheet = await committee.backend.call('bundles.coverSheet', { contentBase64 });
    const mine = coverSheetFor(branch.store, file, clock.now());
    expect(sheet.ok && sheet.value.fileHashShort).toBe(written.value.coverSheet.fileHashShort);
    expect(sheet.ok && sheet.value.senderFingerprint).toEqual(identity(branch.store, clock, 'test').fingerprint);
    expect(mine.counts).toEqual([['党员', 1], ['减少或注销的记录', 0]]);
    expect(mine.rows.find(([k]) => k === '发送单位')?.[1]).toBe('中共示范单位第一支部委员会（ZB-0001）');

    const preview = await committee.backend.call('bundles.dryRun', { contentBase64 });
    expect(preview.ok && preview.value.status).toBe('ready');
    const imported = await committee.backend.call('bundles.import', { contentBase64, confirm: true });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value.receipt?.contentBase64).toBeTruthy();
    const replay = await committee.backend.call('bundles.verify', { contentBase64 });
    expect(replay.ok && replay.value).toMatchObject({ status: 'replayed', importedAt: imported.value.summary.importedAt });
    const refused = await committee.backend.call('bundles.import', { contentBase64: '', confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BUNDLE_UNRECOGNISED' } });
  });
});

function readdirBackups(org: TestOrg): string {
  return readdirSync(org.backend.session.paths.backups).join(',');
}
