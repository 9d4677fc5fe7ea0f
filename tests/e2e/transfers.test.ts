import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { addDays, todayIso } from '../../db/members/chinese-dates';
import { idCheckCharacter } from '../../db/members/id-number';
import { chooseOption, createStoreViaApi, must, openMainPage, printToPdf, type RunningApp, screenshot, startApp, TEST_BRANCH } from './support';

const withCheck = (first17: string) => first17 + idCheckCharacter(first17);
const TODAY = todayIso();
const YEAR = TODAY.slice(0, 4);

const BRANCH_CONTACT = { address: '北京市朝阳区示范路1号', contactPhone: '010-12345678' };
/** 王芳: every detail the letter prints, dues paid to October 2025 (贰零贰伍年壹拾月). */
const WANG = { name: '王芳', id: withCheck('11010519900315002') };
const DEST = { toOrg: '中共某市某区委组织部', addressee: '中共某市某区委组织部' };
const ARRIVING = { number: '川组转〔2026〕0012345', fromOrg: '中共某县委组织部', name: '周敏', id: withCheck('51010719921120002') };

/**
 * 组织关系转接 in browser mode: a letter out from the form through the preview to the printed
 * three parts (checked in the PDF and looked at), the receipt, the confirmation that takes the
 * member off the roster while the history keeps them; refusals that change nothing; a letter in
 * that creates the member; 流动党员; the register printed.
 */
describe('组织关系转接 (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  let overdueNumber = '';
  const codes: Record<string, string> = {};
  const register = async () => must(backend.call('transfers.register', {}));
  const onRoster = async () => (await must(backend.call('members.list', { membership: 'active', limit: 100 }))).rows.map((r) => r.name);
  // antd spaces out two-character labels ("作 废"); an icon's name may come first ("printer 打印").
  const button = (label: string, scope: Page | Locator = page) => scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });
  const drawer = () => page.locator('.ant-drawer-open .ant-drawer-section').last();
  const printView = () => page.getByTestId('print-preview');
  const outRow = (name: string) => page.getByTestId('out-letters').locator('tr').filter({ hasText: name });

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        const branch = await must(b.call('branch.get', {}));
        await must(b.call('branch.update', { ...branch, category: '4', parentName: branch.parentName!, parentCode: branch.parentCode!, secretaryName: branch.secretaryName!, ...BRANCH_CONTACT }));
        const addition = { kind: 'import' as const, date: '2020-01-01' };
        const add = async (name: string, fields: Record<string, string> = {}) => {
          const m = await must(b.call('members.create', { fields: { name, gender: '1', joinDate: '2010-07-01', fullDate: '2011-07-01', ...fields }, addition }));
          codes[name] = m.code;
        };
        await add(WANG.name, { gender: '2', idNumber: WANG.id, birthDate: '1990-03-15', ethnicity: '01', mobile: '13800138000' });
        await add('李强');
        await add('赵磊');
        await add('陈明');
        await must(b.call('dues.setProfile', { memberCode: codes[WANG.name]!, fromMonth: '2025-01', category: 'student' }));
        await must(b.call('dues.recordPayment', { memberCode: codes[WANG.name]!, method: 'cash', fromMonth: '2025-01', toMonth: '2025-06', amountFen: 120, paidOn: '2025-01-05' }));
        await must(b.call('dues.recordPayment', { memberCode: codes[WANG.name]!, method: 'cash', fromMonth: '2025-07', toMonth: '2025-10', amountFen: 80, paidOn: '2025-07-05' }));
        // 赵磊's letter went out 70 days ago and its receipt never came back.
        const late = await must(b.call('transfers.issueOut', { memberCode: codes['赵磊']!, ...DEST, issuedOn: addDays(TODAY, -70) }));
        overdueNumber = late.letter.number;
      },
    });
    ({ backend, page } = app);
    await openMainPage(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens from the menu and flags the receipt overdue for over a month', async () => {
    await page.getByRole('menuitem', { name: '组织关系转接' }).click();
    await page.getByRole('heading', { name: '组织关系转接', level: 2 }).waitFor();
    const overdue = page.getByTestId('overdue-receipts');
    await overdue.getByText('有 1 封介绍信的回执超过一个月未收回').waitFor();
    await overdue.getByText(new RegExp(`第 ${overdueNumber} 号\u3000赵磊.*已超期\\d+天`)).waitFor();
    await outRow('赵磊').getByTestId('receipt-overdue').waitFor();
    await screenshot(page, 'transfers-01-out-list', { fullPage: false });
  });

  it('refuses a letter without a destination, or valid for 0 or 9999 days, and keeps nothing', async () => {
    const before = (await register()).length;
    await page.getByRole('button', { name: '开具介绍信' }).click();
    await drawer().getByText('开具组织关系介绍信').waitFor();
    await button('预览介绍信').click();
    await page.getByText('请选择转出的党员。').waitFor();
    await page.getByText('请填写去往单位。').waitFor();

    await page.getByLabel('转出的党员', { exact: true }).click();
    await page.keyboard.type('wf');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: WANG.name }).click();
    await page.getByLabel('介绍信抬头', { exact: true }).fill(DEST.addressee);
    await button('预览介绍信').click();
    // The answer replaces the last one's messages: the member is chosen now, the destination still missing.
    await expect.poll(() => page.getByText('请选择转出的党员。').count()).toBe(0);
    await page.getByText('请填写去往单位。').waitFor();

    await page.getByLabel('去往单位', { exact: true }).fill(DEST.toOrg);
    for (const days of ['0', '9999']) {
      await page.getByLabel('有效期（天）', { exact: true }).fill(days);
      await button('预览介绍信').click();
      await page.getByText('有效期应为1至90天之间的整数。').waitFor();
      await expect.poll(() => page.getByText('请填写去往单位。').count()).toBe(0);
    }
    await screenshot(page, 'transfers-02-issue-refused', { fullPage: false });
    expect((await register()).length).toBe(before);
  });

  let number = '';

  it('previews the letter with its number and the warnings, then issues it and opens the print', async () => {
    await page.getByLabel('有效期（天）', { exact: true }).fill('15');
    await page.getByLabel('转出原因或备注', { exact: true }).fill('工作调动');
    await button('预览介绍信').click();
    const preview = page.getByTestId('print-preview');
    await preview.waitFor();
    const title = (await preview.getByRole('heading', { level: 3 }).textContent()) ?? '';
    number = /第 (\S+) 号/.exec(title)?.[1] ?? '';
    expect(number).toMatch(new RegExp(`^${YEAR}-\\d{3}$`));
    await preview.getByTestId('transfer-warnings').getByText(/党费只交到2025年10月/).waitFor();
    await preview.getByText('（有效期壹拾伍天）').waitFor();
    await screenshot(page, 'transfers-03-preview', { fullPage: false });
    // Nothing is kept by a preview.
    expect((await register()).some((l) => l.number === number)).toBe(false);

    await button(`开具（第 ${number} 号）`).click();
    await page.getByText(`已开具第 ${number} 号介绍信（${WANG.name}）。`).waitFor();
    await page.getByRole('heading', { name: `组织关系介绍信\u3000第 ${number} 号` }).waitFor();
    expect((await register()).find((l) => l.number === number)).toMatchObject({ status: 'issued', validDays: 15, toOrg: DEST.toOrg, note: '工作调动' });
  });

  it('prints the three parts on one A4 page with the number on each and the 大写 numerals', async () => {
    await expect.poll(() => button('打印', printView()).isEnabled()).toBe(true);
    await screenshot(page, 'transfers-04-letter-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'transfers-letter');
    const flat = text.replace(/\s+/g, '');
    expect(pages).toHaveLength(1);
    for (const part of ['第一联', '中国共产党党员组织关系介绍信（存根）', '第二联', '第三联', '中国共产党党员组织关系介绍信回执联', '贴回执联处', '此处裁开', '骑缝章']) {
      expect(flat, part).toContain(part);
    }
    // Three parts and the seam: the number four times.
    expect(flat.split(`第${number}号`).length - 1).toBeGreaterThanOrEqual(4);
    expect(flat).toContain('党费已交到贰零贰伍年壹拾月');
    expect(flat).toContain('有效期壹拾伍天');
    for (const value of [WANG.name, WANG.id, DEST.toOrg, TEST_BRANCH.name, BRANCH_CONTACT.address, BRANCH_CONTACT.contactPhone, '13800138000', '汉族', '同志的党员组织关系已转达我处']) {
      expect(flat, value).toContain(value);
    }
    expect(text, 'only the letter prints, not the app').not.toContain('开具介绍信');
    await button('返回', printView()).click();
  });

  it('records the receipt, then confirms: the roster no longer lists her, the history does', async () => {
    await outRow(WANG.name).getByRole('button', { name: /登记回执/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('对方经办人', { exact: true }).fill('赵经办');
    await button('登记回执', dialog).click();
    await page.getByText(`已登记第 ${number} 号介绍信的回执。`).waitFor();
    await outRow(WANG.name).getByText('经办人：赵经办').waitFor();
    // With the receipt back the letter can no longer be cancelled.
    await expect(outRow(WANG.name).getByRole('button', { name: /作\s?废/ }).count()).resolves.toBe(0);

    await outRow(WANG.name).getByRole('button', { name: /确认转出/ }).click();
    await page.getByRole('dialog').getByText(/从本支部党员名册中移出/).waitFor();
    await button('确认转出', page.getByRole('dialog')).click();
    const done = page.getByTestId('transfer-done');
    await done.getByText(`${WANG.name}已转出，不再列入党员名册（第 ${number} 号介绍信）。`).waitFor();
    await outRow(WANG.name).getByText('已转出').waitFor();
    expect(await onRoster()).not.toContain(WANG.name);

    await done.getByRole('button', { name: '查看党员档案' }).click();
    const event = page.getByTestId('member-event').filter({ hasText: '组织关系转出' });
    await event.getByText(`介绍信编号：${number}`).or(event.getByText(number)).first().waitFor();
    await event.getByText(DEST.toOrg).waitFor();
    await event.scrollIntoViewIfNeeded();
    await screenshot(page, 'transfers-05-history', { fullPage: false });
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '党员名册' }).click();
    await page.getByText('共 3 人').waitFor();
    await expect(page.getByTestId('roster-grid').getByText(WANG.name).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: '组织关系转接' }).click();
  });

  it('refuses a letter for a member already transferred out, and changes nothing', async () => {
    const before = await register();
    // Through the API (the picker only offers members on the roster):
    const refused = await backend.call('transfers.issueOut', { memberCode: codes[WANG.name]!, ...DEST });
    expect(refused.ok ? null : refused.error.issues?.map((i) => i.code)).toEqual(['MEMBER_NOT_ON_ROSTER']);
    // Through a form left open while the member was transferred out elsewhere:
    await page.getByRole('button', { name: '开具介绍信' }).click();
    await page.getByLabel('转出的党员', { exact: true }).click();
    await page.keyboard.type('李强');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '李强' }).click();
    await page.getByLabel('去往单位', { exact: true }).fill(DEST.toOrg);
    await page.getByLabel('介绍信抬头', { exact: true }).fill(DEST.addressee);
    await must(backend.call('members.recordEvent', { code: codes['李强']!, kind: 'transfer-out', date: TODAY, org: '中共另一支部委员会' }));
    await button('预览介绍信').click();
    await drawer().getByText(/这名党员已不在本支部名册上/).first().waitFor();
    await screenshot(page, 'transfers-06-already-out', { fullPage: false });
    expect(await register()).toEqual(before);
    await button('取消', drawer()).click();
  });

  it('records an arriving letter: the member is created with its number and opens', async () => {
    await page.getByRole('tab', { name: '转入' }).click();
    await page.getByRole('button', { name: '登记转入介绍信' }).click();
    const form = drawer();
    await form.getByLabel('介绍信编号', { exact: true }).fill(ARRIVING.number);
    await form.getByLabel('开具单位', { exact: true }).fill(ARRIVING.fromOrg);
    await typeDate(form, '开具日期', addDays(TODAY, -5));
    await form.getByLabel('有效期（天）', { exact: true }).fill('0');
    await typeDate(form, '党费已交到', TODAY.slice(0, 7));
    await form.getByLabel('本支部经办人', { exact: true }).fill('单晓红');
    await form.getByLabel('姓名', { exact: true }).fill(ARRIVING.name);
    await form.getByLabel('身份证号', { exact: true }).fill(ARRIVING.id);
    await expect.poll(() => form.getByLabel('出生日期', { exact: true }).inputValue()).toBe('1992-11-20');
    await typeDate(form, '入党日期', '2015-03-01');
    await typeDate(form, '转正日期', '2016-03-01');
    await button('登记并加入名册', form).click();
    await form.getByText('有效期应为1至183天之间的整数。').waitFor();
    expect(await onRoster()).not.toContain(ARRIVING.name);

    await form.getByLabel('有效期（天）', { exact: true }).fill('30');
    await screenshot(page, 'transfers-07-record-in', { fullPage: false });
    await button('登记并加入名册', form).click();
    await page.getByText(`${ARRIVING.name}已转入本支部（介绍信第 ${ARRIVING.number} 号）。`).waitFor();
    await page.locator('.ant-drawer-title').getByText(ARRIVING.name).waitFor();
    const event = page.getByTestId('member-event').filter({ hasText: '组织关系转入' });
    await event.getByText(ARRIVING.number).waitFor();
    await event.getByText(ARRIVING.fromOrg).waitFor();
    expect(await onRoster()).toContain(ARRIVING.name);
    await screenshot(page, 'transfers-08-new-member', { fullPage: false });
    await page.keyboard.press('Escape');

    await page.getByTestId('in-letters').locator('tr').filter({ hasText: ARRIVING.name }).getByRole('button', { name: /打印回执联/ }).click();
    await expect.poll(() => button('打印', printView()).isEnabled()).toBe(true);
    const { text, pages } = await printToPdf(page, 'transfers-in-receipt');
    const flat = text.replace(/\s+/g, '');
    expect(pages).toHaveLength(1);
    expect(flat).toContain(`${ARRIVING.name}同志的党员组织关系已转达我处`);
    expect(flat).toContain(`第${ARRIVING.number}号`);
    expect(flat).toContain('经办人：单晓红');
    await button('返回', printView()).click();
  });

  it('records a member going away with the 活动证 and coming back', async () => {
    await page.getByRole('tab', { name: '流动党员' }).click();
    await page.getByRole('button', { name: '登记外出流动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('转出的党员', { exact: true }).click();
    await page.keyboard.type('陈明');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '陈明' }).click();
    await dialog.getByLabel('外出流向', { exact: true }).fill('广东省深圳市');
    await dialog.getByLabel('活动证号', { exact: true }).fill('LD-2026-008');
    await button('保存', dialog).click();
    const row = page.getByTestId('flows-out').locator('tr').filter({ hasText: '陈明' });
    await row.getByText('LD-2026-008').waitFor();
    await row.getByText('在外').waitFor();
    expect(await must(backend.call('members.get', { code: codes['陈明']! }))).toMatchObject({ mobileMember: true });

    await page.getByRole('button', { name: '登记流入党员' }).click();
    await page.getByRole('dialog').getByLabel('姓名', { exact: true }).fill('孙立');
    await page.getByRole('dialog').getByLabel('原所在党组织', { exact: true }).fill('中共某村支部委员会');
    await button('保存', page.getByRole('dialog')).click();
    await page.getByTestId('flows-in').getByText('孙立').waitFor();
    expect(await onRoster()).not.toContain('孙立');

    await row.getByRole('button', { name: '登记返回' }).click();
    await button('保存', page.getByRole('dialog')).click();
    await row.getByText(/返回$/).waitFor();
    expect(await must(backend.call('members.get', { code: codes['陈明']! }))).toMatchObject({ mobileMember: false });
    await screenshot(page, 'transfers-09-flows');
  });

  it('shows the register and prints it on A4 landscape', async () => {
    await page.getByRole('tab', { name: '介绍信登记簿' }).click();
    const table = page.getByTestId('letter-register');
    await table.getByText(number).waitFor();
    await chooseOption(page, '年份', '全部年份');
    await table.getByText(ARRIVING.number).waitFor();
    await table.getByText(overdueNumber).waitFor();
    await screenshot(page, 'transfers-10-register', { fullPage: false });
    await page.getByRole('button', { name: '打印登记簿' }).click();
    await expect.poll(() => button('打印', printView()).isEnabled()).toBe(true);
    const { text, pages } = await printToPdf(page, 'transfers-register', { landscape: true });
    const flat = text.replace(/\s+/g, '');
    expect(pages).toHaveLength(1);
    // A long number from elsewhere wraps in its cell: its digits are checked, not the whole.
    for (const value of ['组织关系介绍信登记簿', number, overdueNumber, '0012345', WANG.name, '赵磊', ARRIVING.name, DEST.toOrg, ARRIVING.fromOrg, '超期未收回', '2025-10', '共3封', '第1页共1页']) {
      expect(flat, value).toContain(value);
    }
    await button('返回', printView()).click();
  });

  it('cancels the letter whose receipt never came: the number stays in the register, marked void', async () => {
    await page.getByRole('tab', { name: '转出' }).click();
    await outRow('赵磊').getByRole('button', { name: /作\s?废/ }).click();
    const dialog = page.getByRole('dialog');
    await button('作废这封介绍信', dialog).click();
    await dialog.getByText('请填写作废原因。').waitFor();
    await dialog.getByLabel('作废原因', { exact: true }).fill('本人暂缓调动');
    await button('作废这封介绍信', dialog).click();
    await page.getByText(`第 ${overdueNumber} 号介绍信已作废。`).waitFor();
    await outRow('赵磊').getByText('已作废').waitFor();
    await expect.poll(() => page.getByTestId('overdue-receipts').count()).toBe(0);
    expect((await register()).find((l) => l.number === overdueNumber)).toMatchObject({ status: 'cancelled', cancelReason: '本人暂缓调动' });
    // Still on the roster: a cancelled letter transfers nobody.
    expect(await onRoster()).toContain('赵磊');
    await outRow('赵磊').getByRole('button', { name: /打\s?印/ }).click();
    await printView().getByText(/本介绍信已作废（本人暂缓调动）/).first().waitFor();
    await screenshot(page, 'transfers-11-cancelled', { fullPage: false });
    // The void line and the blanks for the details 赵磊's record lacks still fit one page.
    const { text, pages } = await printToPdf(page, 'transfers-letter-void');
    expect(pages).toHaveLength(1);
    expect(text.replace(/\s+/g, '')).toContain('本介绍信已作废（本人暂缓调动），编号不再使用。');
    await button('返回', printView()).click();
  });

  it('raised no uncaught error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

/** Types a date or month as a secretary would (no calendar), then leaves the field so it is taken. */
async function typeDate(scope: Locator, label: string, text: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}
