import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { idCheckCharacter } from '../../db/members/id-number';
import { createStoreViaApi, must, openMainPage, OUTPUT_DIR, printToPdf, type RunningApp, screenshot, startApp, TEST_BRANCH, TEST_PASSPHRASE } from './support';

const today = () => new Date().toISOString().slice(0, 10);
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

/** 单 is read shan as a surname: the pinyin initials are slj. Born 1985-03-12, female (17th digit even). */
const FORM_MEMBER = { name: '单丽娟', id: withCheck('32010219850312152'), initials: 'slj' };
const GOOD_ROWS = [
  { name: '张伟', gender: '男', ethnicity: '汉族', id: withCheck('11010519900501123'), birth: '1990-05-01', join: '2015-06-01', full: '2016-06-01' },
  { name: '刘芳', gender: '女', ethnicity: '回族', id: withCheck('44030619880815004'), birth: '1988-08-15', join: '2012-07-01', full: '2013-07-01' },
  { name: '陈明', gender: '男', ethnicity: '汉族', id: withCheck('51010719921120015'), birth: '1992-11-20', join: '2019-05-04', full: '2020-05-04' },
];
const BAD_CHECKSUM = withCheck('37020219750101003').slice(0, 17) + (withCheck('37020219750101003').endsWith('1') ? '2' : '1');
const SEEDED = ['王建国', '李秀英'];

/** A roster as secretaries keep it: a title and a date line above a header written their own way. */
async function buildRosterWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员名册');
  ws.addRow(['示范单位机关第一党支部党员名册']);
  ws.addRow(['填报日期：2026年6月']);
  ws.addRow(['序号', '姓  名', '性别', '民族', '公民身份号码', '出生年月', '文化程度', '人员类别', '入党时间', '转正时间', '联系电话']);
  GOOD_ROWS.forEach((r, i) => ws.addRow([i + 1, r.name, r.gender, r.ethnicity, r.id, r.birth, '大学本科', '专业技术人员', r.join, r.full, `1380000000${i}`]));
  ws.addRow([4, '赵强', '男', '汉族', BAD_CHECKSUM, '1975-01-01', '高中', '工人', '2000-07-01', '2001-07-01', '13900000004']);
  ws.addRow([5, FORM_MEMBER.name, '女', '汉族', FORM_MEMBER.id, '1985-03-12', '大学本科', '管理人员', '2010-07-01', '2011-07-01', '13900000005']);
  // Excel would turn an 18-digit number into 1.1E+17: the ID column is text, as it must be.
  ws.getColumn(5).numFmt = '@';
  await wb.xlsx.writeFile(path);
}

/**
 * The roster in browser mode: add a member through the form (the ID number fills birth date
 * and gender; a half-filled form is refused with messages), find her by pinyin initials,
 * record and cancel an event, import an .xlsx through the preview, print the roster and one
 * 采集表 to PDF, check the data, the structure page and renew the recovery key.
 */
describe('党员名册 (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  const total = async () => (await must(backend.call('members.list', { limit: 1 }))).total;
  const grid = () => page.getByTestId('roster-grid');
  /** The member form: the roster's filters behind it have the same labels (学历, 党小组 …). */
  const form = () => page.locator('.bd-member-form');
  // antd spaces out two-character labels ("保 存"); an icon's name may come first ("history 记录变动").
  const button = (label: string) => page.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        const group = await must(b.call('groups.save', { name: '第一党小组' }));
        const addition = { kind: 'import' as const, date: today() };
        await must(b.call('members.create', { fields: { name: SEEDED[0]!, gender: '1', groupCode: group.code, joinDate: '1998-07-01', fullDate: '1999-07-01' }, addition }));
        await must(b.call('members.create', { fields: { name: SEEDED[1]!, gender: '2', joinDate: '2020-06-30', fullDate: '2021-06-30' }, addition }));
      },
    });
    ({ backend, page } = app);
    await openMainPage(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens the roster from the menu with the search box focused and the members listed', async () => {
    await page.getByRole('menuitem', { name: '党员名册' }).click();
    await page.getByText('共 2 人').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('查找党员');
    for (const name of SEEDED) await grid().getByText(name).waitFor();
    await grid().getByText('第一党小组').waitFor();
    await screenshot(page, 'members-01-roster', { fullPage: false });
  });

  it('refuses a half-filled form with a message under the field, and saves nothing', async () => {
    await page.getByRole('button', { name: '新增党员' }).click();
    await page.getByRole('heading', { name: '基本信息' }).waitFor();
    await form().getByLabel('手机', { exact: true }).fill('13912345678');
    await button('保存').click();
    await page.getByText('请填写姓名。').waitFor();
    await expect(page.getByText('有些内容填写得不对，没有保存。').isVisible()).resolves.toBe(true);
    expect(await total()).toBe(2);
    await screenshot(page, 'members-02-form-errors', { fullPage: false });
  });

  it('fills birth date and gender from a typed ID number, names a date-order problem, then saves', async () => {
    await form().getByLabel('姓名', { exact: true }).fill(FORM_MEMBER.name);
    await form().getByLabel('身份证号', { exact: true }).fill(FORM_MEMBER.id);
    await expect.poll(() => form().getByLabel('出生日期', { exact: true }).inputValue()).toBe('1985-03-12');
    await expect(page.locator('#gender .ant-radio-button-wrapper-checked').textContent()).resolves.toBe('女');
    await page.getByText('号码有效：出生日期 1985年3月12日，性别 女。').waitFor();

    await form().getByLabel('民族', { exact: true }).click();
    await page.keyboard.type('汉');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="汉族"]').click();
    await form().getByLabel('学历', { exact: true }).click();
    await page.keyboard.type('本科');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="大学本科"]').click();
    await typeDate(form(), '入党日期', '2010-07-01');
    await typeDate(form(), '转正日期', '2010-01-01');
    await button('保存').click();
    await page.getByText('转正日期不能早于入党日期（2010年7月1日）。').waitFor();
    expect(await total()).toBe(2);
    await screenshot(page, 'members-03-form-date-order', { fullPage: false });

    // A one-digit dotted date, typed key by key, is read when the field is left.
    await typeDate(form(), '转正日期', '2011.7.1');
    await expect.poll(() => form().getByLabel('转正日期', { exact: true }).inputValue()).toBe('2011-07-01');
    await typeDate(form(), '转正日期', '2011年7月1日');
    await button('保存').click();
    await page.locator('.ant-drawer-title').getByText(FORM_MEMBER.name).waitFor();
    await expect(page.getByTestId('party-age').textContent()).resolves.toMatch(/^\d+年\d+个月$/);
    expect(await total()).toBe(3);
    await screenshot(page, 'members-04-detail', { fullPage: false });
  });

  it('records an event and shows a cancelled one struck through', async () => {
    await button('记录变动').click();
    await page.getByLabel('变动类别').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="外出流动"]').click();
    await page.getByLabel('外出流向（省市县）').fill('广东省深圳市');
    await page.getByRole('dialog').getByRole('button', { name: /^记\s?录$/ }).click();
    await page.getByTestId('member-event').filter({ hasText: '外出流动' }).waitFor();
    await page.getByTestId('member-event').filter({ hasText: '外出流动' }).getByRole('button', { name: /^撤\s?销$/ }).click();
    await page.getByLabel('撤销原因').fill('记错了人');
    await page.getByRole('button', { name: '撤销这条记录' }).click();
    await page.getByTestId('member-event').filter({ hasText: '已撤销' }).waitFor();
    const decoration = await page.locator('.bd-event-cancelled').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(decoration).toBe('line-through');
    await screenshot(page, 'members-05-timeline', { fullPage: false });
    await page.keyboard.press('Escape');
  });

  it('finds her by pinyin initials in the roster search', async () => {
    const search = page.getByLabel('查找党员');
    await search.fill(FORM_MEMBER.initials);
    await page.getByText('共 1 人').waitFor();
    await grid().getByText(FORM_MEMBER.name).waitFor();
    await screenshot(page, 'members-06-search', { fullPage: false });
    await search.fill('');
    await page.getByText('共 3 人').waitFor();
  });

  it('imports an .xlsx through the preview: 3 rows in, 2 skipped with the reasons in Chinese', async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const file = join(OUTPUT_DIR, '党员名册-导入测试.xlsx');
    await buildRosterWorkbook(file);
    await page.getByRole('button', { name: '从Excel导入' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toBe('将导入 3 人，将跳过 2 行');
    await page.getByText(/校验位不对/).first().waitFor();
    await page.getByText(new RegExp(`与现有党员 ${FORM_MEMBER.name}.*身份证号重复`)).first().waitFor();
    await expect(page.getByTestId('import-mapping').getByText('姓 名').isVisible()).resolves.toBe(true);
    // Correcting a column's field previews again: 联系电话 here are mobiles, but say landline.
    await page.getByLabel('K列（联系电话）对应的项目').click();
    await page.keyboard.type('固定');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="固定电话"]').click();
    await page.getByTestId('import-mapping').getByText('固定电话').waitFor();
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toBe('将导入 3 人，将跳过 2 行');
    await screenshot(page, 'members-07-import-preview');
    await page.getByRole('button', { name: '导入 3 人' }).click();
    await page.getByText('已导入 3 人。').first().waitFor();
    expect(await total()).toBe(6);
    await screenshot(page, 'members-08-import-done', { fullPage: false });

    await page.getByRole('button', { name: '打印跳过的行' }).click();
    const { text } = await printToPdf(page, 'members-import-problems');
    expect(text).toContain('导入问题清单');
    expect(text).toContain('赵强');
    await button('返回').click();
    await page.getByRole('button', { name: '返回党员名册' }).click();
    await page.getByText('共 6 人').waitFor();
    for (const r of GOOD_ROWS) await grid().getByText(r.name).waitFor();
  });

  it('prints the roster on A4 landscape with the branch name and every member', async () => {
    await page.getByRole('button', { name: '打印名册' }).click();
    await page.getByTestId('print-preview').waitFor();
    await expect.poll(() => button('打印').isEnabled()).toBe(true);
    await screenshot(page, 'members-09-print-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'members-roster', { landscape: true });
    // pdftotext drops the thin spaces around numbers ("共 6 人" comes out as 共6人).
    const flat = text.replace(/\s+/g, '');
    expect(text).toContain(TEST_BRANCH.name);
    expect(text).toContain('党员名册');
    expect(flat).toContain('共6人');
    for (const name of [...SEEDED, FORM_MEMBER.name, ...GOOD_ROWS.map((r) => r.name)]) expect(text, name).toContain(name);
    expect(text, 'only the roster prints, not the app').not.toContain('数据检查');
    expect(pages).toHaveLength(1);
    expect(flat).toContain('第1页共1页');
    await button('返回').click();
  });

  it('prints one member’s 党员基本信息采集表 with its labels and signature lines', async () => {
    await grid().getByText(FORM_MEMBER.name).click();
    await button('打印采集表').click();
    await page.getByTestId('print-preview').waitFor();
    await screenshot(page, 'members-10-form-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'members-collection-form');
    for (const label of ['党员基本信息采集表', '姓名', '公民身份号码', '所在党支部', '加入党组织日期', '转为正式党员日期', '党籍状态', '是否为失联党员', '是否为流动党员', '信息采集员', '采集日期', '党员本人签字', '党支部书记签字']) {
      expect(text, label).toContain(label);
    }
    expect(text).toContain(FORM_MEMBER.name);
    expect(text).toContain(FORM_MEMBER.id);
    expect(text).toContain(TEST_BRANCH.name);
    expect(pages).toHaveLength(1);
    await button('返回').click();
    await page.keyboard.press('Escape');
  });

  it('lists missing 采集表 items per member and opens the form at the field', async () => {
    await page.getByRole('button', { name: '数据检查' }).click();
    const list = page.getByTestId('quality-list');
    await list.waitFor();
    const card = list.locator('.ant-card').filter({ hasText: SEEDED[0]! });
    await card.getByText('缺少身份证号').waitFor();
    await screenshot(page, 'members-11-quality', { fullPage: false });
    await card.locator('li').filter({ hasText: '缺少身份证号' }).getByRole('button').click();
    await page.getByText(`修改党员信息：${SEEDED[0]}`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('idNumber');

    // Someone else saves this member meanwhile: the form's version is stale, nothing is overwritten.
    const code = (await must(backend.call('members.list', { q: SEEDED[0]!, limit: 1 }))).rows[0]!.code;
    const current = await must(backend.call('members.get', { code }));
    await must(backend.call('members.update', { code, version: current.version, fields: { name: SEEDED[0]!, gender: '1', mobile: '13700000000', joinDate: '1998-07-01', fullDate: '1999-07-01' } }));
    await form().getByLabel('家庭住址', { exact: true }).fill('北京市东城区示范路1号');
    await button('保存').click();
    await page.getByText('这条记录刚刚被修改过').waitFor();
    await expect(page.getByText('这条记录刚刚被修改过').isVisible()).resolves.toBe(true);
    await expect.poll(() => page.getByText('这条记录刚刚被修改过').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    await screenshot(page, 'members-12-conflict', { fullPage: false });
    await page.getByRole('button', { name: '重新载入' }).click();
    await expect.poll(() => form().getByLabel('手机', { exact: true }).inputValue()).toBe('13700000000');
    expect((await must(backend.call('members.get', { code }))).address).toBeNull();
    await page.getByRole('button', { name: /^取\s?消$/ }).click();
    await page.keyboard.press('Escape');
  });

  it('shows the structure page: groups, committee and the rules in plain Chinese', async () => {
    await page.getByRole('menuitem', { name: '支部组织' }).click();
    await page.getByRole('heading', { name: '支部组织', level: 2 }).waitFor();
    await page.getByRole('button', { name: '新增党小组' }).click();
    await page.getByLabel('党小组名称').fill('第二党小组');
    await page.getByRole('dialog').getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByRole('cell', { name: '第二党小组' }).waitFor();
    await page.getByTestId('structure-ok').or(page.getByTestId('structure-warnings')).first().waitFor();

    // The first committee (here just a secretary): the member is picked by typing pinyin initials.
    await page.getByRole('button', { name: '录入支委会' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').first().click();
    await page.keyboard.type(FORM_MEMBER.initials);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: FORM_MEMBER.name }).click();
    await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByRole('cell', { name: '书记' }).waitFor();
    await page.getByRole('cell', { name: FORM_MEMBER.name }).waitFor();
    await screenshot(page, 'members-12-structure');
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.getByText('支部组织设置检查').waitFor();
    await page.getByTestId('structure-ok').or(page.getByTestId('structure-warnings')).first().waitFor();
  });

  it('renews the recovery key from Settings, after the passphrase, and shows the sheet', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByLabel('请输入当前口令确认').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: '重新生成恢复密钥' }).click();
    await page.getByText('新的恢复密钥已经生成，原来的恢复密钥已作废。').waitFor();
    const groups = await page.locator('.bd-sheet-preview [data-testid="recovery-key"] .bd-sheet-key-group').allTextContents();
    expect(groups).toHaveLength(9);
    await screenshot(page, 'members-13-renew-key', { fullPage: false });
  });

  it('raised no uncaught error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

/**
 * Types a date as a secretary would: key by key (no calendar), then leaves the field. Key by
 * key matters: a picker that takes "2010-07-0" as a date rewrites it before the last digit.
 */
async function typeDate(scope: Locator, label: string, text: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill('');
  await input.pressSequentially(text);
  await input.press('Tab');
}

const MANY = 300;

describe('党员名册 with many members (virtualised)', () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        const surnames = '王李张刘陈杨黄赵吴周';
        const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';
        for (let i = 0; i < MANY; i++) {
          const name = i === MANY - 1 ? '末位党员' : `${surnames[i % 10]}${given[Math.floor(i / 10) % given.length]}${given[i % given.length]}`;
          await must(b.call('members.create', { fields: { name, gender: i % 2 ? '1' : '2' }, addition: { kind: 'import', date: today() } }));
        }
      },
    });
    page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('menuitem', { name: '党员名册' }).click();
    await page.getByText(`共 ${MANY} 人`).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('keeps only the visible rows in the page and reaches the last one by scrolling and by keyboard', async () => {
    const grid = page.getByTestId('roster-grid');
    const rows = () => grid.locator('[role=row]').count();
    expect(await rows()).toBeLessThan(60);
    await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await grid.getByText('末位党员').waitFor();
    expect(await rows()).toBeLessThan(60);
    await screenshot(page, 'members-14-many-bottom', { fullPage: false });
    await grid.evaluate((el) => el.scrollTo(0, 0));
    await grid.focus();
    await page.keyboard.press('End');
    await grid.locator('.bd-roster-row-active').getByText('末位党员').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.ant-drawer-title').getByText('末位党员').waitFor();
    await page.keyboard.press('Escape');
  });

  it('prints 300 members on 15 numbered landscape pages of 20, with no blank page', async () => {
    await page.getByRole('button', { name: '打印名册' }).click();
    await page.getByText('这里预览前 3 页').waitFor();
    const { text, pages } = await printToPdf(page, 'members-roster-300', { landscape: true });
    expect(pages).toHaveLength(15);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('第15页共15页');
    expect(flat).toContain('末位党员');
    // Every page repeats the title and the column header.
    for (const p of pages) expect(p.replace(/\s+/g, '')).toContain('序号姓名性别');
  });

  it('raised no uncaught error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
