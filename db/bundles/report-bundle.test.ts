import { afterEach, describe, expect, it } from 'vitest';
import { buildTestBranch, type TestBranch } from '../reports/test-branch';
import { dryRun, importBundle } from './incoming';
import { buildReportBody } from './report';
import { sendAndDeliver } from './outgoing';
import { signingKey } from './identity';
import { bytesOf, enrol, makeOrg, must, testClock, type TestOrg } from './test-orgs';

let branch: TestBranch | undefined;
let committee: TestOrg | undefined;
afterEach(() => {
  branch?.b.cleanup();
  committee?.cleanup();
});

describe('the report bundle', () => {
  it('carries reportPayload of a submitted version; the 党委 checks it against its own hash', async () => {
    const clock = testClock();
    branch = await buildTestBranch();
    const { b } = branch;
    const computed = await must(b.call('reports.compute', { period: '2026Q3' }));
    for (const i of computed.validation.issues) await must(b.call('reports.explain', { period: '2026Q3', key: i.key, text: `说明：${i.rule}` }));
    await must(b.call('reports.submit', { period: '2026Q3' }));
    committee = await makeOrg('DW-01', 'SW-01', { kind: 'committee' });
    const me: TestOrg = { backend: b, store: b.session.requireStore(), code: 'ZB-0001', cleanup: () => undefined };
    enrol(me, committee, clock);

    const exported = await must(b.call('bundles.exportReport', { period: '2026Q3', version: 1 }));
    expect(exported).toMatchObject({ kind: 'report', period: '2026Q3', sequence: 1 });
    const imported = importBundle(committee.store, bytesOf(exported), clock, 'test');
    expect(imported.summary.changes).toEqual([{ entity: 'report', code: 'ZB-0001-2026Q3', label: '2026Q3 第 1 版', action: 'new', reason: null }]);
    const held = committee.store.sqlite.prepare("SELECT data FROM replica_rows WHERE entity = 'report'").pluck().get() as string;
    expect(JSON.parse(held)).toMatchObject({ version: 1, report: { format: 'branchdesk.report/1', org: { code: 'ZB-0001' }, period: { id: '2026Q3' } } });

    // A figure changed after the fact no longer matches the payload's own hash: rejected, named.
    const report = JSON.parse(held).report as { figures: Record<string, { value: number }> };
    const key = Object.keys(report.figures)[0]!;
    const forged = { ...report, figures: { ...report.figures, [key]: { ...report.figures[key]!, value: 999 } } };
    const made = buildReportBody('ZB-0001', '2026Q3', 2, forged);
    const dw = signingKey(committee.store.sqlite)!;
    const recipientKey = { keyId: dw.keyId, encryptionPublic: dw.encryptionPublic };
    const bundle = sendAndDeliver(me.store, { kind: 'report', recipientOrgCode: 'DW-01', recipientKey, period: '2026Q3', ...made }, clock, 'test');
    const preview = dryRun(committee.store, bytesOf(bundle), clock);
    expect(preview.changes[0]).toMatchObject({ action: 'rejected', reason: '报表内容与它自带的校验值不符，或不是发送单位自己的报表' });
  });
});
