import { describe, expect, it } from 'vitest';
import { committeeBranchPerTest } from './test-branch';

const setUp = committeeBranchPerTest();

function value<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('meetings.check', () => {
  it('gives the voting members, the counts, the quorum and each outcome of a record as typed, without saving it', async () => {
    const { b } = await setUp();
    const d = value(await b.call('meetings.draft', { type: 'general-assembly', date: '2026-04-10' }));
    d.attendance[0] = { ...d.attendance[0]!, presence: 'absent', absenceReason: '出差' };
    d.attendance[1] = { ...d.attendance[1]!, presence: 'absent', absenceReason: '病假' };
    d.attendance.push({ name: '上级联系人', role: 'observer', presence: 'present' });
    const check = value(await b.call('meetings.check', { meeting: { ...d, resolutions: [{ title: '接收预备党员', vote: { for: 4, against: 0, abstain: 0 } }] } }));
    // 8 expected, 6 of them full members (the last two are probationary), 2 full members absent.
    expect(check.voting).toEqual([true, true, true, true, true, true, false, false, false]);
    expect(check.counts).toEqual({ expected: 8, present: 6, expectedVoting: 6, presentVoting: 4, observers: 1 });
    expect(check.quorum).toEqual({ rule: 'more-than-half-voting', met: true, needed: 4, present: 4, of: 6 });
    expect(check.outcomes).toEqual([{ passes: true, yes: 4, needed: 4 }]);
    expect(check.issues).toEqual([]);
    expect(check.finaliseIssues.map((i) => i.path[0])).toEqual(['recorder', 'place', 'startTime']);
    expect(value(await b.call('meetings.list', {}))).toHaveLength(0);
  });

  it('reports what would stop a save instead of refusing the call', async () => {
    const { b } = await setUp();
    const d = value(await b.call('meetings.draft', { type: 'committee', date: '2026-04-10' }));
    d.attendance[4] = { ...d.attendance[4]!, presence: 'absent' };
    d.attendance[3] = { ...d.attendance[3]!, presence: 'absent' };
    d.attendance[2] = { ...d.attendance[2]!, presence: 'absent' };
    const check = value(await b.call('meetings.check', { meeting: { ...d, startTime: '10:00', endTime: '09:00', resolutions: [{ title: '决议', vote: { for: 3, against: 0, abstain: 0 } }] } }));
    expect(check.quorum).toMatchObject({ rule: 'more-than-half-committee', met: false, needed: 3, present: 2 });
    expect(check.issues.map((i) => i.code)).toEqual(['TIME_ORDER', 'VOTES_EXCEED_PRESENT']);
    expect(check.outcomes).toEqual([null]);
  });
});

describe('meetings.history', () => {
  it('lists each amendment of a finalised record with its reason and the parts it changed', async () => {
    const { b } = await setUp();
    const d = value(await b.call('meetings.draft', { type: 'committee', date: '2026-04-10' }));
    const filled = { ...d, place: '会议室', recorder: '李强', startTime: '09:00' };
    const created = value(await b.call('meetings.create', { meeting: filled }));
    expect(value(await b.call('meetings.history', { code: created.code }))).toEqual([]);
    value(await b.call('meetings.finalise', { code: created.code, version: 1 }));
    value(await b.call('meetings.update', { code: created.code, version: 2, meeting: { ...filled, place: '三楼会议室' }, reason: '地点写错' }));
    value(await b.call('meetings.update', { code: created.code, version: 3, meeting: { ...filled, place: '三楼会议室', startTime: '09:30', content: '补记' }, reason: '补记内容' }));
    const history = value(await b.call('meetings.history', { code: created.code }));
    expect(history.map((h) => [h.reason, h.fields])).toEqual([
      ['地点写错', ['place']],
      ['补记内容', ['startTime', 'content']],
    ]);
    expect(history[0]!.at <= history[1]!.at).toBe(true);
  });

  it('still finds an amendment written while the clock was set back', async () => {
    const { b } = await setUp();
    const d = value(await b.call('meetings.draft', { type: 'committee', date: '2026-04-10' }));
    const filled = { ...d, place: '会议室', recorder: '李强', startTime: '09:00' };
    const created = value(await b.call('meetings.create', { meeting: filled }));
    value(await b.call('meetings.finalise', { code: created.code, version: 1 }));
    value(await b.call('meetings.update', { code: created.code, version: 2, meeting: { ...filled, recorder: '张伟' }, reason: '记录人写错' }));
    b.session.requireStore().sqlite.prepare("UPDATE audit_log SET at = '2001-01-01T00:00:00.000Z' WHERE op = 'meetings.amend'").run();
    const history = value(await b.call('meetings.history', { code: created.code }));
    expect(history.map((h) => [h.at, h.reason, h.fields])).toEqual([['2001-01-01T00:00:00.000Z', '记录人写错', ['recorder']]]);
  });
});
