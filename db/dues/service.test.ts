import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addMember, auditCount, backendPerTest, must, refusal, type TestBackend } from './test-branch';

const backend = backendPerTest();

type Pay = { memberCode: string; fromMonth?: string; toMonth?: string; amountFen: number; paidOn: string; kind?: 'normal' | 'back-pay' | 'voluntary'; receiptNo?: string };
const pay = (b: TestBackend, p: Pay) => must(b, 'dues.recordPayment', { method: 'cash', ...p });

/**
 * Six members with mixed categories through 2025: a raise in July, a 预备党员 admitted in May,
 * a member transferred out in April, a student who never paid, and two voluntary payments.
 */
async function branch2025(b: TestBackend) {
  const wang = await addMember(b, '王芳', { gender: '2' });
  const li = await addMember(b, '李强');
  const zhang = await addMember(b, '张伟');
  const liu = await addMember(b, '刘洋');
  const chen = (await must(b, 'members.create', { fields: { name: '陈静', gender: '2', joinDate: '2025-05-20' }, addition: { kind: 'develop', date: '2025-05-20' } })).code;
  const yang = await addMember(b, '杨帆');
  await must(b, 'dues.setProfile', { memberCode: wang, fromMonth: '2025-01', category: 'employed', baseFen: 456_789 });
  await must(b, 'dues.setProfile', { memberCode: wang, fromMonth: '2025-07', category: 'employed', baseFen: 800_000 });
  await must(b, 'dues.setProfile', { memberCode: li, fromMonth: '2025-01', category: 'retired', baseFen: 500_000 });
  await must(b, 'dues.setProfile', { memberCode: zhang, fromMonth: '2025-01', category: 'farmer', fixedFen: 50 });
  await must(b, 'dues.setProfile', { memberCode: liu, fromMonth: '2025-01', category: 'student' });
  await must(b, 'dues.setProfile', { memberCode: chen, fromMonth: '2025-05', category: 'employed', baseFen: 300_000 });
  await must(b, 'dues.setProfile', { memberCode: yang, fromMonth: '2025-01', category: 'employed', baseFen: 200_000 });
  await must(b, 'members.recordEvent', { code: yang, kind: 'transfer-out', date: '2025-04-15', org: '中共某区委组织部' });

  await pay(b, { memberCode: wang, fromMonth: '2025-01', toMonth: '2025-03', amountFen: 13_704, paidOn: '2025-01-10', receiptNo: 'DF-001' });
  await pay(b, { memberCode: wang, fromMonth: '2025-04', toMonth: '2025-06', amountFen: 13_704, paidOn: '2025-04-08' });
  await pay(b, { memberCode: wang, fromMonth: '2025-07', toMonth: '2025-09', amountFen: 36_000, paidOn: '2025-07-05' });
  await pay(b, { memberCode: li, fromMonth: '2025-01', toMonth: '2025-06', amountFen: 15_000, paidOn: '2025-01-03' });
  await pay(b, { memberCode: li, fromMonth: '2025-07', toMonth: '2025-12', amountFen: 15_000, paidOn: '2025-07-02' });
  await pay(b, { memberCode: zhang, fromMonth: '2025-01', toMonth: '2025-12', amountFen: 600, paidOn: '2025-06-30' });
  await pay(b, { memberCode: chen, fromMonth: '2025-05', toMonth: '2025-08', amountFen: 6_000, paidOn: '2025-09-01', kind: 'back-pay' });
  await pay(b, { memberCode: chen, fromMonth: '2025-09', toMonth: '2025-12', amountFen: 6_000, paidOn: '2025-12-01' });
  await pay(b, { memberCode: yang, fromMonth: '2025-01', toMonth: '2025-04', amountFen: 4_000, paidOn: '2025-03-01' });
  await pay(b, { memberCode: wang, amountFen: 50_000, paidOn: '2025-07-01', kind: 'voluntary' });
  await pay(b, { memberCode: li, amountFen: 100_000, paidOn: '2025-10-01', kind: 'voluntary' });
  return { wang, li, zhang, liu, chen, yang };
}

describe('dues.totals', () => {
  it('adds a year of a mixed branch to the fen, by month, quarter and year', async () => {
    const b = await backend();
    await branch2025(b);
    const t = await must(b, 'dues.totals', { year: 2025, asOf: '2026-01' });
    // 王芳 6×45.68 + 6×120.00; 李强 12×25.00; 张伟 12×0.50; 刘洋 12×0.20; 陈静 8×15.00; 杨帆 4×10.00.
    expect(t.total).toMatchObject({ dueFen: 146_248, collectedFen: 110_008, outstandingFen: 36_240, voluntaryFen: 150_000, receivedFen: 260_008 });
    expect(t.quarters[0]).toMatchObject({ label: '2025年第一季度', dueFen: 24_414, collectedFen: 24_354, outstandingFen: 60 });
    expect(t.months[4]).toMatchObject({ label: '2025年5月', dueFen: 4_568 + 2_500 + 50 + 20 + 1_500 });
    const sum = (k: 'dueFen' | 'collectedFen' | 'voluntaryFen') => t.months.reduce((a, m) => a + m[k], 0);
    expect([sum('dueFen'), sum('collectedFen'), sum('voluntaryFen')]).toEqual([t.total.dueFen, t.total.collectedFen, t.total.voluntaryFen]);
  });
});

describe('dues.memberLedger', () => {
  it('shows a mid-year raise from its month, 交至, and the arrears after it', async () => {
    const b = await backend();
    const { wang, chen, yang } = await branch2025(b);
    const l = await must(b, 'dues.memberLedger', { memberCode: wang, asOf: '2026-01' });
    expect(l.months.filter((m) => m.month.startsWith('2025')).map((m) => m.dueFen)).toEqual([...Array(6).fill(4_568), ...Array(6).fill(12_000)]);
    expect(l.months[6]).toMatchObject({ standardLabel: '1.5%', citation: '中组发〔2008〕3号 第一条、第二条' });
    expect(l).toMatchObject({ paidTo: '2025-09', arrears: { months: ['2025-10', '2025-11', '2025-12'], flags: ['ARREARS_3_MONTHS'] } });
    expect(l.totals.voluntaryFen).toBe(50_000);
    // A 预备党员 owes from the month of the 支部大会; a member transferred out stops at that month.
    expect((await must(b, 'dues.memberLedger', { memberCode: chen, asOf: '2026-01' })).months[0]?.month).toBe('2025-05');
    expect((await must(b, 'dues.memberLedger', { memberCode: yang, asOf: '2026-01' })).months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
  });
});

describe('dues.arrears', () => {
  it('lists the student who never paid for the committee, and never changes the membership', async () => {
    const b = await backend();
    const { liu } = await branch2025(b);
    const a = await must(b, 'dues.arrears', { asOf: '2026-01' });
    expect(a.rows[0]).toMatchObject({ memberCode: liu, longestRun: 12, flags: ['ARREARS_3_MONTHS', 'COMMITTEE_ATTENTION'] });
    expect(a.rows.map((r) => r.name)).toEqual(['刘洋', '王芳']);
    expect(await must(b, 'members.get', { code: liu })).toMatchObject({ membership: 'active' });
  });
});

describe('dues.recordPayment', () => {
  it('refuses 补交 and 预交 beyond six months unless a reason is given', async () => {
    const b = await backend();
    const code = await addMember(b, '赵磊');
    await must(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: 'student' });
    expect(await refusal(b, 'dues.recordPayment', { memberCode: code, method: 'cash', fromMonth: '2025-01', toMonth: '2025-08', amountFen: 160, paidOn: '2025-08-01' })).toEqual({
      code: 'INVALID_INPUT',
      issues: ['BACK_PAY_BEYOND_LIMIT'],
    });
    expect((await refusal(b, 'dues.recordPayment', { memberCode: code, method: 'cash', fromMonth: '2025-02', toMonth: '2025-09', amountFen: 160, paidOn: '2025-02-01' })).issues).toEqual(['PREPAY_BEYOND_LIMIT']);
    const ok = await pay(b, { memberCode: code, fromMonth: '2025-01', toMonth: '2025-07', amountFen: 140, paidOn: '2025-07-01' });
    expect(ok.warnings).toEqual([]);
    const late = await must(b, 'dues.recordPayment', { memberCode: code, method: 'cash', fromMonth: '2025-08', toMonth: '2025-08', amountFen: 20, paidOn: '2026-03-02', beyondLimitReason: '支委会同意：外出期间无法交纳' });
    expect(late.warnings).toEqual([{ code: 'BEYOND_LIMIT_ACCEPTED', params: { months: 7 } }]);
    expect(late.payment.note).toBe('超期说明：支委会同意：外出期间无法交纳');
  });

  it('refuses months not owed, already paid, or more money than they owe', async () => {
    const b = await backend();
    const { yang, zhang } = await branch2025(b);
    expect((await refusal(b, 'dues.recordPayment', { memberCode: yang, method: 'cash', fromMonth: '2025-05', amountFen: 1_000, paidOn: '2025-05-03' })).issues).toEqual(['MONTH_NOT_DUE']);
    expect((await refusal(b, 'dues.recordPayment', { memberCode: zhang, method: 'cash', fromMonth: '2025-03', amountFen: 50, paidOn: '2025-05-03' })).issues).toEqual(['MONTHS_ALREADY_PAID']);
    const code = await addMember(b, '黄丽');
    await must(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: 'employed', baseFen: 400_000 });
    expect((await refusal(b, 'dues.recordPayment', { memberCode: code, method: 'online', fromMonth: '2025-01', amountFen: 4_001, paidOn: '2025-01-03' })).issues).toEqual(['AMOUNT_EXCEEDS_DUE']);
    const part = await pay(b, { memberCode: code, fromMonth: '2025-01', amountFen: 3_000, paidOn: '2025-01-03' });
    expect(part.warnings).toEqual([{ code: 'AMOUNT_BELOW_DUE', params: { outstandingFen: 4_000 } }]);
  });

  it('writes one audit row per change and none when refused', async () => {
    const b = await backend();
    const code = await addMember(b, '赵磊');
    const start = auditCount(b);
    await must(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: 'student' });
    const { payment } = await pay(b, { memberCode: code, fromMonth: '2025-01', amountFen: 20, paidOn: '2025-01-05', receiptNo: 'R-1' });
    expect(auditCount(b)).toBe(start + 2);
    expect((await refusal(b, 'dues.recordPayment', { memberCode: code, method: 'cash', fromMonth: '2025-02', amountFen: 20, paidOn: '2025-02-05', receiptNo: 'R-1' })).issues).toEqual(['DUPLICATE_RECEIPT_NO']);
    expect((await refusal(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: 'farmer', fixedFen: 101 })).issues).toEqual(['FIXED_OUT_OF_RANGE']);
    expect(auditCount(b)).toBe(start + 2);
    await must(b, 'dues.cancelPayment', { paymentId: payment.id, reason: '收据号填错' });
    expect(auditCount(b)).toBe(start + 3);
    expect(await refusal(b, 'dues.cancelPayment', { paymentId: payment.id, reason: '再次' })).toEqual({ code: 'CONFLICT', issues: [] });
    expect(auditCount(b)).toBe(start + 3);
  });
});

describe('dues.cancelPayment', () => {
  it('keeps the payment in the book, marked with its reason, and the months owe again', async () => {
    const b = await backend();
    const code = await addMember(b, '赵磊');
    await must(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: 'student' });
    const { payment } = await pay(b, { memberCode: code, fromMonth: '2025-01', toMonth: '2025-03', amountFen: 60, paidOn: '2025-01-05' });
    await must(b, 'dues.cancelPayment', { paymentId: payment.id, reason: '重复录入' });
    const l = await must(b, 'dues.memberLedger', { memberCode: code, asOf: '2025-04' });
    expect(l.payments).toEqual([expect.objectContaining({ id: payment.id, cancelled: true, cancelReason: '重复录入' })]);
    expect(l).toMatchObject({ paidTo: null, arrears: { months: ['2025-01', '2025-02', '2025-03'] } });
  });
});

describe('dues.setProfile', () => {
  it('keeps history: a correction for the same month replaces the earlier row, marked cancelled', async () => {
    const b = await backend();
    const code = await addMember(b, '赵磊');
    await must(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: 'employed', baseFen: 300_000 });
    const fixed = await must(b, 'dues.setProfile', { memberCode: code, fromMonth: '2025-01', category: 'employed', baseFen: 300_001 });
    expect(fixed.profile).toMatchObject({ monthlyDueFen: 3_000, standardLabel: '1%', categoryName: '在职（按月领取工资）' });
    const p = await must(b, 'dues.profile', { memberCode: code, month: '2025-06' });
    expect(p.history.map((h) => [h.baseFen, h.cancelled])).toEqual([
      [300_000, true],
      [300_001, false],
    ]);
    expect(p.current?.baseFen).toBe(300_001);
  });

  it('warns when a new member’s first profile leaves months before it uncounted', async () => {
    const b = await backend();
    const chen = (await must(b, 'members.create', { fields: { name: '陈静', gender: '2', joinDate: '2025-05-20' }, addition: { kind: 'develop', date: '2025-05-20' } })).code;
    const r = await must(b, 'dues.setProfile', { memberCode: chen, fromMonth: '2025-07', category: 'student' });
    expect(r.warnings).toEqual([{ code: 'PROFILE_STARTS_AFTER_DUES_START', params: { duesStart: '2025-05' } }]);
  });
});

describe('dues.monthSheet', () => {
  it('lists who owes what for a month, with a member lacking a profile shown but not counted', async () => {
    const b = await backend();
    await branch2025(b);
    await addMember(b, '无标准');
    const s = await must(b, 'dues.monthSheet', { month: '2025-05', asOf: '2026-01' });
    expect(s.rows.map((r) => [r.name, r.status, r.dueFen])).toEqual([
      ['王芳', 'paid', 4_568],
      ['李强', 'paid', 2_500],
      ['张伟', 'paid', 50],
      ['刘洋', 'unpaid', 20],
      ['陈静', 'paid', 1_500],
      ['无标准', 'no-profile', null],
    ]);
    expect(s.totals).toMatchObject({ members: 6, noProfile: 1, dueFen: 8_638, paidFen: 8_618, outstandingFen: 20 });
  });
});

describe('dues.register and dues.exportXlsx', () => {
  it('words the 登记表 for a quarter with totals equal to the rows, and exports numbers with two decimals', async () => {
    const b = await backend();
    await branch2025(b);
    const doc = await must(b, 'dues.register', { period: { kind: 'quarter', year: 2025, quarter: 3 }, asOf: '2026-01' });
    expect(doc).toMatchObject({ title: '党费收缴登记表', periodLabel: '2025年第三季度', orgName: '中共示范单位第一支部委员会' });
    const due = doc.columns.findIndex((c) => c.header === '应交');
    expect(doc.rows.reduce((a, r) => a + (r[due]?.fen ?? 0), 0)).toBe(doc.totals[due]?.fen);
    expect(doc.totals[due]).toEqual({ text: '482.10', fen: 36_000 + 7_500 + 150 + 60 + 4_500 });
    const wang = doc.rows.find((r) => r[1]?.text === '王芳')!;
    expect(wang.map((c) => c.text)).toEqual(['1', '王芳', '正式党员', '在职（按月领取工资）', '8000.00', '1.5%', '360.00', '360.00', '0.00', '500.00', '7月5日', '', '2025年9月', '欠交3个月以上，请督促']);
    expect(doc.rows.find((r) => r[1]?.text === '刘洋')?.at(-1)?.text).toBe('连续6个月以上未交，提请支委会研究');

    const file = await must(b, 'dues.exportXlsx', { period: { kind: 'quarter', year: 2025, quarter: 3 }, asOf: '2026-01' });
    expect(file.fileName).toBe('党费收缴登记表-2025年第三季度.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('党费收缴登记表');
    expect(ws.getCell(3, 1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    const totalsRow = 4 + doc.rows.length;
    expect(ws.getCell(totalsRow, due + 1)).toMatchObject({ value: 482.1, numFmt: '#,##0.00' });
    expect(ws.getCell(totalsRow, 1).value).toBe('合计');
  });
});

describe('dues.receipt', () => {
  it('writes the amount in 大写 and names a 代交人', async () => {
    const b = await backend();
    const { wang, li } = await branch2025(b);
    const { payment } = await must(b, 'dues.recordPayment', { memberCode: wang, method: 'cash', fromMonth: '2025-10', toMonth: '2025-10', amountFen: 12_000, paidOn: '2025-11-02', paidByCode: li, kind: 'back-pay', receiptNo: 'DF-099' });
    const r = await must(b, 'dues.receipt', { paymentId: payment.id });
    expect(r).toMatchObject({ amountFigures: '¥120.00', amountCapital: '壹佰贰拾元整', handedInBy: '李强', item: '2025年10月党费（补交）', receiptNo: 'DF-099', dateText: '2025年11月2日' });
  });
});
