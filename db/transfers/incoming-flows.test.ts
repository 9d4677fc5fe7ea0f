import { afterEach, describe, expect, it } from 'vitest';
import { addMember, auditCount, must, refusal, type TestBackend } from '../dues/test-branch';
import { unlockedBackend } from '../test-support/temp-store';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function backend(): Promise<TestBackend> {
  const b = await unlockedBackend();
  cleanup = b.cleanup;
  return b;
}

const ARRIVAL = {
  letter: { number: '0012345', fromOrg: '中共某县委组织部', issuedOn: '2025-10-08', validDays: 30, duesPaidTo: '2025-11' },
  arrivedOn: '2025-10-20',
  fields: { name: '周敏', gender: '2' as const, joinDate: '2015-03-01', fullDate: '2016-03-01' },
  handler: '单晓红',
};

describe('transfers.recordIn', () => {
  it('creates the member through the members service with the letter number, in one transaction', async () => {
    const b = await backend();
    const start = auditCount(b);
    const r = await must(b, 'transfers.recordIn', ARRIVAL);
    expect(r.warnings).toEqual([]);
    expect(r.letter).toMatchObject({ direction: 'in', number: '0012345', status: 'received', memberCode: r.member.code, duesPaidTo: '2025-11', toOrg: '中共示范单位第一支部委员会' });
    const m = await must(b, 'members.get', { code: r.member.code });
    expect(m).toMatchObject({ membership: 'active', memberType: 'full' });
    expect(m.events).toEqual([expect.objectContaining({ kind: 'transfer-in', date: '2025-10-20', data: { letterNumber: '0012345', fromOrg: '中共某县委组织部' } })]);
    // members.create and transfers.recordIn.
    expect(auditCount(b) - start).toBe(2);
    expect((await must(b, 'members.rosterAt', { date: '2025-10-20' })).map((x) => x.name)).toEqual(['周敏']);
  });

  it('refuses a number already registered, creating no member and writing no audit row', async () => {
    const b = await backend();
    await must(b, 'transfers.recordIn', ARRIVAL);
    const start = auditCount(b);
    const again = await refusal(b, 'transfers.recordIn', { ...ARRIVAL, fields: { ...ARRIVAL.fields, name: '吴刚', gender: '1' } });
    expect(again).toEqual({ code: 'INVALID_INPUT', issues: ['LETTER_NUMBER_TAKEN'] });
    expect(await refusal(b, 'transfers.recordIn', { ...ARRIVAL, letter: { ...ARRIVAL.letter, number: '0012346' }, fields: { name: '' } })).toMatchObject({ code: 'INVALID_INPUT' });
    for (const validDays of [0, 184]) {
      expect(await refusal(b, 'transfers.recordIn', { ...ARRIVAL, letter: { ...ARRIVAL.letter, number: '0012347', validDays } })).toEqual({ code: 'INVALID_INPUT', issues: ['VALID_DAYS_RANGE'] });
    }
    expect(auditCount(b)).toBe(start);
    expect(await must(b, 'members.list', {})).toMatchObject({ total: 1 });
  });

  it('warns of an expired letter and prints the 回执 to send back', async () => {
    const b = await backend();
    const late = await must(b, 'transfers.recordIn', { ...ARRIVAL, arrivedOn: '2025-11-10' });
    expect(late.warnings).toEqual([{ code: 'LETTER_EXPIRED', params: { validUntil: '2025-11-07' } }]);
    const receipt = await must(b, 'transfers.inReceipt', { number: '0012345' });
    expect(receipt).toMatchObject({
      addressee: '中共某县委组织部：',
      numberLine: '第 0012345 号',
      paragraphs: ['周敏同志的党员组织关系已转达我处，特此回复。'],
      dateLine: '二〇二五年十一月十日',
      footer: [expect.stringContaining('经办人：单晓红'), expect.stringContaining('一个月内')],
    });
  });

  it('counts the months the old branch was paid for as paid, and dues here from the month after', async () => {
    const b = await backend();
    const { member } = await must(b, 'transfers.recordIn', ARRIVAL);
    await must(b, 'dues.setProfile', { memberCode: member.code, fromMonth: '2025-10', category: 'student' });
    const l = await must(b, 'dues.memberLedger', { memberCode: member.code, asOf: '2026-01' });
    expect(l.months.map((m) => [m.month, m.status])).toEqual([
      ['2025-10', 'paid-elsewhere'],
      ['2025-11', 'paid-elsewhere'],
      ['2025-12', 'unpaid'],
      ['2026-01', 'unpaid'],
    ]);
    expect(l.paidTo).toBe('2025-11');
  });
});

describe('流动党员', () => {
  it('records a flow out with the member’s events, a flow in without a member, and ends them', async () => {
    const b = await backend();
    const wang = await addMember(b, '王芳', { gender: '2' });
    const out = await must(b, 'transfers.flowStart', { direction: 'out', memberCode: wang, place: '广东省深圳市', activityCardNo: 'LD-2025-08', contact: '13800138000', startedOn: '2025-03-01' });
    expect(out).toMatchObject({ name: '王芳', open: true, activityCardNo: 'LD-2025-08' });
    expect(await must(b, 'members.get', { code: wang })).toMatchObject({ mobileMember: true });
    expect(await refusal(b, 'transfers.flowStart', { direction: 'out', memberCode: wang, place: '上海', startedOn: '2025-04-01' })).toEqual({ code: 'INVALID_INPUT', issues: ['FLOW_ALREADY_OPEN'] });
    const visitor = await must(b, 'transfers.flowStart', { direction: 'in', name: '孙立', place: '中共某村支部委员会', startedOn: '2025-05-01' });
    expect(visitor).toMatchObject({ memberCode: null, direction: 'in' });
    expect(await must(b, 'transfers.flows', { open: true })).toHaveLength(2);

    const start = auditCount(b);
    await must(b, 'transfers.flowEnd', { id: out.id, endedOn: '2025-09-01' });
    // The flow-return member event and the flow record's own change.
    expect(auditCount(b) - start).toBe(2);
    const m = await must(b, 'members.get', { code: wang });
    expect(m).toMatchObject({ mobileMember: false });
    expect(m.events.map((e) => e.kind)).toEqual(['import', 'flow-out', 'flow-return']);
    expect(await refusal(b, 'transfers.flowEnd', { id: out.id, endedOn: '2025-09-02' })).toEqual({ code: 'INVALID_INPUT', issues: ['FLOW_ALREADY_ENDED'] });
    expect(await refusal(b, 'transfers.flowEnd', { id: visitor.id, endedOn: '2025-04-01' })).toEqual({ code: 'INVALID_INPUT', issues: ['END_BEFORE_START'] });
    expect((await must(b, 'transfers.flows', { open: false })).map((f) => f.name)).toEqual(['王芳']);
    expect((await must(b, 'transfers.flows', { direction: 'in' })).map((f) => f.name)).toEqual(['孙立']);
  });
});
