import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { addDays, seedReportBranch, type SeededBranch } from './reports-branch';
import { createStoreViaApi, must, openMainPage, OUTPUT_DIR, printToPdf, type RunningApp, screenshot, startApp, TEST_BRANCH } from './support';

const today = () => new Date().toISOString().slice(0, 10);


/**
 * The quarterly report in browser mode: the periods list and the setting, the quarter's report
 * in the template's layout with the names behind its figures, validation that refuses to submit
 * until the unusual figures are explained, submission and the lock, an unlock with a reason and
 * the corrected version with its changed cells, the printed report and the Excel file.
 */
describe('统计报表 (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  let seeded: SeededBranch;
  /** The day 李秀英 left, ten days before the quarter's end: missed at first, corrected after the unlock. */
  const outDate = () => addDays(seeded.quarter.end, -10);
  // antd spaces out two-character labels ("解 锁"); an icon's name may come first.
  const button = (label: string) => page.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });
  const cell = (figure: string) => page.getByTestId('report-screen').locator(`td[data-figure="${figure}"]`).first();
  const issue = (key: string) => page.locator(`[data-issue="${key}"]`);
  const figureDrawer = () => page.locator('.bd-figure-drawer .ant-drawer-section');
  const zhDate = (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
  /** 李秀英's record, reached from the report: the 女 figure lists her. */
  const openLi = async () => {
    await page.getByRole('tab', { name: '报表' }).click();
    await cell('members.byGender.2').getByRole('button').click();
    await figureDrawer().getByRole('button', { name: '李秀英' }).click();
    await page.locator('.ant-drawer-title').getByText('李秀英').waitFor();
  };
  /** Closes the member's drawer, then the names drawer under it, by their close buttons. */
  const closeDrawers = async () => {
    const open = page.locator('.ant-drawer-open');
    for (let n = await open.count(); n > 0; n--) {
      await open.last().locator('.ant-drawer-close').click();
      await expect.poll(() => open.count()).toBe(n - 1);
    }
  };
  const recordTransferOut = async (date: string) => {
    await button('记录变动').click();
    const dialog = page.getByRole('dialog', { name: /记录变动/ });
    await dialog.getByLabel('变动类别').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="组织关系转出"]').click();
    const input = dialog.getByLabel('日期', { exact: true });
    await input.click();
    await input.fill(date);
    await input.press('Enter');
    await dialog.getByRole('button', { name: /^记\s?录$/ }).click();
    return dialog;
  };
  /** Screenshots wait for the confirmation toasts to go, so they show the screen, not the toasts. */
  const quietToasts = () => expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 8000 }).toBe(0);

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        seeded = await seedReportBranch(b, today());
      },
    });
    ({ backend, page } = app);
    await openMainPage(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists the year’s periods with deadline and state, and saves which periods the branch reports', async () => {
    await page.getByRole('menuitem', { name: '统计报表' }).click();
    await page.locator('.ant-card-head-title').getByText('统计期', { exact: true }).waitFor();
    // In January the last quarter ended belongs to last year.
    if (seeded.quarter.year !== new Date().getFullYear()) await page.getByRole('button', { name: '上一年' }).click();
    const row = page.locator('tr', { hasText: seeded.quarter.label });
    await row.waitFor();
    await expect(row.locator('.ant-tag').textContent()).resolves.toMatch(/^(待上报|已逾期)$/);
    expect(await row.textContent()).toContain('年');

    await page.getByRole('checkbox', { name: '半年' }).check();
    await button('保存').click();
    await page.getByText('报送设置已保存。').waitFor();
    expect(await must(backend.call('reports.settings', {}))).toEqual({ kinds: ['quarter', 'half', 'year'], deadlineDays: 10 });
    await page.locator('tr', { hasText: `${seeded.quarter.year}年上半年` }).waitFor();
    await quietToasts();
    await screenshot(page, 'reports-01-periods', { fullPage: true });
  });

  it('opens the quarter in the template’s layout, each figure showing the names behind it', async () => {
    await page.locator('tr', { hasText: seeded.quarter.label }).getByRole('button', { name: /打开报表/ }).click();
    await page.getByTestId('report-screen').waitFor();
    const figures: Record<string, string> = {
      'previous.members.total': '5',
      'changes.additions.transfer-in': '1',
      'changes.removals.transfer-out': '1',
      'changes.removals.death': '1',
      'changes.full': '1',
      'members.total': '4',
      'members.probationary': '0',
      'meetings.theme-day.held': '3',
      'dues.outstandingFen': '450.00',
    };
    for (const [key, value] of Object.entries(figures)) await expect(cell(key).textContent(), key).resolves.toBe(value);
    await screenshot(page, 'reports-02-report', { fullPage: false });

    await cell('changes.removals.death').getByRole('button').click();
    await figureDrawer().getByText('赵德明').waitFor();
    await page.locator('.bd-figure-drawer').getByText('名单：死亡').waitFor();
    await page.keyboard.press('Escape');
    await cell('members.total').getByRole('button').click();
    for (const name of ['王建国', '李秀英', '张敏', '陈明']) await figureDrawer().getByRole('button', { name }).waitFor();
    await expect(figureDrawer().getByText('刘芳').count()).resolves.toBe(0);
    await screenshot(page, 'reports-03-drill-down', { fullPage: false });
    // A member in the list opens her record, as on the roster.
    await figureDrawer().getByRole('button', { name: '陈明' }).click();
    await page.locator('.ant-drawer-title').getByText('陈明').waitFor();
    await closeDrawers();
  });

  it('refuses to submit until the unusual figures are explained, saying why', async () => {
    await button('上报并锁定').click();
    const refusal = page.getByTestId('submit-refusal');
    await refusal.getByText('没有上报：还有2项提示尚未说明。').waitFor();
    await refusal.getByText(/党员总数由上期末5人减至4人/).waitFor();
    expect(await must(backend.call('reports.versions', { period: seeded.quarter.id }))).toEqual([]);
    await screenshot(page, 'reports-04-refused', { fullPage: false });

    await refusal.getByRole('button', { name: '查看校验与说明' }).click();
    await issue('MEMBERS_DROP').getByText('党员人数比上期末明显减少').waitFor();
    for (const name of ['刘芳', '赵德明']) await issue('MEMBERS_DROP').getByRole('button', { name }).waitFor();
    await issue('MEMBERS_DROP').getByLabel('情况说明').fill('本季度刘芳转出、赵德明同志去世，均已按规定办理。');
    await issue('MEMBERS_DROP').getByRole('button', { name: '保存说明' }).click();
    await issue('MEMBERS_DROP').getByText('说明已保存，将随报表报送').waitFor();
    await issue('MEETINGS_SHORT:committee').getByLabel('情况说明').fill('支委会与党员大会合并召开，未单独记录。');
    await issue('MEETINGS_SHORT:committee').getByRole('button', { name: '保存说明' }).click();
    await page.getByText('校验通过，2项提示均已说明，可以上报。').waitFor();
    await quietToasts();
    await screenshot(page, 'reports-05-explained', { fullPage: true });
  });

  it('submits after a confirmation that explains the lock, and shows the period locked', async () => {
    await button('上报并锁定').click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText(/上报后本期数据锁定/).waitFor();
    await confirm.getByRole('button', { name: '确认上报并锁定' }).click();
    await page.getByTestId('report-banner').getByText(/已上报第1版/).waitFor();
    await expect(page.getByTestId('period-state').textContent()).resolves.toBe('已上报');
    await expect(button('上报并锁定').count()).resolves.toBe(0);
    // The lock holds in every area: 李秀英's transfer-out dated inside the quarter is refused, saying why.
    await openLi();
    const record = await recordTransferOut(outDate());
    await record.getByText(`${zhDate(outDate())}在已上报的${seeded.quarter.label}统计期内，本期数据已锁定，这项修改没有保存。`).waitFor();
    await record.getByText(/点“解锁更正”并写明原因/).waitFor();
    await screenshot(page, 'reports-06-lock-refuses-change', { fullPage: false });
    await record.getByRole('button', { name: /取\s?消/ }).click();
    await closeDrawers();
    expect((await must(backend.call('members.get', { code: seeded.code['李秀英']! }))).membership).toBe('active');
    await page.getByRole('tab', { name: /校验与说明/ }).click();
    await expect(issue('MEMBERS_DROP').getByLabel('情况说明').count()).resolves.toBe(0);
    await issue('MEMBERS_DROP').getByText(/赵德明同志去世/).waitFor();
    await page.getByRole('tab', { name: '报表' }).click();
    await quietToasts();
    await screenshot(page, 'reports-06b-locked', { fullPage: false });
  });

  it('unlocks with an audited reason, and the corrected version marks only the changed cells', async () => {
    await button('解锁更正').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('解锁和原因会记入审计记录，不能删除。').waitFor();
    await expect(dialog.getByRole('button', { name: /解\s?锁/ }).isDisabled()).resolves.toBe(true);
    const reason = '李秀英本季度已转出，漏报';
    await dialog.getByLabel('解锁原因（必填）').fill(reason);
    await dialog.getByRole('button', { name: /解\s?锁/ }).click();
    await page.getByTestId('report-banner').getByText(/已解锁待更正/).waitFor();
    const audited = backend.session.requireStore().sqlite.prepare(`SELECT after FROM audit_log WHERE op = 'reports.unlock'`).pluck().all() as string[];
    expect(audited.map((a) => JSON.parse(a) as unknown)).toEqual([{ status: 'unlocked', reason }]);
    await expect(must(backend.call('audit.verify', {}))).resolves.toMatchObject({ ok: true });

    // The correction itself, from the report: her record, then the transfer-out that was missed.
    await openLi();
    await (await recordTransferOut(outDate())).waitFor({ state: 'hidden' });
    await closeDrawers();
    await expect.poll(() => cell('members.total').textContent()).toBe('3');
    // Back to the list and in again: the report is computed from the corrected records.
    await button('返回统计期列表').click();
    await page.locator('tr', { hasText: seeded.quarter.label }).getByText('已解锁待更正').waitFor();
    await page.locator('tr', { hasText: seeded.quarter.label }).getByRole('button', { name: /打开报表/ }).click();
    await expect.poll(() => cell('members.total').textContent()).toBe('3');
    await page.getByRole('tab', { name: /校验与说明/ }).click();
    await issue('MEMBERS_DROP').getByLabel('情况说明').fill('本季度刘芳、李秀英转出，赵德明同志去世，均已按规定办理。');
    await issue('MEMBERS_DROP').getByRole('button', { name: '保存说明' }).click();
    await issue('MEMBERS_DROP').getByText('说明已保存，将随报表报送').waitFor();

    await button('上报更正版本').click();
    await page.getByRole('dialog').getByText(/第2版（更正版本）/).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '确认上报并锁定' }).click();
    await page.getByTestId('report-banner').getByText(/已上报第2版/).waitFor();
    await expect(page.getByTestId('period-state').textContent()).resolves.toBe('已更正上报');

    await page.getByRole('tab', { name: /版本记录/ }).click();
    const diff = page.getByTestId('version-diff');
    await diff.getByText(`更正原因：${reason}`).waitFor();
    const changed = diff.getByTestId('changed-cell');
    await expect(diff.locator('td[data-figure="members.total"][data-testid="changed-cell"]').first().textContent()).resolves.toBe('4 → 3');
    await expect(diff.locator('td[data-figure="changes.removals.transfer-out"]').first().textContent()).resolves.toBe('1 → 2');
    // Unchanged figures in the same tables stay plain.
    await expect(diff.locator('td[data-figure="changes.full"]').first().getAttribute('data-testid')).resolves.toBeNull();
    const changedKeys = await changed.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-figure')));
    const backendKeys = new Set((await must(backend.call('reports.diff', { period: seeded.quarter.id, from: 1, to: 2 }))).figures.map((f) => f.key));
    for (const key of changedKeys) if (key) expect(backendKeys.has(key), key).toBe(true);
    await diff.getByText(/党员总数：4 → /).waitFor();
    await quietToasts();
    await screenshot(page, 'reports-07-diff', { fullPage: true });
  });

  it('prints the submitted version on numbered A4 pages with the branch, period, figures and explanations', async () => {
    await page.getByRole('tab', { name: '报表' }).click();
    await button('打印报表').click();
    await page.getByTestId('print-preview').waitFor();
    await quietToasts();
    await screenshot(page, 'reports-08-print-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'reports-quarter');
    const flat = text.replace(/\s+/g, '');
    for (const expected of [TEST_BRANCH.name, seeded.quarter.label, '党支部党员情况统计表', '第2版', '更正原因：李秀英本季度已转出，漏报', '填报人：单晓红', '情况说明', '均已按规定办理']) {
      expect(flat, expected).toContain(expected.replace(/\s+/g, ''));
    }
    expect(flat).toMatch(/本期末党员总数3/);
    expect(flat).toMatch(/上期末党员总数5/);
    expect(flat).toMatch(/组织关系转出2/);
    pages.forEach((p, i) => expect(p.replace(/\s+/g, ''), `page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`));
    expect(text, 'only the report prints, not the app').not.toContain('版本记录');
    await button('返回').click();
  });

  it('exports the report as an Excel workbook in the template’s layout', async () => {
    const download = page.waitForEvent('download');
    await button('导出Excel').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`党内统计-${seeded.quarter.label}-第2版.xlsx`);
    const path = join(OUTPUT_DIR, 'reports-quarter.xlsx');
    await file.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    let total: unknown = null;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '本期末党员总数') total = row.getCell(2).value;
    });
    expect(total).toBe(3);
    expect(String(ws.getCell(2, 1).value)).toContain(TEST_BRANCH.name);
  });

  it('shows the annual-statistics tables as a draft while the year runs, and will not submit before its end', async () => {
    const year = new Date().getFullYear();
    await button('返回统计期列表').click();
    if (seeded.quarter.year !== year) await page.getByRole('button', { name: '下一年' }).click();
    await page.locator('tr', { hasText: `${year}年度` }).getByRole('button', { name: /打开报表/ }).click();
    await page.getByTestId('report-screen').getByText('第二表 党员基本情况').waitFor();
    await expect(page.getByTestId('period-state').textContent()).resolves.toBe('进行中');
    await button('上报并锁定').click();
    await page.getByText(`统计期到${year}年12月31日才结束，结束后才能上报。`).waitFor();
    expect(await must(backend.call('reports.versions', { period: String(year) }))).toEqual([]);
    await screenshot(page, 'reports-09-annual-draft', { fullPage: false });

    await button('打印报表').click();
    await page.getByTestId('print-preview').waitFor();
    const { text, pages } = await printToPdf(page, 'reports-annual-draft');
    const flat = text.replace(/\s+/g, '');
    for (const expected of ['党内统计年报（支部版）', `${year}年度`, '草稿', '第一表（一）', '第二表', '第十四表', '附表', TEST_BRANCH.name]) expect(flat, expected).toContain(expected);
    pages.forEach((p, i) => expect(p.replace(/\s+/g, ''), `page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`));
    await button('返回').click();
  });

  it('raised no uncaught error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
