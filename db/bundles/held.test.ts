import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from './incoming';
import { exportReplica, exportReport } from './service';
import { addMembers, bytesOf, enrol, makeOrg, must, snapshot, testClock, type TestClock, type TestOrg } from './test-orgs';

const testReport = (_store: TestOrg['store'], period: string, version: number) => ({ period, version, computedAt: '2026-10-08T02:00:00.000Z', figures: { 'members.total': { value: 2 } } });

let branch: TestOrg;
let committee: TestOrg;
let clock: TestClock;

beforeEach(async () => {
  clock = testClock();
  // Hierarchical codes: the branch's code continues its 党委's, so the default scope fits.
  branch = await makeOrg('DW-01-ZB-0001', 'DW-01', { name: '中共示范单位第一支部委员会' });
  committee = await makeOrg('DW-01', 'SW-01', { name: '中共示范单位委员会', kind: 'committee' });
});
afterEach(() => {
  branch.cleanup();
  committee.cleanup();
});

describe('the data held of the levels below (read-only)', () => {
  it('lists each sending organisation, its members page by page (on the roster first) and its reports', async () => {
    const codes = await addMembers(branch, 3);
    await must(branch.backend.call('members.recordEvent', { code: codes[0]!, kind: 'death', date: '2026-09-01' }));
    enrol(branch, committee, clock);
    expect(await must(committee.backend.call('bundles.held', {}))).toEqual([]);

    importBundle(committee.store, bytesOf(exportReplica(branch.store, {}, clock, 'test')), clock, 'test');
    importBundle(committee.store, bytesOf(exportReport(branch.store, { period: '2026Q3', version: 1 }, testReport, clock, 'test')), clock, 'test');

    const before = snapshot(committee);
    const held = await must(committee.backend.call('bundles.held', {}));
    expect(held).toEqual([
      { orgCode: 'DW-01-ZB-0001', name: '中共示范单位第一支部委员会', members: 2, left: 1, reports: ['2026Q3'], updatedAt: expect.any(String) },
    ]);

    const page1 = await must(committee.backend.call('bundles.heldMembers', { owner: 'dw-01-zb-0001', limit: 2 }));
    expect(page1.total).toBe(3);
    expect(page1.rows.map((r) => r.left)).toEqual([null, null]);
    expect(page1.rows[0]).toMatchObject({ orgCode: 'DW-01-ZB-0001', memberType: 'full', joinDate: '2010-07-01' });
    const page2 = await must(committee.backend.call('bundles.heldMembers', { owner: 'DW-01-ZB-0001', offset: 2, limit: 2 }));
    expect(page2.rows).toEqual([expect.objectContaining({ code: codes[0], name: '单晓红', left: expect.stringContaining('2026-09-01') })]);

    const reports = await must(committee.backend.call('bundles.heldReports', { owner: 'DW-01-ZB-0001' }));
    expect(reports).toEqual([
      { code: 'DW-01-ZB-0001-2026Q3', period: '2026Q3', version: 1, computedAt: '2026-10-08T02:00:00.000Z', total: 2, updatedAt: expect.any(String) },
    ]);
    // Reading writes nothing.
    expect(snapshot(committee)).toBe(before);
  });

  it('shows nothing for an organisation it holds nothing of', async () => {
    expect(await must(committee.backend.call('bundles.heldMembers', { owner: 'DW-01-ZB-0009' }))).toEqual({ total: 0, rows: [] });
    expect(await must(committee.backend.call('bundles.heldReports', { owner: 'DW-01-ZB-0009' }))).toEqual([]);
  });
});
