import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { fontSizeOf, OUTPUT_DIR, screenshot, startApp, type RunningApp } from './support';

const PASSPHRASE = '我家门前有两棵枣树2026';
const NEW_PASSPHRASE = '太行山上红旗渠水长流';
const BRANCH = {
  name: '中共示范单位机关第一支部委员会',
  code: 'ZB-0001',
  parentName: '中共示范单位机关委员会',
  parentCode: 'DW-01',
  secretaryName: '单晓红',
  phone: '010-12345678',
};

/**
 * First run in Chinese, as a secretary would do it, against the real backend in browser
 * mode: wizard (with a half-filled branch form on the way), recovery sheet, main layout,
 * lock and unlock (a wrong passphrase first), language and text size, then the
 * forgotten-passphrase path with the recovery key.
 */
describe('first run (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  let recoveryKey = '';
  const status = () => app.status();

  beforeAll(async () => {
    app = await startApp();
    ({ backend, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens on the welcome step in Chinese, shows the data folder and the warning, and hides the token', async () => {
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: '欢迎使用支部工作台' }).waitFor();
    await expect(page.getByText('口令和恢复密钥是打开数据的唯一办法').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('数据保存位置').inputValue()).resolves.toBe(app.dir);
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await screenshot(page, '01-welcome');
  });

  it('rates the passphrase as it is typed and moves on when both entries match', async () => {
    await page.getByRole('button', { name: '开始设置' }).click();
    const first = page.getByLabel('口令', { exact: true });
    await first.fill('12345678');
    await page.getByText('很弱').waitFor();
    await first.fill(PASSPHRASE);
    await page.getByLabel('再次输入口令').fill(PASSPHRASE);
    await screenshot(page, '02-passphrase');
    await page.getByLabel('再次输入口令').press('Enter');
    await page.getByRole('heading', { name: '填写本支部信息' }).waitFor();
  });

  it('refuses a half-filled branch form with a message under each missing field, and creates nothing', async () => {
    await page.getByLabel('党组织全称').fill(BRANCH.name);
    await page.getByLabel('书记').fill(BRANCH.secretaryName);
    await page.getByRole('button', { name: '创建加密数据' }).click();
    await page.getByText('请填写组织编码。').waitFor();
    for (const text of ['请选择组织类型。', '请选择组织类别。', '请填写上级党组织名称。', '请填写上级党组织编码。']) {
      await expect(page.getByText(text).isVisible(), text).resolves.toBe(true);
    }
    await expect(page.getByText('有些内容填写得不对，没有保存。').isVisible()).resolves.toBe(true);
    await expect(page.getByText('请填写党组织全称。').count()).resolves.toBe(0);
    expect((await status()).state).toBe('setup');
    await screenshot(page, '03-branch-errors');
  });

  it('creates the store and shows the recovery key on a sheet that prints alone on one A4 page', async () => {
    await page.getByLabel('组织编码', { exact: true }).fill(BRANCH.code);
    await chooseOption(page, '组织类型', '党支部');
    await chooseOption(page, '组织类别', '④党政机关');
    await page.getByLabel('上级党组织名称').fill(BRANCH.parentName);
    await page.getByLabel('上级党组织编码').fill(BRANCH.parentCode);
    await page.getByLabel('联系电话（选填）').fill(BRANCH.phone);
    await page.getByLabel('联系电话（选填）').press('Enter');

    await page.getByRole('heading', { name: '打印恢复密钥' }).waitFor();
    const keyBox = page.locator('.bd-sheet-preview [data-testid="recovery-key"]');
    const groups = await keyBox.locator('.bd-sheet-key-group').allTextContents();
    expect(groups).toHaveLength(9);
    for (const g of groups) expect(g).toMatch(/^[0-9A-Z]{4}$/);
    recoveryKey = groups.join('-');
    await expect(page.locator('.bd-sheet-preview').getByText(BRANCH.name).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '进入系统' }).isDisabled()).resolves.toBe(true);
    expect((await status()).state).toBe('unlocked');
    await screenshot(page, '04-recovery-sheet');

    mkdirSync(OUTPUT_DIR, { recursive: true });
    const pdfPath = join(OUTPUT_DIR, 'recovery-sheet.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('恢复密钥单');
    expect(text).toContain(BRANCH.code);
    for (const g of groups) expect(text).toContain(g);
    expect(text, 'only the sheet prints, not the wizard around it').not.toContain('我已打印或抄写');
    expect(text.split('\f').filter((p) => p.trim() !== '')).toHaveLength(1);
  });

  it('enters the main layout only after the box is ticked, showing the branch and an intact audit trail', async () => {
    await page.getByText('我已打印或抄写恢复密钥并妥善保管').click();
    await page.getByRole('button', { name: '进入系统' }).click();
    await page.locator('.bd-header').getByText(BRANCH.name).waitFor();
    await expect(page.locator('.bd-header').getByText(`组织编码：${BRANCH.code}`).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '核验审计记录' }).click();
    await page.getByText(/审计记录完整：已核验 \d+ 条记录/).waitFor();
    await page.getByText('④党政机关').waitFor();
    // Every area of the menu has its page: none is disabled.
    await expect(page.locator('.bd-sider .ant-menu-item').count()).resolves.toBe(11);
    await expect(page.locator('.bd-sider .ant-menu-item-disabled').count()).resolves.toBe(0);
    await screenshot(page, '05-home');
  });

  it('locks, explains a wrong passphrase in Chinese, and unlocks with the right one', async () => {
    await page.getByRole('button', { name: '锁定' }).click();
    await page.getByRole('heading', { name: '请输入口令解锁' }).waitFor();
    expect((await status()).state).toBe('locked');
    const field = page.getByLabel('口令', { exact: true });
    await field.fill('不是这个口令123');
    await field.press('Enter');
    await page.getByText('口令不正确。').waitFor();
    await expect(page.getByText('忘记口令？使用恢复密钥').first().isVisible()).resolves.toBe(true);
    await screenshot(page, '06-wrong-passphrase');
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await page.locator('.bd-header').getByText(BRANCH.name).waitFor();
  });

  it('switches to English and back to Chinese at once', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('heading', { name: '设置' }).waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Display and language').waitFor();
    await expect(page.getByRole('button', { name: 'Lock' }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await status()).preferences.language).toBe('en');
    await screenshot(page, '07-english');
    await page.getByText('简体中文', { exact: true }).click();
    await page.getByText('显示与语言').waitFor();
    expect((await status()).preferences.language).toBe('zh-CN');
  });

  it('makes a backup on request and verifies it', async () => {
    await page.getByText('还没有备份。').waitFor();
    await page.getByRole('button', { name: '立即备份' }).click();
    await page.getByRole('cell', { name: '手动备份' }).waitFor();
    // antd spaces out two-character Chinese button labels ("校 验").
    await page.getByRole('button', { name: /^校\s?验$/ }).first().click();
    await page.getByText(/完好，可以使用（数据版本 \d+）/).waitFor();
  });

  it('makes the text larger when 大字 is chosen', async () => {
    const before = await fontSizeOf(page, '.bd-content .ant-card-head-title');
    const menuBefore = await fontSizeOf(page, '.bd-sider .ant-menu-title-content');
    await page.getByText('大字', { exact: true }).click();
    await expect.poll(() => fontSizeOf(page, '.bd-content .ant-card-head-title')).toBeGreaterThan(before);
    expect(await fontSizeOf(page, '.bd-sider .ant-menu-title-content')).toBeGreaterThan(menuBefore);
    expect(await page.evaluate(() => document.documentElement.classList.contains('bd-text-large'))).toBe(true);
    expect((await status()).preferences.textSize).toBe('large');
    await screenshot(page, '08-large-text-settings');
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.getByRole('button', { name: '核验审计记录' }).click();
    await page.getByText(/审计记录完整/).waitFor();
    await screenshot(page, '08-large-text-home', { fullPage: false });
  });

  it('opens with the recovery key and a new passphrase when the passphrase is forgotten', async () => {
    await page.getByRole('button', { name: '锁定' }).click();
    await page.getByRole('button', { name: '忘记口令？使用恢复密钥' }).click();
    await page.getByLabel('恢复密钥').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.getByLabel('新口令', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('再次输入新口令').fill(NEW_PASSPHRASE);
    await screenshot(page, '09-recover');
    await page.getByLabel('再次输入新口令').press('Enter');
    await page.locator('.bd-header').getByText(BRANCH.name).waitFor();
    await page.getByRole('button', { name: '锁定' }).click();
    const relock = await backend.call('store.unlock', { passphrase: NEW_PASSPHRASE });
    expect(relock.ok).toBe(true);
  });

  it('raised no uncaught error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

/** antd's Select is not a native <select>: open it by its label, then click the option. */
async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
}
