import { afterEach, describe, expect, it } from 'vitest';
import type { OpInput } from '../api/contract';
import { makeId } from '../members/test-people';
import { unlockedBackend } from '../test-support/temp-store';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

type B = Awaited<ReturnType<typeof unlockedBackend>>;

/** Three full members and one 预备党员 (joined 2024-06-01), to act as 联系人 and 介绍人. */
async function branch() {
  const b = await unlockedBackend();
  cleanup = b.cleanup;
  const codes: string[] = [];
  for (const [name, probationary] of [['王芳', false], ['李强', false], ['陈静', false], ['赵磊', true]] as const) {
    const r = await b.call('members.create', {
      fields: { name, gender: '1', joinDate: probationary ? '2024-06-01' : '2010-01-01', ...(probationary ? {} : { fullDate: '2011-01-01' }) },
      addition: { kind: 'import', date: probationary ? '2024-06-01' : '2020-01-01' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    codes.push(r.value.code);
  }
  return { b, codes };
}

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

async function refused(p: Promise<{ ok: boolean; error?: { code: string; issues?: { code?: string; path: (string | number)[]; params?: Record<string, string | number> }[] } }>) {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.error!;
}

const step = (b: B, code: string, s: string, date: string, extra: Partial<OpInput<'development.recordStep'>> = {}) =>
  b.call('development.recordStep', { code, step: s, date, ...extra });

async function reminders(b: B, today: string) {
  return (await ok(b.call('development.reminders', { today }))).map((r) => `${r.kind}:${r.rule}:${r.due}`);
}

/** A person taken quickly to the 上级党委审批 with the 支部大会 on `meeting`. */
async function approvedPerson(b: B, codes: string[], meeting: string, serial: number) {
  const p = await ok(b.call('development.create', { fields: { name: `测试${serial}`, idNumber: makeId('1995-01-01', '2', serial) }, applicationDate: '2021-01-04' }));
  const c = p.code;
  await ok(step(b, c, 'activist', '2021-03-01'));
  await ok(step(b, c, 'candidate', '2022-03-01'));
  await ok(step(b, c, 'introducers', '2022-04-01', { people: [{ memberCode: codes[0]! }, { memberCode: codes[1]! }] }));
  await ok(step(b, c, 'political-review', '2022-05-01'));
  await ok(step(b, c, 'pre-review', '2022-06-01'));
  await ok(step(b, c, 'application-form', '2022-07-01'));
  await ok(step(b, c, 'branch-meeting', meeting));
  await ok(step(b, c, 'approval', meeting));
  return ok(b.call('development.admit', { code: c }));
}

describe('one person from application to full member', () => {
  it('walks the 25 steps with the rules enforced, reminders appearing and clearing, into the roster', async () => {
    const { b, codes } = await branch();
    const [wang, li] = codes as [string, string];
    const created = await ok(
      b.call('development.create', { fields: { name: '张三', idNumber: makeId('1998-04-12', '1'), ethnicity: '01', education: '21' }, applicationDate: '2023-03-10' }),
    );
    expect(created).toMatchObject({ stage: 'applicant', birthDate: '1998-04-12', gender: '1', ruleSet: '2014', applicationDate: '2023-03-10', next: { step: 'talk', due: '2023-04-10' } });
    const code = created.code;
    expect(code).toBe('ZB-0001-FZ-00001');

    expect(await reminders(b, '2023-03-20')).toEqual(['due-soon:talk-within:2023-04-10']);
    await ok(step(b, code, 'talk', '2023-03-25', { people: [{ name: '李书记' }] }));
    expect(await reminders(b, '2023-03-26')).toEqual([]);

    await ok(step(b, code, 'activist', '2023-06-01'));
    await ok(step(b, code, 'activist-filing', '2023-06-05'));
    const probationaryContact = await refused(step(b, code, 'contacts', '2024-07-01', { people: [{ memberCode: codes[3]! }] }));
    expect(probationaryContact.issues).toEqual([expect.objectContaining({ code: 'NOT_FULL_MEMBER', path: ['people', 0, 'memberCode'] })]);
    await ok(step(b, code, 'contacts', '2023-06-06', { people: [{ memberCode: wang }] }));
    expect(await reminders(b, '2023-11-15')).toEqual(['due-soon:activist-review:2023-12-01']);
    await ok(step(b, code, 'cultivation', '2023-11-20'));
    expect(await reminders(b, '2023-11-21')).toEqual([]);
    await ok(step(b, code, 'cultivation', '2024-05-15'));
    await ok(step(b, code, 'cultivation', '2024-04-01', { data: { kind: 'thought-report' } }));
    expect((await refused(step(b, code, 'cultivation', '2024-04-02', { data: { kind: 'essay' } }))).issues?.map((i) => i.code)).toEqual(['BAD_STEP_DATA']);

    const early = await refused(step(b, code, 'candidate', '2024-05-31'));
    expect(early).toMatchObject({ code: 'INVALID_INPUT' });
    expect(early.issues).toEqual([
      expect.objectContaining({ path: ['date'], code: 'TOO_EARLY', params: expect.objectContaining({ rule: 'candidate-after-activist', article: '细则第十三条', earliest: '2024-06-01' }) }),
    ]);
    expect((await ok(step(b, code, 'candidate', '2024-06-01'))).stage).toBe('candidate');
    await ok(step(b, code, 'candidate-filing', '2024-06-05'));
    const oneIntroducer = await refused(step(b, code, 'introducers', '2024-06-10', { people: [{ memberCode: wang }] }));
    expect(oneIntroducer.issues?.map((i) => i.code)).toEqual(['PEOPLE_COUNT']);
    await ok(step(b, code, 'introducers', '2024-06-10', { people: [{ memberCode: wang }, { memberCode: li }] }));
    await ok(step(b, code, 'political-review', '2024-07-01'));
    await ok(step(b, code, 'training', '2024-07-10', { data: { days: 3 } }));
    await ok(step(b, code, 'committee-review', '2024-08-01'));
    // 公示 from Thu 23 January 2025 over the 春节: 23, 24, 26 (调休上班), 27, then 5 February.
    await ok(step(b, code, 'pre-review', '2025-01-22', { data: { noticeFrom: '2025-01-23' } }));
    const notice = await ok(b.call('development.publicNotice', { code, from: '2025-01-23', unit: '示范单位技术部工程师' }));
    expect(notice).toMatchObject({ title: '关于拟发展张三同志为中共预备党员的公示', period: { from: '2025-01-23', to: '2025-02-05', workingDays: 5, provisional: false } });
    expect(notice.paragraphs[1]).toBe('张三，男，汉族，1998年4月生，大学本科，示范单位技术部工程师。2023年3月10日递交入党申请书，2023年6月1日被确定为入党积极分子，2024年6月1日被确定为发展对象。');
    expect((await refused(step(b, code, 'application-form', '2025-02-05'))).issues?.map((i) => i.code)).toEqual(['NOTICE_NOT_OVER']);
    await ok(step(b, code, 'application-form', '2025-02-06'));
    await ok(step(b, code, 'branch-meeting', '2025-02-20'));
    expect((await refused(b.call('development.admit', { code }))).issues).toEqual([expect.objectContaining({ code: 'STEP_REQUIRED', params: { step: 'approval' } })]);
    expect(await reminders(b, '2025-05-01')).toEqual(['due-soon:approval-due:2025-05-20']);
    await ok(step(b, code, 'party-talk', '2025-03-01', { people: [{ name: '王组织员' }] }));
    await ok(step(b, code, 'approval', '2025-03-15'));
    expect(await reminders(b, '2025-05-01')).toEqual([]);

    const admitted = await ok(b.call('development.admit', { code }));
    expect(admitted).toMatchObject({ stage: 'probationary', memberCode: 'ZB-0001-00005', probation: { start: '2025-02-20', end: '2026-02-20' } });
    const member = await ok(b.call('members.get', { code: admitted.memberCode! }));
    expect(member).toMatchObject({ memberType: 'probationary', joinDate: '2025-02-20', fullDate: null, applicationDate: '2023-03-10', activistDate: '2023-06-01', candidateDate: '2024-06-01', introducers: '王芳、李强', idNumber: created.idNumber });
    expect(member.events.map((e) => [e.kind, e.date])).toEqual([['develop', '2025-02-20']]);
    const rosterCodes = async (date: string) => (await ok(b.call('members.rosterAt', { date }))).map((r) => r.code);
    expect(await rosterCodes('2025-02-19')).not.toContain(member.code);
    expect(await rosterCodes('2025-02-20')).toContain(member.code);
    expect((await refused(b.call('development.admit', { code }))).code).toBe('CONFLICT');
    const meetingId = admitted.steps.find((s) => s.step === 'branch-meeting')!.id;
    expect((await refused(b.call('development.cancelStep', { id: meetingId, reason: '误录' }))).code).toBe('CONFLICT');

    expect(await reminders(b, '2026-02-01')).toEqual(['due-soon:probation-term:2026-02-20']);
    const tooSoon = await refused(b.call('development.convert', { code, outcome: 'full', date: '2026-02-19' }));
    expect(tooSoon.issues).toEqual([expect.objectContaining({ code: 'PROBATION_NOT_OVER', params: expect.objectContaining({ article: '党章第七条、细则第三十二条', probationEnd: '2026-02-20' }) })]);
    const full = await ok(b.call('development.convert', { code, outcome: 'full', date: '2026-02-25', requestedOn: '2026-02-21', approvedOn: '2026-03-10' }));
    // 党龄 counts from the end of the 预备期, not from the meeting.
    expect(full).toMatchObject({ stage: 'full', fullDate: '2026-02-20', next: { step: 'archive' } });
    const after = await ok(b.call('members.get', { code: member.code }));
    expect(after).toMatchObject({ memberType: 'full', fullDate: '2026-02-20' });
    expect(after.events.map((e) => [e.kind, e.date])).toEqual([['develop', '2025-02-20'], ['full', '2026-02-20']]);
    expect(await reminders(b, '2026-03-15')).toEqual([]);

    const timeline = await ok(b.call('development.timeline', { code }));
    expect(timeline.rows).toHaveLength(25);
    expect(timeline.rows.find((r) => r.step === 'candidate')).toMatchObject({ dates: ['2024-06-01'], status: 'done', articles: expect.stringContaining('第十三条') });
    expect(timeline.rows.find((r) => r.step === 'archive')).toMatchObject({ status: 'open' });
    expect(timeline.rows.find((r) => r.step === 'introducers')?.people).toBe('王芳、李强');
    const cultivation = timeline.rows.find((r) => r.step === 'cultivation')!;
    expect(cultivation.dates).toEqual(['2023-11-20', '2024-05-15']);
    expect(cultivation.reports).toEqual(['2024-04-01']);
    expect(timeline.rows.find((r) => r.step === 'pre-review')?.notes).toBe('公示期2025年1月23日至2025年2月5日（5个工作日）');
    expect(timeline.footnotes.at(-1)).toContain('“细则”指《中国共产党发展党员工作细则》');
    expect(cultivation.ruleList).toEqual([{ id: 'activist-review', summary: '党支部每半年对入党积极分子进行一次考察', severity: 'soft', articles: '细则第十一条', verified: true }]);
    expect(timeline.rows.find((r) => r.step === 'conversion-approval')?.ruleList).toContainEqual(expect.objectContaining({ articles: '细则第三十四条（条号待核）', verified: false }));

    const steps = await ok(b.call('development.steps', { code }));
    expect(steps.steps).toHaveLength(25);
    expect(steps.phases.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(steps.steps.find((s) => s.key === 'introducers')).toMatchObject({ number: 9, people: { role: 'introducer', min: 2, max: 2, fullMember: true } });
    expect(steps.steps.find((s) => s.key === 'cultivation')).toMatchObject({ repeatable: true, round: false, people: null });

    const ops = b.session.requireStore().sqlite.prepare("SELECT op FROM audit_log WHERE op LIKE 'development.%' OR op LIKE 'members.recordEvent'").pluck().all() as string[];
    expect(new Set(ops)).toEqual(new Set(['development.create', 'development.recordStep', 'development.admit', 'development.convert', 'members.recordEvent']));
    expect(await ok(b.call('audit.verify', {}))).toMatchObject({ ok: true });
  });
});

describe('development.convert: extension and cancellation', () => {
  it('extends once only, 6–12 months, and dates 转正 at the end of the extended 预备期', async () => {
    const { b, codes } = await branch();
    const p = await approvedPerson(b, codes, '2024-06-03', 1);
    const five = await refused(b.call('development.convert', { code: p.code, outcome: 'extend', date: '2025-06-10', months: 5 }));
    expect(five.issues).toEqual([expect.objectContaining({ code: 'EXTENSION_LENGTH', path: ['months'], params: expect.objectContaining({ rule: 'probation-extension' }) })]);
    expect((await refused(b.call('development.convert', { code: p.code, outcome: 'extend', date: '2025-06-10', months: 13 }))).issues?.[0]?.code).toBe('EXTENSION_LENGTH');
    const extended = await ok(b.call('development.convert', { code: p.code, outcome: 'extend', date: '2025-06-10', months: 6 }));
    expect(extended).toMatchObject({ stage: 'probationary', probation: { end: '2025-12-03' }, next: { step: 'conversion-approval' } });
    const events = (await ok(b.call('members.get', { code: p.memberCode! }))).events;
    expect(events.at(-1)).toMatchObject({ kind: 'probation-extended', date: '2025-06-10', data: { note: '延长预备期6个月' } });
    expect((await refused(b.call('development.convert', { code: p.code, outcome: 'extend', date: '2025-12-05', months: 6 }))).issues?.map((i) => i.code)).toContain('EXTENSION_REPEATED');
    expect((await refused(b.call('development.convert', { code: p.code, outcome: 'full', date: '2025-12-02' }))).issues?.[0]?.code).toBe('PROBATION_NOT_OVER');
    const full = await ok(b.call('development.convert', { code: p.code, outcome: 'full', date: '2025-12-05' }));
    expect(full).toMatchObject({ stage: 'full', fullDate: '2025-12-03' });
    expect((await refused(b.call('development.convert', { code: p.code, outcome: 'full', date: '2025-12-06' }))).code).toBe('CONFLICT');
  });

  it('取消预备党员资格 takes the person off the roster', async () => {
    const { b, codes } = await branch();
    const p = await approvedPerson(b, codes, '2024-06-03', 2);
    const cancelled = await ok(b.call('development.convert', { code: p.code, outcome: 'cancel', date: '2025-01-15' }));
    expect(cancelled.stage).toBe('cancelled');
    expect(await ok(b.call('members.get', { code: p.memberCode! }))).toMatchObject({ membership: 'left', leftKind: 'expel:probation-cancelled', leftDate: '2025-01-15' });
  });
});

describe('development records: validation and corrections', () => {
  it('refuses an applicant under 18, naming the rule and article, and a bad or duplicate ID', async () => {
    const { b } = await branch();
    const young = await refused(b.call('development.create', { fields: { name: '小李', idNumber: makeId('2008-06-01', '2') }, applicationDate: '2026-05-31' }));
    expect(young.issues).toEqual([expect.objectContaining({ path: ['applicationDate'], code: 'UNDER_AGE', params: expect.objectContaining({ rule: 'min-age', article: '细则第五条', earliest: '2026-06-01' }) })]);
    const id = makeId('1990-02-02', '2');
    const badId = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
    expect((await refused(b.call('development.create', { fields: { name: '甲', idNumber: badId }, applicationDate: '2026-01-05' }))).issues?.[0]?.code).toBe('ID_BAD_CHECKSUM');
    await ok(b.call('development.create', { fields: { name: '乙', idNumber: id }, applicationDate: '2026-01-05' }));
    expect((await refused(b.call('development.create', { fields: { name: '丙', idNumber: id }, applicationDate: '2026-01-06' }))).issues?.[0]?.code).toBe('DUPLICATE_ID_NUMBER');
    expect((await refused(b.call('development.create', { fields: { name: '丁' }, applicationDate: '2026-01-06' }))).issues?.map((i) => i.code)).toEqual(['REQUIRED']);
    expect((await ok(b.call('development.list', {}))).map((r) => r.name)).toEqual(['乙']);
  });

  it('refuses a second record, the 转正 meeting outside convert and a future date; cancels and re-records', async () => {
    const { b } = await branch();
    const p = await ok(b.call('development.create', { fields: { name: '钱七', gender: '2', birthDate: '1990-03-03' }, applicationDate: '2026-01-05' }));
    const talk = await ok(step(b, p.code, 'talk', '2026-01-20', { people: [{ name: '李书记' }] }));
    expect((await refused(step(b, p.code, 'talk', '2026-01-21', { people: [{ name: '李书记' }] }))).issues?.[0]?.code).toBe('STEP_ALREADY_RECORDED');
    expect((await refused(step(b, p.code, 'conversion-meeting', '2026-01-21'))).issues?.map((i) => i.code)).toContain('USE_CONVERT');
    expect((await refused(step(b, p.code, 'activist', '2099-01-01'))).issues?.map((i) => i.code)).toEqual(['DATE_IN_FUTURE']);
    expect((await refused(step(b, p.code, 'no-such-step', '2026-01-21'))).issues?.[0]?.code).toBe('UNKNOWN_STEP');
    const talkId = talk.steps.find((s) => s.step === 'talk')!.id;
    const undone = await ok(b.call('development.cancelStep', { id: talkId, reason: '日期录错' }));
    expect(undone.steps.find((s) => s.id === talkId)).toMatchObject({ cancelled: true });
    expect(undone.next).toMatchObject({ step: 'talk' });
    const late = await ok(step(b, p.code, 'talk', '2026-02-06', { people: [{ name: '李书记' }] }));
    expect(late.warnings).toEqual([expect.objectContaining({ rule: 'talk-within', code: 'TOO_LATE', severity: 'soft' })]);
    expect(late.violations.map((v) => v.code)).toEqual(['TOO_LATE']);
    const sql = b.session.requireStore().sqlite;
    expect(sql.prepare("SELECT count(*) FROM audit_log WHERE op = 'development.cancelStep'").pluck().get()).toBe(1);
  });

  it('keeps the document checklist and corrects the person with optimistic concurrency', async () => {
    const { b } = await branch();
    const p = await ok(b.call('development.create', { fields: { name: '孙八', gender: '1', birthDate: '1992-08-08' }, applicationDate: '2026-03-02' }));
    expect(p.documents.find((d) => d.key === 'application-letter')).toMatchObject({ status: 'missing', step: 'application' });
    expect(p.documents.find((d) => d.key === 'autobiography')).toMatchObject({ status: 'not-yet', optional: true });
    const withDoc = await ok(b.call('development.setDocument', { code: p.code, document: 'application-letter', receivedOn: '2026-03-02' }));
    expect(withDoc.documents.find((d) => d.key === 'application-letter')).toMatchObject({ status: 'received', receivedOn: '2026-03-02' });
    expect((await refused(b.call('development.setDocument', { code: p.code, document: 'nonsense', receivedOn: null }))).issues?.[0]?.code).toBe('UNKNOWN_DOCUMENT');
    const renamed = await ok(b.call('development.update', { code: p.code, version: withDoc.version, fields: { name: '孙捌', gender: '1', birthDate: '1992-08-08' }, reason: '更正姓名' }));
    expect(renamed).toMatchObject({ name: '孙捌', version: withDoc.version + 1 });
    expect((await refused(b.call('development.update', { code: p.code, version: withDoc.version, fields: { name: '孙八', gender: '1', birthDate: '1992-08-08' } }))).code).toBe('CONFLICT');
    const tooYoung = await refused(b.call('development.update', { code: p.code, version: renamed.version, fields: { name: '孙捌', gender: '1', birthDate: '2009-01-01' } }));
    expect(tooYoung.issues).toEqual([expect.objectContaining({ code: 'UNDER_AGE', path: ['fields', 'birthDate'] })]);
    expect(await ok(b.call('development.list', { stage: 'applicant' }))).toEqual([expect.objectContaining({ name: '孙捌', next: expect.objectContaining({ step: 'talk', due: '2026-04-02' }) })]);
    expect(await ok(b.call('development.list', { stage: 'activist' }))).toEqual([]);
    const sql = b.session.requireStore().sqlite;
    expect(sql.prepare("SELECT op FROM audit_log WHERE op LIKE 'development.%' ORDER BY seq").pluck().all()).toEqual(['development.create', 'development.setDocument', 'development.update']);
  });
});
