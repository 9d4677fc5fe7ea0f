import { afterEach, describe, expect, it } from 'vitest';
import { addMember, auditCount, must, refusal, type TestBackend } from '../dues/test-branch';
import { makeId } from '../members/test-people';
import { unlockedBackend } from '../test-support/temp-store';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const DEST = { toOrg: '中共某市某区委组织部', addressee: '中共某区委组织部' };

/** 王芳, paid up to October 2025, and two more members; the branch has an address and phone. */
async function setUp() {
  const b: TestBackend = await unlockedBackend();
  cleanup = b.cleanup;
  const branch = await must(b, 'branch.get', {});
  await must(b, 'branch.update', { ...branch, category: '4', parentName: branch.parentName!, parentCode: branch.parentCode!, secretaryName: branch.secretaryName!, contactPhone: '010-12345678', address: '北京市朝阳区某路1号' });
  const wang = await addMember(b, '王芳', { gender: '2', idNumber: makeId('1990-03-15', '2'), ethnicity: '01', mobile: '13800138000' });
  const li = await addMember(b, '李强');
  const zhao = await addMember(b, '赵磊');
  await must(b, 'dues.setProfile', { memberCode: wang, fromMonth: '2025-01', category: 'student' });
  await must(b, 'dues.recordPayment', { memberCode: wang, method: 'cash', fromMonth: '2025-01', toMonth: '2025-06', amountFen: 120, paidOn: '2025-01-05' });
  await must(b, 'dues.recordPayment', { memberCode: wang, method: 'cash', fromMonth: '2025-07', toMonth: '2025-10', amountFen: 80, paidOn: '2025-07-05' });
  return { b, wang, li, zhao };
}

const onRoster = async (b: TestBackend, date: string) => (await must(b, 'members.rosterAt', { date })).map((r) => r.name);

describe('transfers out', () => {
  it('issues, numbers, takes the receipt back and confirms: the member leaves with a 转出 event', async () => {
    const { b, wang } = await setUp();
    const before = auditCount(b);
    const issued = await must(b, 'transfers.issueOut', { memberCode: wang, ...DEST, validDays: 15, issuedOn: '2025-11-03' });
    expect(issued.letter).toMatchObject({ number: '2025-001', status: 'issued', duesPaidTo: '2025-10', validUntil: '2025-11-18', receiptDueBy: '2025-12-03', fromOrg: '中共示范单位第一支部委员会' });
    expect(issued.warnings).toEqual([{ code: 'DUES_NOT_PAID_UP', params: { paidTo: '2025-10' } }]);
    expect(await onRoster(b, '2025-11-20')).toContain('王芳');

    await must(b, 'transfers.returnReceipt', { number: '2025-001', returnedOn: '2025-11-20', handler: '赵经办' });
    const confirmed = await must(b, 'transfers.confirmOut', { number: '2025-001' });
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedOn: '2025-11-20', receiptHandler: '赵经办' });
    // issue, receipt, the member event and the letter's confirmation: four audit rows.
    expect(auditCount(b) - before).toBe(4);

    const m = await must(b, 'members.get', { code: wang });
    expect(m).toMatchObject({ membership: 'left', leftKind: 'transfer-out', leftDate: '2025-11-20' });
    expect(m.events.at(-1)).toMatchObject({ kind: 'transfer-out', date: '2025-11-20', data: { letterNumber: '2025-001', org: DEST.toOrg } });
    expect(await onRoster(b, '2025-11-19')).toContain('王芳');
    expect(await onRoster(b, '2025-11-21')).not.toContain('王芳');
    expect(await refusal(b, 'transfers.confirmOut', { number: '2025-001' })).toEqual({ code: 'INVALID_INPUT', issues: ['ALREADY_CONFIRMED'] });
    expect(await refusal(b, 'transfers.issueOut', { memberCode: wang, ...DEST })).toEqual({ code: 'INVALID_INPUT', issues: ['MEMBER_NOT_ON_ROSTER'] });
  });

  it('numbers letters per year, never reuses a cancelled number, and registers every letter', async () => {
    const { b, wang, li, zhao } = await setUp();
    await must(b, 'transfers.issueOut', { memberCode: wang, ...DEST, issuedOn: '2025-12-30' });
    await must(b, 'transfers.issueOut', { memberCode: li, ...DEST, issuedOn: '2026-01-05' });
    const cancelled = await must(b, 'transfers.cancel', { number: '2026-001', reason: '本人暂缓调动' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '本人暂缓调动' });
    const again = await must(b, 'transfers.issueOut', { memberCode: li, ...DEST, issuedOn: '2026-01-08' });
    const third = await must(b, 'transfers.issueOut', { memberCode: zhao, ...DEST, issuedOn: '2026-01-09' });
    expect([again.letter.number, third.letter.number]).toEqual(['2026-002', '2026-003']);
    const register = await must(b, 'transfers.register', { direction: 'out' });
    expect(register.map((l) => [l.number, l.status])).toEqual([
      ['2025-001', 'issued'],
      ['2026-001', 'cancelled'],
      ['2026-002', 'issued'],
      ['2026-003', 'issued'],
    ]);
    expect((await must(b, 'transfers.register', { year: 2026 })).map((l) => l.number)).toEqual(['2026-001', '2026-002', '2026-003']);
    expect((await must(b, 'transfers.letter', { number: '2026-001' })).voidNote).toBe('本介绍信已作废（本人暂缓调动），编号不再使用。');
  });

  it('flags a receipt not back one month after issue', async () => {
    const { b, wang } = await setUp();
    await must(b, 'transfers.issueOut', { memberCode: wang, ...DEST, issuedOn: '2025-11-03' });
    expect(await must(b, 'transfers.overdueReceipts', { asOf: '2025-12-03' })).toEqual([]);
    expect(await must(b, 'transfers.overdueReceipts', { asOf: '2025-12-05' })).toEqual([expect.objectContaining({ number: '2025-001', daysOverdue: 2, receiptOverdue: true })]);
    await must(b, 'transfers.returnReceipt', { number: '2025-001', returnedOn: '2025-12-04', handler: '赵经办' });
    expect(await must(b, 'transfers.overdueReceipts', { asOf: '2025-12-05' })).toEqual([]);
  });

  it('refuses what the workflow does not allow and writes no audit row for it', async () => {
    const { b, wang, li } = await setUp();
    await must(b, 'transfers.issueOut', { memberCode: wang, ...DEST, issuedOn: '2025-11-03' });
    const start = auditCount(b);
    expect(await refusal(b, 'transfers.issueOut', { memberCode: wang, ...DEST })).toEqual({ code: 'INVALID_INPUT', issues: ['OPEN_LETTER_EXISTS'] });
    for (const validDays of [0, -5, 91, 9999]) {
      expect(await refusal(b, 'transfers.issueOut', { memberCode: li, ...DEST, validDays }), String(validDays)).toEqual({ code: 'INVALID_INPUT', issues: ['VALID_DAYS_RANGE'] });
    }
    expect(await refusal(b, 'transfers.returnReceipt', { number: '2025-001', returnedOn: '2025-11-01', handler: '赵' })).toEqual({ code: 'INVALID_INPUT', issues: ['BEFORE_ISSUE'] });
    // The member service refuses a 转出 dated in the future: the letter stays issued, nothing is written.
    expect(await refusal(b, 'transfers.confirmOut', { number: '2025-001', date: '2099-01-01' })).toEqual({ code: 'INVALID_INPUT', issues: ['DATE_IN_FUTURE'] });
    expect(auditCount(b)).toBe(start);
    expect((await must(b, 'transfers.register', {}))[0]).toMatchObject({ status: 'issued' });
    expect(await must(b, 'members.get', { code: wang })).toMatchObject({ membership: 'active' });
    await must(b, 'transfers.returnReceipt', { number: '2025-001', returnedOn: '2025-11-10', handler: '赵' });
    expect(await refusal(b, 'transfers.cancel', { number: '2025-001', reason: '误开' })).toEqual({ code: 'INVALID_INPUT', issues: ['RECEIPT_ALREADY_RETURNED'] });
    expect(await refusal(b, 'transfers.letter', { number: '2030-001' })).toEqual({ code: 'NOT_FOUND', issues: [] });
  });
});

describe('transfers.previewOut', () => {
  it('shows the letter issuing would print, with its number and warnings, and keeps nothing', async () => {
    const { b, wang, li } = await setUp();
    await must(b, 'transfers.issueOut', { memberCode: li, ...DEST, issuedOn: '2025-11-01' });
    const start = auditCount(b);
    const preview = await must(b, 'transfers.previewOut', { memberCode: wang, ...DEST, validDays: 15, issuedOn: '2025-11-03' });
    expect(preview.doc.number).toBe('2025-002');
    expect(preview.doc.letter.paragraphs[1]).toBe('（有效期壹拾伍天）');
    expect(preview.warnings).toEqual([{ code: 'DUES_NOT_PAID_UP', params: { paidTo: '2025-10' } }]);
    expect(auditCount(b)).toBe(start);
    expect((await must(b, 'transfers.register', {})).map((l) => l.number)).toEqual(['2025-001']);
    const issued = await must(b, 'transfers.issueOut', { memberCode: wang, ...DEST, validDays: 15, issuedOn: '2025-11-03' });
    expect(await must(b, 'transfers.letter', { number: issued.letter.number })).toEqual(preview.doc);
    // The same refusals as issuing: a second open letter, a validity out of range.
    expect(await refusal(b, 'transfers.previewOut', { memberCode: wang, ...DEST })).toEqual({ code: 'INVALID_INPUT', issues: ['OPEN_LETTER_EXISTS'] });
    expect(await must(b, 'transfers.outDefaults', {})).toEqual({ validDays: 30, maxValidDaysOut: 90, maxValidDaysIn: 183 });
  });
});

describe('transfers.letter', () => {
  it('prints the three parts with the member as on the day of issue and numbers in 大写', async () => {
    const { b, wang } = await setUp();
    await must(b, 'transfers.issueOut', { memberCode: wang, ...DEST, validDays: 15, issuedOn: '2025-11-03' });
    // A later correction of the record does not change a letter already issued.
    const m = await must(b, 'members.get', { code: wang });
    await must(b, 'members.update', { code: wang, version: m.version, fields: { name: '王芳芳', gender: '2', idNumber: m.idNumber, ethnicity: '01', joinDate: m.joinDate, fullDate: m.fullDate } });
    const doc = await must(b, 'transfers.letter', { number: '2025-001' });
    expect(doc.stub).toMatchObject({
      label: '第一联',
      numberLine: '第 2025-001 号',
      paragraphs: ['王芳同志系中共正式党员，组织关系由中共示范单位第一支部委员会转到中共某市某区委组织部。'],
      dateLine: '二〇二五年十一月三日',
      pasteArea: '（贴回执联处）',
    });
    expect(doc.letter.addressee).toBe('中共某区委组织部：');
    expect(doc.letter.paragraphs).toEqual([
      `王芳同志（女），35岁，汉族，系中共正式党员，身份证号码${m.idNumber}，由中共示范单位第一支部委员会去中共某市某区委组织部，请接转组织关系。该同志党费已交到贰零贰伍年壹拾月。`,
      '（有效期壹拾伍天）',
    ]);
    expect(doc.letter.footer).toEqual(['党员联系电话或其他联系方式：13800138000', '党员原所在基层党委通讯地址：北京市朝阳区某路1号', '联系电话：010-12345678\u3000\u3000传真：\u3000\u3000\u3000\u3000邮编：']);
    expect(doc.receipt).toMatchObject({ label: '第三联', addressee: '中共示范单位第一支部委员会：', paragraphs: ['王芳同志的党员组织关系已转达我处，特此回复。'] });
    expect(doc.cuts.map((c) => c.label)).toEqual(['此处裁开', '此处裁开']);
    expect(doc.cuts[0]?.note).toContain('骑缝章');
    expect(doc.fields).toMatchObject({ duesPaidToYear: '贰零贰伍', duesPaidToMonth: '壹拾', validDays: '壹拾伍', age: '35' });
  });
});
