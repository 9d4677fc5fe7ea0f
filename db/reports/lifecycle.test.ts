import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../api/errors';
import { verifyAuditChain } from '../audit/chain';
import { assertPeriodOpen, assertPeriodsOpenFrom } from './locks';
import { reportPayload, verifyReportPayload } from './payload';
import { buildTestBranch, ok, type TestBranch } from './test-branch';

let branch: TestBranch | undefined;
afterEach(() => branch?.b.cleanup());

/** Explains every warning of the current computation. */
async function explainAll(t: TestBranch, period: string) {
  const r = ok(await t.b.call('reports.compute', { period }));
  for (const i of r.validation.issues) ok(await t.b.call('reports.explain', { period, key: i.key, text: `说明：${i.rule}` }));
}

function conflictOf(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return isAppError(e) ? { code: e.code, params: e.params } : e;
  }
  return null;
}

describe('reports.submit', () => {
  it('refuses a report with unexplained warnings, listing them, and a period still running', async () => {
    branch = await buildTestBranch();
    const r = await branch.b.call('reports.submit', { period: '2026Q3' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { period: '2026Q3', errors: 0, unexplained: 11 } } });
    if (!r.ok) expect(r.error.issues?.map((i) => i.code)).toContain('AGE_OVER_100');
    const running = await branch.b.call('reports.submit', { period: '2099Q1' });
    expect(running).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { period: '2099Q1', end: '2099-03-31' } } });
  });
});

describe('locks, unlock and corrected versions', () => {
  it('locks the period on submission, unlocks with an audited reason, and the correction differs only where it should', async () => {
    branch = await buildTestBranch();
    const { b, code } = branch;
    const db = b.session.requireStore().sqlite;
    await explainAll(branch, '2026Q3');
    const v1 = ok(await b.call('reports.submit', { period: '2026Q3' }));
    expect(v1).toMatchObject({ period: '2026Q3', version: 1, correctionReason: null, warnings: 11 });
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = ok(await b.call('reports.version', { period: '2026Q3', version: 1 }));
    expect(stored).toMatchObject({ version: 1, hash: v1.hash, explanations: { IMPORTED: '说明：IMPORTED' } });
    expect(stored.figures['members.total']?.items.map((i) => i.name).sort()).toEqual(['刘洋', '周敏', '李强', '杨帆', '王芳', '赵磊', '黄丽'].sort());
    expect(await b.call('reports.version', { period: '2026Q3', version: 2 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { period: '2026Q3', version: 2 } } });

    // Locked: the first and last day are inside, the day after is not.
    for (const date of ['2026-07-01', '2026-09-30']) expect(conflictOf(() => assertPeriodOpen(db, date))).toEqual({ code: 'CONFLICT', params: { period: '2026Q3', date } });
    expect(conflictOf(() => assertPeriodOpen(db, '2026-10-01'))).toBeNull();
    expect(conflictOf(() => assertPeriodOpen(db, '2026-06-30'))).toBeNull();
    // A back-dated membership event would move the submitted period's closing roster.
    expect(conflictOf(() => assertPeriodsOpenFrom(db, '2026-05-01'))).toEqual({ code: 'CONFLICT', params: { period: '2026Q3', date: '2026-05-01' } });
    expect(conflictOf(() => assertPeriodsOpenFrom(db, '2026-10-01'))).toBeNull();
    expect(await b.call('reports.submit', { period: '2026Q3' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { period: '2026Q3' } } });
    expect(await b.call('reports.explain', { period: '2026Q3', key: 'IMPORTED', text: '改' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const listed = ok(await b.call('reports.periods', { year: 2026 }));
    expect(listed.find((p) => p.period === '2026Q3')).toMatchObject({ status: 'submitted', versions: 1 });

    const reason = '黄丽9月20日已转出，漏报';
    const unlocked = ok(await b.call('reports.unlock', { period: '2026Q3', reason }));
    expect(unlocked).toMatchObject({ status: 'unlocked', unlockReason: reason });
    expect(conflictOf(() => assertPeriodOpen(db, '2026-09-30'))).toBeNull();
    const audit = db.prepare(`SELECT op, entity_code AS period, after FROM audit_log WHERE op LIKE 'reports.%' ORDER BY seq`).all() as { op: string; period: string; after: string }[];
    expect(audit.map((a) => a.op)).toEqual([...Array(11).fill('reports.explain'), 'reports.submit', 'reports.unlock']);
    expect(JSON.parse(audit.at(-1)!.after)).toEqual({ status: 'unlocked', reason });
    expect(db.prepare('SELECT period, reason, actor, relocked_at AS relockedAt FROM report_unlocks').all()).toEqual([{ period: '2026Q3', reason, actor: 'local', relockedAt: null }]);
    expect(await b.call('reports.unlock', { period: '2026Q3', reason: '再次' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    ok(await b.call('members.recordEvent', { code: code['黄丽']!, kind: 'transfer-out', date: '2026-09-20' }));
    const v2 = ok(await b.call('reports.submit', { period: '2026Q3' }));
    expect(v2).toMatchObject({ version: 2, correctionReason: reason, warnings: 10 });
    expect(v2.hash).not.toBe(v1.hash);
    expect((db.prepare('SELECT relocked_at FROM report_unlocks').pluck().get() as string | null) !== null).toBe(true);
    expect(ok(await b.call('reports.versions', { period: '2026Q3' })).map((v) => v.version)).toEqual([1, 2]);

    const diff = ok(await b.call('reports.diff', { period: '2026Q3', from: 1, to: 2 }));
    expect(diff.figures.map((f) => f.key).sort()).toEqual([
      'changes.removals.total',
      'changes.removals.transfer-out',
      'dues.noProfile',
      'members.byAge.61plus',
      'members.byEducation.juniorOrBelow',
      'members.byEthnicity.han',
      'members.byGender.2',
      'members.byJoinPeriod.toThirdPlenum',
      'members.byOccupation.08',
      'members.full',
      'members.total',
    ]);
    const huang = { code: code['黄丽']!, name: '黄丽' };
    expect(diff.figures.find((f) => f.key === 'members.total')).toEqual({ key: 'members.total', label: '党员总数', unit: 'count', from: 7, to: 6, added: [], removed: [huang] });
    expect(diff.figures.find((f) => f.key === 'changes.removals.transfer-out')).toMatchObject({ from: 1, to: 2, added: [huang], removed: [] });
    // Her age no longer needs explaining: that explanation did not travel with version 2.
    expect(diff.explanations).toEqual([{ key: 'AGE_OVER_100', from: '说明：AGE_OVER_100', to: null }]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});

describe('reportPayload', () => {
  it('carries the figures by code with one table of names, and its hash verifies', async () => {
    branch = await buildTestBranch();
    const { b, code } = branch;
    await explainAll(branch, '2026Q3');
    const v1 = ok(await b.call('reports.submit', { period: '2026Q3' }));
    const payload = reportPayload(b.session.requireStore(), '2026Q3', 1);
    expect(payload).toMatchObject({
      format: 'branchdesk.report/1',
      org: { code: 'ZB-0001', name: '中共示范单位第一支部委员会' },
      period: { id: '2026Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30' },
      templateId: 'quarterly-2026',
      version: 1,
      hash: v1.hash,
    });
    expect(payload.figures['changes.imported']).toEqual({ label: '录入原有党员（不计入增加）', unit: 'count', value: 1, items: [code['赵磊']] });
    expect(payload.names[code['赵磊']!]).toBe('赵磊');
    expect(payload.explanations['IMPORTED']).toBe('说明：IMPORTED');
    expect(verifyReportPayload(payload)).toBe(true);
    const tampered = structuredClone(payload);
    tampered.figures['members.total']!.value = 8;
    expect(verifyReportPayload(tampered)).toBe(false);
    expect(() => reportPayload(b.session.requireStore(), '2026Q3', 2)).toThrow(/no version 2/);
  });
});
