import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { createStoreViaApi, must, openMainPage, OUTPUT_DIR, printToPdf, type RunningApp, screenshot, startApp } from './support';

/** 'YYYY-MM' n months from now: the ledger's overdue months are reckoned against today's month. */
function monthFromNow(n: number): string {
  const d = new Date();
  const i = d.getFullYear() * 12 + d.getMonth() + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
const M = monthFromNow(0);
const monthName = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;

type Basis = { category: 'employed' | 'annual-salary' | 'retired' | 'farmer' | 'student'; baseFen?: number; fixedFen?: number; from?: string };

/** Ten members across the brackets (due this month in the comment); 孙梅's basis is set through the UI. */
const MEMBERS: [string, Basis | null][] = [
  ['王建国', { category: 'employed', baseFen: 456_789 }], // 1%: 45.68
  ['李秀英', { category: 'employed', baseFen: 280_000 }], // 0.5%: 14.00
  ['张伟', { category: 'employed', baseFen: 800_000 }], // 1.5%: 120.00
  ['刘芳', { category: 'annual-salary', baseFen: 1_200_000 }], // 2%: 240.00
  ['陈明', { category: 'retired', baseFen: 400_000 }], // 0.5%: 20.00
  ['杨帆', { category: 'retired', baseFen: 600_000 }], // 1%: 60.00
  ['赵磊', { category: 'farmer', fixedFen: 50 }], // 0.50
  ['黄丽', { category: 'student' }], // 0.20
  ['周涛', { category: 'employed', baseFen: 100_100, from: monthFromNow(-3) }], // 1001.00 × 0.5% = 5.005 → 5.01; 3 months behind
  ['吴强', { category: 'employed', baseFen: 350_000, from: monthFromNow(-6) }], // 1%: 35.00; 6 months behind
  ['孙梅', null], // retired 3000, reduced to 5.00 with the approval (through the UI)
];
const MONTH_DUE_FEN = 4_568 + 1_400 + 12_000 + 24_000 + 2_000 + 6_000 + 50 + 20 + 501 + 3_500 + 500;

/**
 * 党费 in browser mode: the month's ledger with the brackets explained, a basis with a hardship
 * reduction set through the form, one payment by keyboard, refused bad input that changes
 * nothing, the month's round, totals to the fen, the arrears flags at 3 and 6 months, the
 * printed 登记表 and 收据, and the Excel export.
 */
describe('党费 (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  const codes = new Map<string, string>();
  const sheet = async () => must(backend.call('dues.monthSheet', { month: M }));
  const row = (name: string) => page.getByTestId('dues-month-table').locator('tr.ant-table-row').filter({ has: page.getByRole('button', { name, exact: true }) });
  const dialog = () => page.getByRole('dialog');
  const button = (label: string) => page.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        for (const [name, basis] of MEMBERS) {
          const m = await must(b.call('members.create', { fields: { name, gender: '1', joinDate: '2010-06-30', fullDate: '2011-06-30' }, addition: { kind: 'import', date: `${M}-01` } }));
          codes.set(name, m.code);
          if (basis) await must(b.call('dues.setProfile', { memberCode: m.code, fromMonth: basis.from ?? M, category: basis.category, baseFen: basis.baseFen ?? null, fixedFen: basis.fixedFen ?? null }));
        }
      },
    });
    ({ backend, page } = app);
    await openMainPage(app);
    await page.getByRole('menuitem', { name: '党费' }).click();
    await page.getByRole('heading', { name: '党费收缴', level: 2 }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the month’s ledger with each member’s basis, and explains an amount by its bracket', async () => {
    await row('王建国').waitFor();
    await expect(page.getByTestId('dues-month-table').locator('tr.ant-table-row').count()).resolves.toBe(MEMBERS.length);
    await expect(row('孙梅').getByText('未定标准').isVisible()).resolves.toBe(true);
    await row('王建国').getByTestId('dues-due').hover();
    await page.getByRole('tooltip').getByText('属于“3000元以上至5000元（含）”一档，按1%交纳', { exact: false }).waitFor();
    await screenshot(page, 'dues-01-month', { fullPage: false });
    // From the keyboard too: focus opens the same explanation.
    await row('周涛').getByTestId('dues-due').focus();
    await page.getByRole('tooltip').getByText('1001.00元 × 0.5% = 5.01元（四舍五入到分）', { exact: false }).waitFor();
    await row('周涛').getByTestId('dues-due').blur();
  });

  it('sets a basis with a hardship reduction, refusing it without the approval', async () => {
    await row('孙梅').getByRole('button', { name: '设置交纳标准' }).click();
    await dialog().getByLabel('交纳类别').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="离退休"]').click();
    await dialog().getByLabel('月计算基数').fill('3000');
    await dialog().getByText('5000元以下（含5000元）', { exact: false }).waitFor();
    await dialog().getByText('困难少交').click();
    await dialog().getByLabel('少交后每月金额').fill('5');
    await dialog().getByLabel('上级党委批准文号').fill('');
    await dialog().getByRole('button', { name: /保\s?存/ }).click();
    await dialog().getByText('少交、免交须经上一级党委批准，请填写批准文号。').waitFor();
    expect((await sheet()).rows.find((r) => r.name === '孙梅')?.status).toBe('no-profile');
    await dialog().getByLabel('上级党委批准文号').fill('机关党委〔2026〕5号');
    await screenshot(page, 'dues-02-profile', { fullPage: false });
    await dialog().getByRole('button', { name: /保\s?存/ }).click();
    await row('孙梅').getByText('少交').waitFor();
    const profile = await must(backend.call('dues.profile', { memberCode: codes.get('孙梅')! }));
    expect(profile.current).toMatchObject({ category: 'retired', baseFen: 300_000, reduction: 'reduced', fixedFen: 500, approvalRef: '机关党委〔2026〕5号' });
    await expect(page.getByTestId('dues-total-due').textContent()).resolves.toBe(`${(MONTH_DUE_FEN / 100).toFixed(2)}元`);
  });

  it('records one payment by keyboard, the amount filled in with what the month owes', async () => {
    await button('登记交纳').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dues-pay_memberCode');
    await page.keyboard.type('王建国');
    // The search runs once typing pauses: Enter takes the first match once the list has narrowed to it.
    await expect.poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').allTextContents()).toEqual([expect.stringContaining('王建国')]);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().getByLabel('金额').inputValue()).toBe('45.68');
    await dialog().getByTestId('dues-pay-owed').getByText('所选 1 个月尚欠 45.68元').waitFor();
    await dialog().getByLabel('收据号').fill('DF-001');
    await screenshot(page, 'dues-03-pay', { fullPage: false });
    await page.keyboard.press('Enter');
    await page.getByTestId('dues-pay-done').getByText(`已登记：王建国 ${monthName(M)}党费 45.68元。`).waitFor();
    await row('王建国').getByText('已交').waitFor();
    expect((await sheet()).rows.find((r) => r.name === '王建国')).toMatchObject({ paidFen: 4_568, receiptNos: ['DF-001'], paidTo: M });
  });

  it('refuses a negative or non-numeric amount, and months already paid, with the reason, changing nothing', async () => {
    const before = await sheet();
    await row('李秀英').getByRole('button', { name: '登记李秀英的党费' }).click();
    const amount = dialog().getByLabel('金额');
    await expect.poll(() => amount.inputValue()).toBe('14.00');
    for (const [typed, reason] of [
      ['-5', '金额不能是负数。'],
      ['十四元', '金额只能是数字，如 45 或 45.68。'],
      ['12.345', '金额最多到分（小数点后两位），如 45.68。'],
    ] as const) {
      await amount.fill(typed);
      await dialog().getByRole('button', { name: /登\s?记/ }).click();
      await dialog().getByText(reason).waitFor();
    }
    await screenshot(page, 'dues-04-bad-amount', { fullPage: false });
    await dialog().getByRole('button', { name: /取\s?消/ }).click();

    await row('王建国').getByRole('button', { name: '登记王建国的党费' }).click();
    await expect.poll(() => dialog().getByLabel('金额').inputValue()).toBe('');
    await dialog().getByLabel('金额').fill('45.68');
    await dialog().getByRole('button', { name: /登\s?记/ }).click();
    await dialog().getByText('所选月份已经交足，不能重复登记。', { exact: false }).waitFor();
    await expect(dialog().getByText('有些内容填写得不对，没有保存。').isVisible()).resolves.toBe(true);
    await screenshot(page, 'dues-05-already-paid', { fullPage: false });
    await dialog().getByRole('button', { name: /取\s?消/ }).click();
    expect(await sheet()).toEqual(before);
  });

  it('records the month’s round for the chosen members at the amounts due, and the totals add up to the fen', async () => {
    await page.getByTestId('dues-month-table').locator('thead .ant-checkbox-input').check();
    await button(`按应交金额登记本月（已选 ${MEMBERS.length} 人）`).click();
    await dialog().getByLabel('起始收据号（选填）').fill('DF-002');
    const rest = MONTH_DUE_FEN - 4_568;
    await dialog().getByTestId('dues-round-total').getByText(`共 ${MEMBERS.length - 1} 人，合计 ${(rest / 100).toFixed(2)}元`).waitFor();
    await dialog().getByText('以下党员本月无需登记：王建国（已交）').waitFor();
    await dialog().getByRole('cell', { name: `DF-0${MEMBERS.length}` }).waitFor();
    await screenshot(page, 'dues-06-round', { fullPage: false });
    await dialog().getByRole('button', { name: `确认登记 ${MEMBERS.length - 1} 人，合计 ${(rest / 100).toFixed(2)}元` }).click();
    await page.getByText(`已登记${monthName(M)}党费 ${MEMBERS.length - 1} 人，合计 ${(rest / 100).toFixed(2)}元。`).waitFor();

    const total = `${(MONTH_DUE_FEN / 100).toFixed(2)}元`;
    await expect.poll(() => page.getByTestId('dues-total-paid').textContent()).toBe(total);
    await expect(page.getByTestId('dues-total-due').textContent()).resolves.toBe(total);
    await expect(page.getByTestId('dues-total-outstanding').textContent()).resolves.toBe('0.00元');
    await expect(page.getByTestId('dues-table-paid').textContent()).resolves.toBe((MONTH_DUE_FEN / 100).toFixed(2));
    const s = await sheet();
    expect(s.totals).toMatchObject({ dueFen: MONTH_DUE_FEN, paidFen: MONTH_DUE_FEN, outstandingFen: 0 });
    expect(s.rows.every((r) => r.status === 'paid')).toBe(true);
    expect(s.rows.find((r) => r.name === '黄丽')?.receiptNos).toEqual(['DF-008']);
    await page.getByRole('heading', { name: '党费收缴', level: 2 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'dues-07-month-paid', { fullPage: false });
  });

  it('flags 周涛 at 3 months behind (a reminder) and 吴强 at 6 (for the committee), and changes no membership', async () => {
    await page.getByTestId('dues-arrears-alert').getByText('1 人欠交3个月以上，请督促；1 人连续6个月以上未交，提请支委会研究。', { exact: false }).waitFor();
    await row('周涛').getByTestId('arrears-reminder').getByText('欠交3个月·请督促').waitFor();
    await row('吴强').getByTestId('arrears-committee').getByText('提请支委会研究').waitFor();
    await page.getByRole('tab', { name: '欠交名单' }).click();
    const list = page.getByTestId('dues-arrears');
    await list.getByRole('button', { name: '吴强' }).waitFor();
    await expect(list.locator('tr.ant-table-row').first().textContent()).resolves.toContain('吴强');
    await list.getByText('210.00').waitFor();
    await list.getByText('15.03').waitFor();
    await list.getByText('连续6个月未交，提请支委会研究').waitFor();
    await list.getByText(`${monthName(monthFromNow(-6))}至${Number(monthFromNow(-1).slice(5))}月`).or(list.getByText(`${monthName(monthFromNow(-6))}至${monthName(monthFromNow(-1))}`)).waitFor();
    await screenshot(page, 'dues-08-arrears', { fullPage: false });
    expect(await must(backend.call('members.get', { code: codes.get('吴强')! }))).toMatchObject({ membership: 'active' });
  });

  it('totals the year by month and quarter, exact to the fen', async () => {
    await page.getByRole('tab', { name: '收缴统计' }).click();
    const table = page.getByTestId('dues-totals');
    const monthRow = table.locator('tr.ant-table-row').filter({ hasText: new RegExp(`^${monthName(M)}`) });
    await monthRow.waitFor();
    await expect(monthRow.locator('td').nth(1).textContent()).resolves.toBe((MONTH_DUE_FEN / 100).toFixed(2));
    await expect(monthRow.locator('td').nth(2).textContent()).resolves.toBe((MONTH_DUE_FEN / 100).toFixed(2));
    const totals = await must(backend.call('dues.totals', { year: Number(M.slice(0, 4)) }));
    const yearRow = table.locator('tr.ant-table-row').last();
    await expect(yearRow.locator('td').nth(1).textContent()).resolves.toBe((totals.total.dueFen / 100).toFixed(2));
    expect(totals.months.reduce((a, m) => a + m.dueFen, 0)).toBe(totals.total.dueFen);
    await screenshot(page, 'dues-09-totals');
    await page.getByRole('tab', { name: '本月台账' }).click();
  });

  it('prints the month’s 党费收缴登记表 on A4 landscape with every member, the amounts, the totals and the signatures', async () => {
    await page.getByRole('button', { name: /打印登记表/ }).click();
    await page.locator('.ant-dropdown:visible').getByText(monthName(M), { exact: true }).click();
    await page.getByTestId('print-preview').waitFor();
    await expect.poll(() => button('打印').isEnabled()).toBe(true);
    await screenshot(page, 'dues-10-register-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'dues-register', { landscape: true });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('党费收缴登记表');
    for (const [name] of MEMBERS) expect(text, name).toContain(name);
    for (const amount of ['45.68', '14.00', '120.00', '240.00', '20.00', '60.00', '0.50', '0.20', '5.01', '35.00', '5.00']) expect(text, amount).toContain(amount);
    expect(flat).toContain(`应交党费${(MONTH_DUE_FEN / 100).toFixed(2)}元，实交${(MONTH_DUE_FEN / 100).toFixed(2)}元，欠交0.00元`);
    expect(flat).toContain('合计');
    expect(flat).toContain('支部书记（签字）');
    expect(flat).toContain('经批准少交');
    expect(flat).toContain('提请支委会研究');
    expect(text, 'only the register prints').not.toContain('欠交名单');
    expect(pages).toHaveLength(1);
    expect(flat).toContain('第1页共1页');
    await button('返回').click();
  });

  it('prints 王建国’s receipt with the amount in 大写 and the receipt number', async () => {
    await row('王建国').getByRole('button', { name: '王建国', exact: true }).click();
    await page.locator('.ant-drawer-title').getByText('党费明细：王建国').waitFor();
    await page.getByTestId('dues-member-paid-to').getByText(monthName(M)).waitFor();
    await screenshot(page, 'dues-11-member', { fullPage: false });
    await page.locator('.ant-drawer').getByRole('button', { name: /收\s?据/ }).click();
    await page.getByTestId('print-preview').waitFor();
    await expect.poll(() => button('打印').isEnabled()).toBe(true);
    await screenshot(page, 'dues-12-receipt-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'dues-receipt');
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('党费收据');
    expect(flat).toContain('肆拾伍元陆角捌分');
    expect(flat).toContain('¥45.68');
    expect(flat).toContain('DF-001');
    expect(flat).toContain(`${monthName(M)}党费`);
    expect(flat).toContain('此处裁开');
    expect(pages).toHaveLength(1);
    await button('返回').click();
    await page.keyboard.press('Escape');
  });

  it('exports the month’s register to Excel with the sums as numbers', async () => {
    await page.getByRole('button', { name: /导出Excel/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.ant-dropdown:visible').getByText(monthName(M), { exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`党费收缴登记表-${monthName(M)}.xlsx`);
    const path = join(OUTPUT_DIR, 'dues-register.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(3).values as unknown[]).map(String);
    const due = header.indexOf('应交');
    const totalsRow = 4 + MEMBERS.length;
    expect(ws.getRow(totalsRow).getCell(1).value).toBe('合计');
    const cells = Array.from({ length: MEMBERS.length }, (_, i) => Math.round(Number(ws.getRow(4 + i).getCell(due).value) * 100));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(MONTH_DUE_FEN);
    expect(Math.round(Number(ws.getRow(totalsRow).getCell(due).value) * 100)).toBe(MONTH_DUE_FEN);
  });

  it('raised no uncaught error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
