import { describe, expect, it } from 'vitest';
import { addMember, auditCount, backendPerTest, must } from './test-branch';

const backend = backendPerTest();

const cash = { method: 'cash' as const, paidOn: '2025-03-05' };

describe('dues.recordPayments (a month’s round)', () => {
  it('records every payment of the round in one go, with warnings by index', async () => {
    const b = await backend();
    const a = await addMember(b, '王芳');
    const c = await addMember(b, '李强');
    await must(b, 'dues.setProfile', { memberCode: a, fromMonth: '2025-01', category: 'employed', baseFen: 456_789 });
    await must(b, 'dues.setProfile', { memberCode: c, fromMonth: '2025-01', category: 'student' });
    const start = auditCount(b);
    const r = await must(b, 'dues.recordPayments', {
      payments: [
        { ...cash, memberCode: a, fromMonth: '2025-03', amountFen: 4_568, receiptNo: 'R-01' },
        { ...cash, memberCode: c, fromMonth: '2025-03', amountFen: 10, receiptNo: 'R-02' },
      ],
    });
    expect(r.payments.map((p) => [p.memberName, p.amountFen, p.receiptNo])).toEqual([
      ['王芳', 4_568, 'R-01'],
      ['李强', 10, 'R-02'],
    ]);
    expect(r.warnings).toEqual([{ index: 1, code: 'AMOUNT_BELOW_DUE', params: { outstandingFen: 20 } }]);
    expect(auditCount(b)).toBe(start + 2);
    expect((await must(b, 'dues.monthSheet', { month: '2025-03', asOf: '2025-03' })).totals.paidFen).toBe(4_578);
  });

  it('records nothing when one payment is refused, and names each problem by its index', async () => {
    const b = await backend();
    const a = await addMember(b, '王芳');
    const c = await addMember(b, '李强');
    await must(b, 'dues.setProfile', { memberCode: a, fromMonth: '2025-01', category: 'student' });
    await must(b, 'dues.setProfile', { memberCode: c, fromMonth: '2025-01', category: 'student' });
    await must(b, 'dues.recordPayment', { ...cash, memberCode: c, fromMonth: '2025-03', amountFen: 20 });
    const start = auditCount(b);
    const r = await b.call('dues.recordPayments', {
      payments: [
        { ...cash, memberCode: a, fromMonth: '2025-03', amountFen: 20, receiptNo: 'R-9' },
        { ...cash, memberCode: c, fromMonth: '2025-03', amountFen: 20 },
        // The same receipt number twice within the round is caught too.
        { ...cash, memberCode: a, fromMonth: '2025-02', amountFen: 20, receiptNo: 'R-9' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['payments.1.fromMonth', 'MONTHS_ALREADY_PAID'],
      ['payments.2.receiptNo', 'DUPLICATE_RECEIPT_NO'],
    ]);
    expect(auditCount(b)).toBe(start);
    const sheet = await must(b, 'dues.monthSheet', { month: '2025-03', asOf: '2025-03' });
    expect(sheet.rows.find((row) => row.memberCode === a)?.paidFen).toBe(0);
  });
});

describe('dues.rules', () => {
  it('gives the rules in force in a month, brackets with inclusive upper bounds', async () => {
    const b = await backend();
    const { month, rules } = await must(b, 'dues.rules', { month: '2026-03' });
    expect(month).toBe('2026-03');
    expect(rules.short).toBe('中组发〔2008〕3号');
    expect(rules.scales.find((s) => s.scale === 'salary')?.brackets.map((x) => [x.upToFen, x.rateBasisPoints])).toEqual([
      [300_000, 50],
      [500_000, 100],
      [1_000_000, 150],
      [null, 200],
    ]);
    expect((await must(b, 'dues.rules', { month: '2001-01' })).rules.version).toBe('2008');
  });
});
