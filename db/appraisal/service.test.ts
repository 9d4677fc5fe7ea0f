import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';
import { appraisalCounts } from './service';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const NAMES = ['王芳', '李强', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽'];
const ballots = { excellent: 2, qualified: 6, basic: 1, unqualified: 0 };

/** Eight members since 2020, one who joined during the appraisal, one who left in 2025. */
async function branch() {
  const b = await unlockedBackend();
  cleanup = b.cleanup;
  const add = async (name: string, date: string) => {
    const r = await b.call('members.create', { fields: { name, gender: '1', joinDate: '2010-01-01', fullDate: '2011-01-01' }, addition: { kind: 'import', date } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value.code;
  };
  const codes: string[] = [];
  for (const n of NAMES) codes.push(await add(n, '2020-01-01'));
  codes.push(await add('周新', '2026-11-10'));
  const gone = await add('吴去', '2020-01-01');
  const out = await b.call('members.recordEvent', { code: gone, kind: 'transfer-out', date: '2025-05-01' });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  const opened = await b.call('appraisal.open', { year: 2026, openedOn: '2026-11-01' });
  expect(opened).toMatchObject({ ok: true, value: { year: 2026, excellentCapPercent: 33, closedOn: null } });
  return { b, codes, gone };
}

describe('民主评议', () => {
  it('lists everyone on the roster at the opening or at the year end', async () => {
    const { b, gone } = await branch();
    const list = await b.call('appraisal.list', { year: 2026 });
    if (!list.ok) throw new Error(list.error.code);
    expect(list.value.rows.map((r) => r.name)).toEqual([...NAMES, '周新']);
    expect(list.value.rows.every((r) => r.result === null)).toBe(true);
    const stray = await b.call('appraisal.record', { year: 2026, memberCode: gone, ballots });
    expect(stray).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ code: 'NOT_ON_APPRAISAL_ROSTER' }] } });
    expect(await b.call('appraisal.open', { year: 2026 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses more ballots than voters', async () => {
    const { b, codes } = await branch();
    const ten = { excellent: 4, qualified: 6, basic: 0, unqualified: 0 };
    expect(await b.call('appraisal.record', { year: 2026, memberCode: codes[0]!, ballots: ten })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['ballots'], code: 'BALLOTS_EXCEED_VOTERS', params: { total: 10, voters: 9 } }] },
    });
    expect(await b.call('appraisal.record', { year: 2026, memberCode: codes[0]!, ballots: { ...ten, voters: 12 }, peer: { ...ten, voters: 8 } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['peer'], code: 'BALLOTS_EXCEED_VOTERS' }] },
    });
    expect(await b.call('appraisal.record', { year: 2026, memberCode: codes[0]!, ballots: { ...ten, voters: 12 } })).toMatchObject({ ok: true });
  });

  it('tallies the verdicts, warns past one third (3 of 9 fine, 4 warns), closes only when complete', async () => {
    const { b, codes } = await branch();
    for (const code of codes.slice(0, 3)) {
      const r = await b.call('appraisal.record', { year: 2026, memberCode: code, selfGrade: 'qualified', ballots, verdict: 'excellent' });
      expect(r).toMatchObject({ ok: true, value: { warnings: [] } });
    }
    const fourth = await b.call('appraisal.record', { year: 2026, memberCode: codes[3]!, ballots, verdict: 'excellent' });
    expect(fourth).toMatchObject({ ok: true, value: { warnings: [{ code: 'EXCELLENT_OVER_CAP', params: { over: 1, max: 3, count: 4, total: 9 } }] } });
    // A later call without the verdict keeps it, and keeps the 自评.
    const again = await b.call('appraisal.record', { year: 2026, memberCode: codes[0]!, ballots: { excellent: 3, qualified: 5, basic: 1, unqualified: 0 } });
    expect(again).toMatchObject({ ok: true, value: { row: { result: { selfGrade: 'qualified', verdict: 'excellent', ballots: { excellent: 3 } } } } });

    const early = await b.call('appraisal.close', { year: 2026, closedOn: '2026-11-20' });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!early.ok) expect(early.error.issues?.map((i) => [i.code, i.params?.name])).toEqual(['陈静', '杨帆', '赵磊', '黄丽', '周新'].map((n) => ['VERDICT_REQUIRED', n]));

    await b.call('appraisal.record', { year: 2026, memberCode: codes[3]!, ballots, verdict: 'qualified' });
    const rest: ('qualified' | 'basic' | 'unqualified')[] = ['qualified', 'qualified', 'basic', 'unqualified', 'qualified'];
    for (const [i, verdict] of rest.entries()) {
      expect(await b.call('appraisal.record', { year: 2026, memberCode: codes[4 + i]!, ballots, verdict, feedbackOn: '2026-11-22' })).toMatchObject({ ok: true });
    }
    const summary = await b.call('appraisal.summary', { year: 2026 });
    if (!summary.ok) throw new Error(summary.error.code);
    expect(summary.value).toMatchObject({
      total: 9,
      counts: { excellent: 3, qualified: 4, basic: 1, unqualified: 1, pending: 0 },
      cap: { percent: 33, max: 3, count: 3, over: 0 },
      warnings: [],
    });
    expect(summary.value.tally.rows).toHaveLength(9);
    expect(summary.value.tally.rows[0]).toEqual(['1', '王芳', '合格', '', '', '', '', '3', '5', '1', '0', '优秀', '']);
    expect(summary.value.ballotForm.rows[8]).toEqual(['9', '周新', '□', '□', '□', '□']);

    expect(await b.call('appraisal.close', { year: 2026, closedOn: '2026-11-24' })).toMatchObject({ ok: true, value: { closedOn: '2026-11-24' } });
    expect(await b.call('appraisal.record', { year: 2026, memberCode: codes[0]!, ballots })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(appraisalCounts(b.session.requireStore(), 2026)).toEqual({ excellent: 3, qualified: 4, basic: 1, unqualified: 1, pending: 0 });
    // Someone who arrives after the closing, still in 2026, is not added to the closed year.
    const late = await b.call('members.create', { fields: { name: '郑晚', gender: '2', joinDate: '2010-01-01', fullDate: '2011-01-01' }, addition: { kind: 'import', date: '2026-11-25' } });
    expect(late.ok).toBe(true);
    const closed = await b.call('appraisal.list', { year: 2026 });
    expect(closed.ok && closed.value.rows.map((r) => r.name)).toEqual([...NAMES, '周新']);

    const ops = b.session.requireStore().sqlite.prepare("SELECT op FROM audit_log WHERE op LIKE 'appraisal.%'").pluck().all() as string[];
    expect(ops.filter((o) => o === 'appraisal.record')).toHaveLength(11);
    expect(ops.filter((o) => o !== 'appraisal.record')).toEqual(['appraisal.open', 'appraisal.close']);
  });

  it('saves a half-filled row: a verdict without ballots, then ballots kept when omitted and cleared with null', async () => {
    const { b, codes } = await branch();
    const code = codes[0]!;
    const verdictOnly = await b.call('appraisal.record', { year: 2026, memberCode: code, verdict: 'qualified' });
    expect(verdictOnly).toMatchObject({ ok: true, value: { row: { result: { verdict: 'qualified', ballots: null, peer: null } } } });
    await b.call('appraisal.record', { year: 2026, memberCode: code, ballots });
    const kept = await b.call('appraisal.record', { year: 2026, memberCode: code, feedbackOn: '2026-11-22' });
    expect(kept).toMatchObject({ ok: true, value: { row: { result: { verdict: 'qualified', ballots, feedbackOn: '2026-11-22' } } } });
    const cleared = await b.call('appraisal.record', { year: 2026, memberCode: code, ballots: null });
    expect(cleared).toMatchObject({ ok: true, value: { row: { result: { verdict: 'qualified', ballots: null } } } });
  });

  it('lists the years newest first and lets the 优秀 share be corrected until the year is closed', async () => {
    const { b, codes } = await branch();
    expect(await b.call('appraisal.open', { year: 2025, openedOn: '2025-12-01', excellentCapPercent: 30 })).toMatchObject({ ok: true });
    const years = await b.call('appraisal.years', {});
    expect(years).toMatchObject({ ok: true, value: [{ year: 2026, excellentCapPercent: 33 }, { year: 2025, excellentCapPercent: 30 }] });

    for (const code of codes.slice(0, 3)) await b.call('appraisal.record', { year: 2026, memberCode: code, verdict: 'excellent' });
    expect(await b.call('appraisal.setCap', { year: 2026, excellentCapPercent: 20 })).toMatchObject({ ok: true, value: { excellentCapPercent: 20 } });
    // 20% of 9 allows one: three 优秀 are two over.
    expect(await b.call('appraisal.summary', { year: 2026 })).toMatchObject({ ok: true, value: { cap: { percent: 20, max: 1, over: 2 }, warnings: [{ code: 'EXCELLENT_OVER_CAP' }] } });
    expect(await b.call('appraisal.setCap', { year: 2026, excellentCapPercent: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await b.call('appraisal.setCap', { year: 2024, excellentCapPercent: 33 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    for (const code of codes.slice(3)) await b.call('appraisal.record', { year: 2026, memberCode: code, verdict: 'qualified' });
    expect(await b.call('appraisal.close', { year: 2026, closedOn: '2026-12-01' })).toMatchObject({ ok: true });
    expect(await b.call('appraisal.setCap', { year: 2026, excellentCapPercent: 33 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { closedOn: '2026-12-01' } } });
    const audit = b.session.requireStore().sqlite.prepare("SELECT op FROM audit_log WHERE op = 'appraisal.setCap'").pluck().all();
    expect(audit).toHaveLength(1);
  });
});
