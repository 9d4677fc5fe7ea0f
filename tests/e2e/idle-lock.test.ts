import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_BRANCH, TEST_PASSPHRASE } from '../../db/test-support/temp-store';
import { screenshot, startApp, type RunningApp } from './support';

/**
 * Idle lock and the central LOCKED handling, with Playwright's fake clock so that "one
 * minute without activity" takes no real minute.
 */
describe('idle lock (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let page: Page;
  const ops: string[] = [];

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (backend) => {
        const created = await backend.call('store.create', { passphrase: TEST_PASSPHRASE, branch: SAMPLE_BRANCH });
        if (!created.ok) throw new Error(created.error.code);
        await backend.call('store.lock', {});
      },
    });
    page = app.page;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/invoke')) ops.push((JSON.parse(r.postData() ?? '{}') as { op: string }).op);
    });
    await page.clock.install();
    await page.goto(app.server.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function unlock(): Promise<void> {
    const field = page.getByLabel('口令', { exact: true });
    await field.fill(TEST_PASSPHRASE);
    await field.press('Enter');
    await page.locator('.bd-header').getByText(SAMPLE_BRANCH.name).waitFor();
  }

  it('tells the backend "still here" at most every 30 s while the user is busy', async () => {
    await page.getByRole('heading', { name: '请输入口令解锁' }).waitFor();
    await unlock();
    ops.length = 0;
    for (let i = 0; i < 14; i++) {
      await page.clock.fastForward(5_000);
      await page.mouse.wheel(0, 10);
    }
    const touches = ops.filter((op) => op === 'store.touch').length;
    // 70 s of constant activity: a touch at about 30 s and 60 s, never one per event.
    expect(touches).toBeGreaterThanOrEqual(2);
    expect(touches).toBeLessThanOrEqual(3);
    expect((await app.status()).state).toBe('unlocked');
  });

  it('saves a new lock delay from Settings', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    const minutes = page.getByLabel('多少分钟无人操作后自动锁定');
    await minutes.fill('1');
    await minutes.press('Enter');
    await page.getByText('已保存。').waitFor();
    expect((await app.status()).preferences.idleLockMinutes).toBe(1);
  });

  it('locks after the set minutes without activity, in the backend too, and says why', async () => {
    await page.clock.fastForward(65_000);
    await page.getByRole('heading', { name: '请输入口令解锁' }).waitFor();
    await page.getByText('为了安全，1 分钟没有操作，已自动锁定。').waitFor();
    expect((await app.status()).state).toBe('locked');
    await screenshot(page, '10-idle-locked');
  });

  it('goes to the unlock screen when any call meets LOCKED (locked behind the page’s back)', async () => {
    await unlock();
    await app.backend.call('store.lock', {});
    // Opening Settings loads the backup list: that call meets LOCKED.
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('heading', { name: '请输入口令解锁' }).waitFor();
    await page.getByText(/数据已经锁定（可能是太久没有操作），刚才的操作没有完成/).waitFor();
  });

  it('raised no uncaught error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
