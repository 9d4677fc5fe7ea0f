import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { createStoreViaApi, must, openMainPage, printToPdf, type RunningApp, screenshot, startApp, TEST_BRANCH } from './support';

/** Twelve members; 周新 joined this spring and is still 预备党员. */
const MEMBERS = ['王芳', '李强', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '吴敏', '孙浩', '朱琳', '周新'];
const today = () => new Date().toISOString().slice(0, 10);
const YEAR = Number(today().slice(0, 4));

/** Paper ballots per member, in the printed order 优秀 合格 基本合格 不合格 (12 collected). */
const TALLIES: Record<string, [number, number, number, number]> = {
  王芳: [9, 3, 0, 0],
  李强: [8, 4, 0, 0],
  张伟: [7, 5, 0, 0],
  刘洋: [6, 5, 1, 0],
  陈静: [5, 6, 1, 0],
};

/**
 * 民主评议 in browser mode: open a year through the UI, count ballots by keyboard (Tab across,
 * Enter down), see a miscount refused under its cell with nothing saved, push 优秀 past one
 * third and back, change the share, print the 测评表 and the results, and find the results in
 * the yearly report.
 */
describe('民主评议党员 (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  const codes = new Map<string, string>();
  const grid = () => page.getByTestId('appraisal-grid');
  const row = (name: string) => grid().locator('tr[data-row]', { hasText: name });
  /** The line under a row where the backend's issues appear, each under its cell. */
  const issuesOf = (name: string) => grid().locator(`tr[data-issues-for="${codes.get(name)}"]`);
  const cell = (name: string, column: string) => page.getByLabel(`${name}的${column}`, { exact: true });
  const saved = async (name: string) => expect.poll(() => row(name).getAttribute('data-status')).toBe('saved');
  const listed = async () => (await must(backend.call('appraisal.list', { year: YEAR }))).rows;
  const resultOf = async (name: string) => (await listed()).find((r) => r.name === name)?.result ?? null;
  const button = (label: string) => page.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        for (const [i, name] of MEMBERS.entries()) {
          const probationary = name === '周新';
          const fields = probationary
            ? { name, gender: '2' as const, joinDate: `${YEAR}-03-01` }
            : { name, gender: i % 2 ? ('2' as const) : ('1' as const), joinDate: '2010-07-01', fullDate: '2011-07-01' };
          const m = await must(b.call('members.create', { fields, addition: probationary ? { kind: 'develop', date: `${YEAR}-03-01` } : { kind: 'import', date: `${YEAR}-01-02` } }));
          codes.set(name, m.code);
        }
      },
    });
    ({ backend, page } = app);
    await openMainPage(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens a year after saying what opening does, and lists the twelve members', async () => {
    await page.getByRole('menuitem', { name: '民主评议' }).click();
    await page.getByText('还没有开始过民主评议。').waitFor();
    await button('开始新年度评议').first().click();
    const dialog = page.getByRole('dialog', { name: '开始新年度民主评议' });
    await dialog.getByText('参评党员：开始日期当天在册的党员').waitFor();
    await expect(dialog.getByLabel('评议年度').inputValue()).resolves.toBe(String(YEAR));
    await expect(dialog.getByRole('radio', { name: '三分之一（一般规定）' }).isChecked()).resolves.toBe(true);
    await screenshot(page, 'appraisal-01-open-year', { fullPage: false });
    await dialog.getByRole('button', { name: '开始评议' }).click();
    await page.getByText(`${YEAR}年度民主评议已开始。`).waitFor();
    await grid().waitFor();
    await expect(grid().locator('tr[data-row]').allInnerTexts()).resolves.toHaveLength(12);
    for (const name of MEMBERS) await row(name).waitFor();
    await row('周新').getByText('预备').waitFor();
    await expect(page.getByLabel('收回测评表', { exact: true }).inputValue()).resolves.toBe('12');
    await expect(must(backend.call('appraisal.years', {}))).resolves.toMatchObject([{ year: YEAR, excellentCapPercent: 33, closedOn: null }]);
  });

  it('takes the ballot counts by keyboard: Tab across a row, Enter to the next, each row saved as it is left', async () => {
    await cell('王芳', '民主测评票（测评表） 优秀').click();
    for (const name of Object.keys(TALLIES)) {
      const counts = TALLIES[name]!;
      // The last box is left empty, as on paper when nobody ticked 不合格: it counts as 0.
      for (const [i, n] of counts.entries()) {
        if (i < 3 || n > 0) await page.keyboard.type(String(n));
        await page.keyboard.press(i < 3 ? 'Tab' : 'Enter');
      }
    }
    // Enter left the cursor in the next row's first box.
    await expect(cell('杨帆', '民主测评票（测评表） 优秀').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    for (const name of Object.keys(TALLIES)) await saved(name);
    await row('王芳').getByText('相符').waitFor();
    await row('刘洋').getByText('相符').waitFor();
    await expect(cell('王芳', '民主测评票（测评表） 不合格').inputValue()).resolves.toBe('0');
    await expect(resultOf('李强')).resolves.toMatchObject({ ballots: { excellent: 8, qualified: 4, basic: 0, unqualified: 0, voters: 12 }, verdict: null });
    await screenshot(page, 'appraisal-02-tallies', { fullPage: true });
  });

  it('refuses a miscount under the total and a bad number under its cell, saving nothing, until corrected', async () => {
    await cell('杨帆', '民主测评票（测评表） 优秀').click();
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await issuesOf('杨帆').getByText('合计 13 张，多于收回的 12 张，请核对票数。').waitFor();
    // The grid names the miscount as soon as it is typed; the backend's refusal follows.
    await expect.poll(() => row('杨帆').getAttribute('data-status')).toBe('error');
    await expect(resultOf('杨帆')).resolves.toBeNull();
    // The typed numbers stay for the secretary to correct.
    await expect(cell('杨帆', '民主测评票（测评表） 合格').inputValue()).resolves.toBe('4');

    await cell('赵磊', '民主测评票（测评表） 优秀').click();
    await page.keyboard.type('2.5');
    await page.keyboard.press('Enter');
    await issuesOf('赵磊').getByText('票数应是 0 或正整数，请重新填写。').waitFor();
    await expect(resultOf('赵磊')).resolves.toBeNull();
    await screenshot(page, 'appraisal-03-refused', { fullPage: false });

    await cell('杨帆', '民主测评票（测评表） 合格').fill('3');
    await page.keyboard.press('Enter');
    await saved('杨帆');
    await expect.poll(() => issuesOf('杨帆').count()).toBe(0);
    await cell('赵磊', '民主测评票（测评表） 优秀').fill('2');
    await page.keyboard.press('Enter');
    await saved('赵磊');
    await row('赵磊').getByText('少 10 张').waitFor();
    await expect(resultOf('杨帆')).resolves.toMatchObject({ ballots: { excellent: 9, qualified: 3 } });
    await expect(resultOf('赵磊')).resolves.toMatchObject({ ballots: { excellent: 2, qualified: 0 } });
  });

  it('warns when 优秀 exceeds one third of the twelve (five of at most four), and clears when corrected', async () => {
    // Enter goes down the column the secretary started in: one key per verdict.
    await cell('王芳', '组织评定').click();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    }
    for (const name of Object.keys(TALLIES)) await saved(name);
    const warning = page.getByTestId('excellent-over-cap');
    await warning.getByText('评定为优秀的 5 名，超过参评党员 12 名的三分之一（最多 4 名），超出 1 名。').waitFor();
    await page.getByText('评定为优秀的 5 名，占参评党员的 41.7%。').waitFor();
    await expect(resultOf('陈静')).resolves.toMatchObject({ verdict: 'excellent' });
    await screenshot(page, 'appraisal-04-over-cap', { fullPage: false });

    await cell('陈静', '组织评定').click();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await saved('陈静');
    await expect.poll(() => warning.count()).toBe(0);
    await page.getByText('评定为优秀的 4 名，占参评党员的 33.3%。').waitFor();
    await expect(resultOf('陈静')).resolves.toMatchObject({ verdict: 'qualified' });
  });

  it('takes 自评, 互评 and the feedback date, and names who still has no verdict', async () => {
    await cell('王芳', '自评').click();
    await page.keyboard.press('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(today());
    await page.keyboard.press('Enter');
    await saved('王芳');
    await expect(resultOf('王芳')).resolves.toMatchObject({ selfGrade: 'qualified', verdict: 'excellent', feedbackOn: today() });

    await page.getByText('党员互评票', { exact: true }).click();
    await cell('王芳', '党员互评票 优秀').click();
    for (const n of ['10', '2', '0', '0']) {
      await page.keyboard.type(n);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await saved('王芳');
    await expect(resultOf('王芳')).resolves.toMatchObject({ peer: { excellent: 10, qualified: 2 }, ballots: { excellent: 9 } });

    // The rest get 合格, by the menu this time (a mouse user's way).
    for (const name of ['杨帆', '赵磊', '黄丽', '吴敏', '孙浩']) {
      await cell(name, '组织评定').click();
      await page.locator('.ant-dropdown:visible').getByRole('menuitem', { name: /^2\s*合格$/ }).click();
    }
    await page.getByTestId('appraisal-summary').click({ position: { x: 5, y: 5 } });
    await saved('孙浩');
    await page.getByTestId('appraisal-pending').getByText('尚未评定：朱琳、周新').waitFor();
    await screenshot(page, 'appraisal-05-summary', { fullPage: true });
  });

  it('exposes the 优秀 share: set to 25% the warning returns (4 of at most 3), back to one third it clears', async () => {
    await button('修改上限').click();
    const dialog = page.getByRole('dialog', { name: `${YEAR}年度“优秀”比例上限` });
    await dialog.getByRole('radio', { name: '按本地规定的百分比' }).click();
    await dialog.getByRole('spinbutton', { name: '百分比' }).fill('25');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByTestId('excellent-over-cap').getByText('超过参评党员 12 名的25%（最多 3 名）').waitFor();
    await button('修改上限').click();
    await dialog.getByRole('radio', { name: '三分之一（一般规定）' }).click();
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('“优秀”比例上限为三分之一，最多 4 名').waitFor();
    await expect.poll(() => page.getByTestId('excellent-over-cap').count()).toBe(0);
  });

  it('prints the 测评表 on one A4 sheet with the branch, the year, the instructions and every member', async () => {
    await button('打印测评表').click();
    await page.getByTestId('print-preview').waitFor();
    await page.getByTestId('print-preview').getByTestId('ballot-sheet').waitFor();
    await screenshot(page, 'appraisal-06-ballot-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'appraisal-ballot');
    expect(pages).toHaveLength(1);
    expect(text).toContain(`${YEAR}年度民主评议党员测评表`);
    expect(text).toContain(TEST_BRANCH.name);
    expect(text).toContain('每人只选一个等次');
    expect(text).toContain('三分之一');
    for (const name of MEMBERS) expect(text, name).toContain(name);
    expect(text, 'only the form prints, not the app').not.toContain('逐人录入');
    await button('返回').click();
  });

  it('prints the results table with every member, the tallies, the verdicts and the signature lines', async () => {
    await button('打印结果汇总表').click();
    await page.getByTestId('print-preview').getByTestId('results-sheet').first().waitFor();
    await screenshot(page, 'appraisal-07-results-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'appraisal-results', { landscape: true });
    expect(pages).toHaveLength(1);
    expect(text).toContain(`${YEAR}年度民主评议党员结果汇总表`);
    for (const name of MEMBERS) expect(text, name).toContain(name);
    const line = (name: string) => text.split('\n').find((l) => l.includes(name)) ?? '';
    // 王芳: 自评 合格, 互评 10 2 0 0, 测评 9 3 0 0, 优秀, the feedback date.
    expect(line('王芳').split(/\s+/).filter(Boolean)).toEqual(['1', '王芳', '合格', '10', '2', '0', '0', '9', '3', '0', '0', '优秀', today()]);
    expect(line('刘洋')).toMatch(/6\s+5\s+1\s+0\s+优秀/);
    expect(line('赵磊')).toMatch(/2\s+0\s+0\s+0\s+合格/);
    expect(text).toMatch(/优秀\s*4\s*名，合格\s*6\s*名/);
    expect(text).toContain('监票人（签字）');
    expect(text).toContain('党支部书记（签字）');
    expect(text).toMatch(/第\s*1\s*页\s*共\s*1\s*页/);
    await button('返回').click();
  });

  it('feeds the yearly report, refuses to close while verdicts are missing, then closes read-only', async () => {
    const report = await must(backend.call('reports.compute', { period: String(YEAR) }));
    const names = (key: string) => report.figures[key]?.items.map((i) => i.name).sort();
    expect(report.figures['appraisal.excellent']?.value).toBe(4);
    expect(names('appraisal.excellent')).toEqual(['刘洋', '张伟', '李强', '王芳'].sort());
    expect(report.figures['appraisal.qualified']?.value).toBe(6);

    await button('结束本年度评议').click();
    await page.getByRole('button', { name: '结束评议' }).click();
    await page.getByText('还有 2 名党员没有评定结果，不能结束：朱琳、周新。').waitFor();
    for (const name of ['朱琳', '周新']) {
      await cell(name, '组织评定').click();
      await page.keyboard.press('2');
      await page.keyboard.press('Enter');
      await saved(name);
    }
    await button('结束本年度评议').click();
    await page.getByRole('button', { name: '结束评议' }).click();
    await page.getByText(`${YEAR}年度民主评议已结束。`).waitFor();
    await page.getByText('本年度评议已于').waitFor();
    await expect(cell('王芳', '组织评定').isDisabled()).resolves.toBe(true);
    const after = await must(backend.call('reports.compute', { period: String(YEAR) }));
    expect([after.figures['appraisal.appraised']?.value, after.figures['appraisal.pending']?.value]).toEqual([12, 0]);
    // The yearly report's 第八表 shows them.
    const doc = await must(backend.call('reports.document', { period: String(YEAR) }));
    const t8 = doc.tables.find((table) => table.title.includes('民主评议党员情况'));
    expect(t8?.rows.map((r) => [r.label, r.cells[0]?.value])).toEqual([
      ['参加民主评议的党员', 12],
      ['优秀', 4],
      ['合格', 8],
      ['基本合格', 0],
      ['不合格', 0],
      ['尚未评定', 0],
    ]);
    await screenshot(page, 'appraisal-08-closed', { fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});

/** 42 distinct names: 7 surnames × 6 given names. */
const BIG_BRANCH = ['王', '李', '张', '刘', '陈', '杨', '赵'].flatMap((s) => ['建国', '秀英', '志强', '海燕', '明', '丽娟'].map((g) => s + g));

/**
 * A branch of 42 (close to the 50 a branch should not exceed): the 测评表 still fits one sheet,
 * in two columns of members; the results run onto numbered pages with the signatures once, at the end.
 */
describe('民主评议 prints for a branch of 42', () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        const codes: string[] = [];
        for (const name of BIG_BRANCH) {
          const m = await must(b.call('members.create', { fields: { name, gender: '1', joinDate: '2012-07-01', fullDate: '2013-07-01' }, addition: { kind: 'import', date: `${YEAR}-01-02` } }));
          codes.push(m.code);
        }
        await must(b.call('appraisal.open', { year: YEAR, openedOn: today() }));
        for (const [i, code] of codes.entries()) {
          const verdict = i < 14 ? 'excellent' : 'qualified';
          await must(b.call('appraisal.record', { year: YEAR, memberCode: code, ballots: { excellent: 20, qualified: 20, basic: 2, unqualified: 0 }, verdict }));
        }
      },
    });
    page = app.page;
    await openMainPage(app);
    await page.getByRole('menuitem', { name: '民主评议' }).click();
    await page.getByTestId('appraisal-grid').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('puts all 42 on one 测评表 sheet, in two columns', async () => {
    await page.getByRole('button', { name: /打印测评表/ }).click();
    await page.getByTestId('print-preview').getByTestId('ballot-sheet').waitFor();
    const { text, pages } = await printToPdf(page, 'appraisal-ballot-42');
    expect(pages).toHaveLength(1);
    for (const name of BIG_BRANCH) expect(text, name).toContain(name);
    // Two blocks side by side: 1 and 22 open the first line of members.
    expect(text).toMatch(/\b1\s+王建国.*\b22\s+刘海燕/);
    await page.getByRole('button', { name: /返\s?回/ }).click();
  });

  it('prints the results on three numbered landscape pages, the signatures once at the end', async () => {
    await page.getByRole('button', { name: /打印结果汇总表/ }).click();
    await page.getByTestId('print-preview').getByTestId('results-sheet').first().waitFor();
    const { text, pages } = await printToPdf(page, 'appraisal-results-42', { landscape: true });
    expect(pages).toHaveLength(3);
    pages.forEach((p, i) => expect(p.replace(/\s+/g, '')).toContain(`第${i + 1}页共3页`));
    for (const name of BIG_BRANCH) expect(text, name).toContain(name);
    expect(text.match(/党支部书记（签字）/g)).toHaveLength(1);
    expect(pages[2]).toContain('党支部书记（签字）');
    expect(pages[2]!.replace(/\s+/g, '')).toContain('优秀14名，合格28名');
    expect(app.pageErrors).toEqual([]);
  });
});
