/**
 * The branch demo's meetings, dues, letters, pipeline and appraisal, checked by the app's own
 * services and rules: written once through the services (which refuse anything they would not
 * accept) and once through the fast path, the two must hold the same rows; then every record is
 * read back through the areas' own readers and checked against their rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraisalSummaryOf } from '../../db/appraisal/service';
import { verifyAuditChain } from '../../db/audit/chain';
import { applicantDetailOf } from '../../db/development/repository';
import { listApplicants } from '../../db/development/service';
import { monthOf } from '../../db/dues/months';
import { arrearsList, memberLedger } from '../../db/dues/reports';
import { cadence } from '../../db/meetings/cadence';
import { countHeld, getMeeting, listMeetings } from '../../db/meetings/service';
import { EXPECTED_ATTENDEES } from '../../db/meetings/types';
import { rosterAt } from '../../db/members/roster';
import { listEvents } from '../../db/members/service';
import { computeReport } from '../../db/reports/compute';
import { parsePeriod } from '../../db/reports/periods';
import { storePaths } from '../../db/store/paths';
import { createStore, type Store } from '../../db/store/store';
import { listGroups } from '../../db/structure/service';
import { FAST_SCRYPT, TEST_PASSPHRASE, tempDir } from '../../db/test-support/temp-store';
import { letterRegister } from '../../db/transfers/letter-views';
import { demoFingerprint } from './fingerprint';
import { generateDemo, type DemoSummary } from './generate';
import type { WriteMode } from './writer';

const TODAY = '2026-05-20';
const cleanups: (() => void)[] = [];
let service: { store: Store; summary: DemoSummary };
let fast: { store: Store; summary: DemoSummary };

async function demo(mode: WriteMode) {
  const { dir, cleanup } = tempDir('branchdesk-demo-');
  const { store } = await createStore(storePaths(dir), TEST_PASSPHRASE, { scrypt: FAST_SCRYPT });
  cleanups.push(() => {
    store.close();
    cleanup();
  });
  return { store, summary: generateDemo(store, { scale: 'branch', seed: 3, today: TODAY, mode }) };
}

beforeAll(async () => {
  service = await demo('service');
  fast = await demo('fast');
}, 240_000);
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

describe('the branch demo written through the services and through the fast path', () => {
  it('holds the same rows either way, and every area has data', () => {
    expect(demoFingerprint(fast.store)).toBe(demoFingerprint(service.store));
    const t = service.summary.tables;
    for (const table of ['meetings', 'meeting_attendance', 'dues_profiles', 'dues_payments', 'transfer_letters', 'flow_records', 'applicants', 'pipeline_steps', 'appraisal_results', 'party_groups', 'committee_posts']) {
      expect(t[table], table).toBeGreaterThan(0);
    }
    expect(service.summary.activity).toEqual(fast.summary.activity);
  });

  it('audits every service write, and the chain verifies', () => {
    const ops = (store: Store) =>
      Object.fromEntries((store.sqlite.prepare('SELECT op, count(*) AS n FROM audit_log GROUP BY op').all() as { op: string; n: number }[]).map((r) => [r.op, r.n]));
    const audited = ops(service.store);
    const t = service.summary.tables;
    expect(audited['meetings.create']).toBe(t.meetings);
    expect(audited['dues.recordPayment']).toBe(t.dues_payments);
    expect(audited['dues.setProfile']).toBe(t.dues_profiles);
    expect(audited['development.create']).toBe(t.applicants);
    expect(audited['appraisal.record']).toBe(t.appraisal_results);
    expect(verifyAuditChain(service.store.sqlite)).toMatchObject({ ok: true });
    expect(verifyAuditChain(fast.store.sqlite)).toMatchObject({ ok: true });
  });
});

describe('the branch demo against the areas’ own rules', () => {
  it('expects at each meeting the people the meetings service would: the roster on the day', () => {
    const store = service.store;
    const all = listMeetings(store, {});
    expect(new Set(all.map((m) => m.type)).size).toBe(8);
    for (const summary of all) {
      const m = getMeeting(store, summary.code);
      const expected = m.attendance.filter((a) => a.role === 'expected').map((a) => a.memberCode);
      if (EXPECTED_ATTENDEES[m.type] === 'roster') expect(expected, m.code).toEqual(codes(rosterAt(store.sqlite, m.date)));
      if (m.type === 'group') {
        const inGroup = new Set(store.sqlite.prepare('SELECT code FROM members WHERE group_code = ?').pluck().all(m.groupCode) as string[]);
        expect(expected, m.code).toEqual(codes(rosterAt(store.sqlite, m.date)).filter((c) => inGroup.has(c)));
      }
      if (m.status === 'final') expect(m.chair && m.recorder && m.place && m.startTime, m.code).toBeTruthy();
      for (const r of m.resolutions) if (r.vote) expect(r.outcome?.passes, `${m.code} ${r.title}`).toBe(true);
      if (m.isElection) expect(m.quorum.met, m.code).toBe(true);
    }
  });

  it('meets the cadence most of the time, not always, and leaves the latest records as drafts now and then', () => {
    const store = service.store;
    const lines = cadence('2025-12-31', (type, start, end, perGroup) => countHeld(store, type, start, end, perGroup), { groups: listGroups(store).length });
    const byType = Object.fromEntries(lines.map((l) => [l.type, l.yearToDate]));
    expect(byType['theme-day']!.met).toBeGreaterThanOrEqual(10);
    expect(byType['general-assembly']!.met).toBeGreaterThanOrEqual(3);
    expect(byType['life-meeting']).toEqual({ periods: 1, met: 1 });
    const statuses = new Set(listMeetings(store, { from: '2026-05-01' }).map((m) => m.status));
    expect(statuses.has('final')).toBe(true);
  });

  it('pays every month it pays in full, with arrears where members stopped or lost contact', () => {
    const store = service.store;
    const asOf = monthOf(TODAY);
    const members = store.sqlite.prepare('SELECT code, lost_contact FROM members').all() as { code: string; lost_contact: number }[];
    let paidMonths = 0;
    for (const { code } of members) {
      const ledger = memberLedger(store, code, asOf);
      expect(ledger.months.filter((m) => m.status === 'partial'), code).toEqual([]);
      expect(ledger.totals.creditFen, code).toBe(0);
      paidMonths += ledger.months.filter((m) => m.status === 'paid').length;
    }
    expect(paidMonths).toBeGreaterThan(1000);
    const arrears = arrearsList(store, asOf).rows;
    expect(arrears.length).toBeGreaterThan(0);
    const lost = members.filter((m) => m.lost_contact === 1).map((m) => m.code);
    for (const code of lost) expect(codes(arrears.map((a) => ({ code: a.memberCode })))).toContain(code);
  });

  it('records each 转出 through a confirmed letter and each 转入 with the letter it came with', () => {
    const store = service.store;
    const letters = letterRegister(store, {}, TODAY);
    const out = letters.filter((l) => l.direction === 'out' && l.status === 'confirmed');
    expect(out.length).toBeGreaterThan(0);
    for (const l of out) {
      const event = listEvents(store, l.memberCode!).find((e) => e.kind === 'transfer-out');
      expect(event?.data, l.number).toMatchObject({ letterNumber: l.number, org: l.toOrg });
      expect(l.receiptReturnedOn).toBe(event?.date);
    }
    const incoming = letters.filter((l) => l.direction === 'in');
    expect(incoming.length).toBe(service.summary.fates['transfer-in']);
  });

  it('keeps every development file within the 细则’s hard rules, at each stage', () => {
    const store = service.store;
    const files = listApplicants(store, {}, TODAY);
    expect(new Set(files.map((f) => f.stage))).toEqual(new Set(['applicant', 'activist', 'candidate']));
    for (const f of files) {
      const detail = applicantDetailOf(store, f.code);
      expect(detail.violations.filter((v) => v.severity === 'hard'), f.code).toEqual([]);
    }
  });

  it('closes every appraisal year with a verdict for everyone appraised, 优秀 within the cap', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const s = appraisalSummaryOf(service.store, year);
      expect(s.year.closedOn, String(year)).not.toBeNull();
      expect(s.counts.excellent + s.counts.qualified + s.counts.basic + s.counts.unqualified).toBe(s.total);
      expect(s.cap.over, String(year)).toBe(0);
    }
  });

  it('gives quarterly and yearly reports that reconcile, with meetings, dues and the pipeline in them', () => {
    for (const id of ['2026Q1', '2025Q4', '2025']) {
      const report = computeReport(service.store, parsePeriod(id), TODAY);
      expect(report.validation.issues.filter((i) => i.severity === 'error'), id).toEqual([]);
      expect(report.figures['meetings.held']!.value, id).toBeGreaterThan(0);
      expect(report.figures['dues.collectedFen']!.value, id).toBeGreaterThan(0);
    }
    const year = computeReport(service.store, parsePeriod('2025'), TODAY);
    expect(year.figures['appraisal.appraised']!.value).toBeGreaterThan(30);
    expect(year.figures['pipeline.activists']!.value + year.figures['pipeline.applicants']!.value).toBeGreaterThan(0);
  });
});
