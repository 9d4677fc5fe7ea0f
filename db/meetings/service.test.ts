import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { MeetingInput } from '../api/schemas/meetings';
import { type unlockedBackend } from '../test-support/temp-store';
import { committeeBranchPerTest, NAMES } from './test-branch';

const branchWithCommittee = committeeBranchPerTest();

async function draft(b: Awaited<ReturnType<typeof unlockedBackend>>, type: MeetingInput['type'], date: string) {
  const r = await b.call('meetings.draft', { type, date });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('meetings', () => {
  it('pre-fills a 支委会 with the committee and the usual agenda, and a 党员大会 with the roster and votes', async () => {
    const { b } = await branchWithCommittee();
    const committee = await draft(b, 'committee', '2026-04-10');
    expect(committee.attendance.map((a) => a.name)).toEqual(NAMES.slice(0, 5));
    expect(committee.agenda[0]?.title).toBe('研究党员大会议程及组织安排');
    expect(committee.chair).toBe('单晓红');
    const assembly = await draft(b, 'general-assembly', '2026-04-10');
    expect(assembly.attendance).toHaveLength(8);
    const created = await b.call('meetings.create', { meeting: { ...assembly, place: '党员活动室' } });
    expect(created).toMatchObject({ ok: true, value: { counts: { expected: 8, expectedVoting: 6 } } });
  });

  it('records a 支委会 with one absentee and a vote, numbers it, and checks the quorum', async () => {
    const { b } = await branchWithCommittee();
    const d = await draft(b, 'committee', '2026-04-10');
    d.attendance[4] = { ...d.attendance[4]!, presence: 'absent', absenceReason: '出差' };
    const meeting = { ...d, startTime: '14:30', endTime: '16:00', place: '三楼会议室', recorder: '李强', resolutions: [{ title: '同意确定张三为入党积极分子', vote: { for: 4, against: 0, abstain: 0 } }] };
    const r = await b.call('meetings.create', { meeting });
    expect(r).toMatchObject({
      ok: true,
      value: { numberInYear: 1, code: 'ZB-0001-2026-committee-01', counts: { expected: 5, present: 4 }, quorum: { rule: 'more-than-half-committee', needed: 3, met: true } },
    });
    const second = await b.call('meetings.create', { meeting: { ...meeting, date: '2026-05-08' } });
    expect(second).toMatchObject({ ok: true, value: { numberInYear: 2 } });
  });

  it('refuses more votes than voters present, and an end before the start', async () => {
    const { b } = await branchWithCommittee();
    const d = await draft(b, 'general-assembly', '2026-04-10');
    d.attendance[0] = { ...d.attendance[0]!, presence: 'absent' };
    const r = await b.call('meetings.create', {
      meeting: { ...d, startTime: '15:00', endTime: '14:00', resolutions: [{ title: '决议', vote: { for: 6, against: 0, abstain: 0 } }] },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues?.map((i) => i.code).sort()).toEqual(['TIME_ORDER', 'VOTES_EXCEED_PRESENT']);
  });

  it('locks a finalised record: changes need a reason and are counted as amendments', async () => {
    const { b } = await branchWithCommittee();
    const d = await draft(b, 'committee', '2026-04-10');
    const created = await b.call('meetings.create', { meeting: d });
    if (!created.ok) throw new Error(created.error.code);
    const incomplete = await b.call('meetings.finalise', { code: created.value.code, version: 1 });
    expect(incomplete.ok ? [] : incomplete.error.issues?.map((i) => i.path[0])).toEqual(['recorder', 'place', 'startTime']);
    const filled = await b.call('meetings.update', { code: created.value.code, version: 1, meeting: { ...d, recorder: '李强', place: '会议室', startTime: '09:00' } });
    if (!filled.ok) throw new Error(filled.error.code);
    const final = await b.call('meetings.finalise', { code: created.value.code, version: 2 });
    expect(final).toMatchObject({ ok: true, value: { status: 'final', amendments: 0 } });
    const noReason = await b.call('meetings.update', { code: created.value.code, version: 3, meeting: { ...d, recorder: '李强', place: '会议室', startTime: '09:30' } });
    expect(noReason).toMatchObject({ ok: false, error: { issues: [{ code: 'REASON_REQUIRED' }] } });
    const amended = await b.call('meetings.update', {
      code: created.value.code,
      version: 3,
      meeting: { ...d, recorder: '李强', place: '会议室', startTime: '09:30' },
      reason: '开始时间记错',
    });
    expect(amended).toMatchObject({ ok: true, value: { status: 'final', amendments: 1, lastAmendReason: '开始时间记错', startTime: '09:30' } });
    const audit = b.session.requireStore().sqlite.prepare("SELECT count(*) FROM audit_log WHERE op = 'meetings.amend'").pluck().get();
    expect(audit).toBe(1);
    const minutes = await b.call('meetings.minutes', { code: created.value.code });
    expect(minutes.ok && minutes.value.amendmentNote).toContain('开始时间记错');
  });

  it('exports a Word document with the same text as the minutes', async () => {
    const { b } = await branchWithCommittee();
    const d = await draft(b, 'general-assembly', '2026-06-30');
    d.attendance[7] = { ...d.attendance[7]!, presence: 'absent', absenceReason: '病假' };
    const created = await b.call('meetings.create', {
      meeting: { ...d, startTime: '14:00', place: '党员活动室', recorder: '李强', topics: ['讨论接收预备党员'], resolutions: [{ title: '接收李四为预备党员', vote: { for: 5, against: 1, abstain: 0 } }] },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const minutes = await b.call('meetings.minutes', { code: created.value.code });
    const docx = await b.call('meetings.exportDocx', { code: created.value.code });
    if (!minutes.ok || !docx.ok) throw new Error('export failed');
    const zip = await JSZip.loadAsync(Buffer.from(docx.value.contentBase64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const [label, value] of minutes.value.headerRows) {
      expect(text).toContain(label);
      if (value) expect(text).toContain(value);
    }
    const vote = minutes.value.sections.find((s) => s.heading === '表决和决议')!.paragraphs[1]!;
    expect(vote).toContain('应到会有表决权的正式党员6人，实到6人');
    expect(vote).toContain('赞成5票，反对1票，弃权0票');
    expect(vote).toContain('决议通过');
    expect(text).toContain(vote);
    expect(text).toContain('散会');
    expect(text).toContain('黄丽');
    expect(text).toContain('病假');
  });

  it('shows the cadence from the recorded meetings', async () => {
    const { b } = await branchWithCommittee();
    const d = await draft(b, 'committee', '2026-04-10');
    await b.call('meetings.create', { meeting: d });
    const r = await b.call('meetings.cadence', { date: '2026-04-30' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.find((l) => l.type === 'committee')).toMatchObject({ current: { held: 1, met: true }, previous: { held: 0, met: false } });
    expect(r.value.find((l) => l.type === 'general-assembly')).toMatchObject({ current: { held: 0 }, dueBy: '2026-06-30' });
  });
});
