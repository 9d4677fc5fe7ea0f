import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { makeId } from '../../db/members/test-people';
import { createStoreViaApi, must, openMainPage, printToPdf, type RunningApp, screenshot, startApp, TEST_BRANCH } from './support';

/**
 * 发展党员 in browser mode: one person taken from application to full member through the UI,
 * every date typed in. Along the way: reminders appear and clear (read "as of" a typed day,
 * so the test does not depend on the clock), two dates that break a rule are refused with the
 * article under the field and nothing saved, admission puts a 预备党员 on the roster and 转正
 * makes a 正式党员, and the 公示, the materials checklist and the timeline are printed.
 */
const PERSON = { name: '张晓明', id: makeId('1998-04-12', '1', 7) };
const FULL_MEMBERS = ['王芳', '李强', '陈静'];

describe('发展党员 (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  // antd spaces out two-character labels ("记 录"); an icon's name may come first ("edit 记 录").
  const button = (scope: Page | Locator, label: string) => scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });
  const dialog = () => page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title') });
  const stepRow = (key: string) => page.getByTestId(`dev-step-${key}`);
  const personCode = async () => (await must(backend.call('development.list', {}))).find((r) => r.name === PERSON.name)!.code;
  const person = async () => must(backend.call('development.get', { code: await personCode() }));

  async function typeDate(scope: Page | Locator, label: string, text: string): Promise<void> {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(text);
    // Tab, not Enter: Enter in a form field submits the form (as it would for the secretary).
    await input.press('Tab');
  }

  async function pickMember(scope: Locator, label: string, name: string): Promise<void> {
    await scope.getByLabel(label, { exact: true }).click();
    await page.keyboard.type(name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
  }

  /** Opens a step's form, fills it and records it; `fill` adds people and the step's own fields. */
  async function record(step: string, date: string, fill?: (modal: Locator) => Promise<void>, which = '记录'): Promise<void> {
    await button(stepRow(step), which).click();
    const modal = dialog();
    await modal.waitFor();
    await typeDate(modal, '日期', date);
    await fill?.(modal);
    await button(modal, '记录').click();
    await modal.waitFor({ state: 'hidden' });
  }

  /** A date that breaks a rule: the lines appear under the date and nothing is saved; then the right date. */
  async function refuseThenRecord(step: string, bad: string, lines: string[], good: string, shot: string): Promise<void> {
    await button(stepRow(step), '记录').click();
    const modal = dialog();
    await typeDate(modal, '日期', bad);
    await button(modal, '记录').click();
    for (const line of lines) await modal.locator('.ant-form-item-explain-error').getByText(line).waitFor();
    expect((await person()).steps.map((s) => s.step)).not.toContain(step);
    await screenshot(page, shot, { fullPage: false });
    await typeDate(modal, '日期', good);
    await button(modal, '记录').click();
    await modal.waitFor({ state: 'hidden' });
  }

  /** The reminders as of a typed day (blank: today), as the lines of the list. */
  async function remindersAsOf(date: string | null): Promise<string[]> {
    const panel = page.locator('.bd-dev-reminders');
    if (date) await typeDate(panel, '查看日期', date);
    else if (await button(panel, '回到今天').isEnabled()) await button(panel, '回到今天').click();
    // The list keeps the previous answer while the next one loads (aria-busy).
    await page.locator('.bd-dev-reminders[aria-busy="false"]').getByTestId('dev-reminder-counts').waitFor();
    return panel.getByTestId('dev-reminder').allTextContents();
  }

  async function openList(): Promise<void> {
    await page.getByRole('menuitem', { name: '发展党员' }).click();
    await page.getByTestId('dev-board').waitFor();
  }

  async function openPerson(): Promise<void> {
    await page.getByTestId('dev-person').filter({ hasText: PERSON.name }).click();
    await page.getByTestId('dev-next').waitFor();
  }

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        for (const name of FULL_MEMBERS) {
          await must(b.call('members.create', { fields: { name, gender: '2', joinDate: '2010-07-01', fullDate: '2011-07-01' }, addition: { kind: 'import', date: '2020-01-01' } }));
        }
        // Two more people at earlier phases, with deadlines long past: overdue whatever the clock says.
        await must(b.call('development.create', { fields: { name: '刘洋', idNumber: makeId('2000-02-02', '1', 3) }, applicationDate: '2025-10-08' }));
        const sun = await must(b.call('development.create', { fields: { name: '孙丽', idNumber: makeId('1999-09-09', '2', 4) }, applicationDate: '2025-01-06' }));
        await must(b.call('development.recordStep', { code: sun.code, step: 'talk', date: '2025-01-20', people: [{ name: '李书记' }] }));
        await must(b.call('development.recordStep', { code: sun.code, step: 'activist', date: '2025-03-03' }));
      },
    });
    ({ backend, page } = app);
    await openMainPage(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the reminders on the home screen', async () => {
    const card = page.getByTestId('dev-home-card');
    await card.getByText('刘洋').waitFor();
    await expect(card.getByText('孙丽').isVisible()).resolves.toBe(true);
    await expect(card.textContent()).resolves.toContain('已逾期 2 项');
    await screenshot(page, 'development-01-home', { fullPage: false });
  });

  it('lists the people by phase and adds an applicant, refusing an under-age application date', async () => {
    await openList();
    await page.getByTestId('dev-column-applicant').getByText('刘洋').waitFor();
    await page.getByTestId('dev-column-activist').getByText('孙丽').waitFor();
    await screenshot(page, 'development-02-board', { fullPage: false });

    await button(page, '新增入党申请人').click();
    const form = page.locator('.bd-dev-form');
    await form.getByLabel('姓名', { exact: true }).fill(PERSON.name);
    await form.getByLabel('身份证号', { exact: true }).fill(PERSON.id);
    await expect.poll(() => form.getByLabel('出生日期', { exact: true }).inputValue()).toBe('1998-04-12');
    await typeDate(form, '递交入党申请书日期', '2016-03-04');
    await button(page, '保存').click();
    await form.locator('.ant-form-item-explain-error').getByText('递交申请时未到规定年龄（细则第五条），最早可在2016年4月12日。').waitFor();
    expect((await must(backend.call('development.list', {}))).map((r) => r.name)).not.toContain(PERSON.name);
    await screenshot(page, 'development-03-under-age', { fullPage: false });

    await typeDate(form, '递交入党申请书日期', '2024-03-04');
    await button(page, '保存').click();
    await page.getByTestId('dev-next').getByText('下一步：第2步 党组织派人谈话').waitFor();
    await expect(page.getByTestId('dev-next').textContent()).resolves.toContain('应不晚于2024年4月4日（细则第七条）');
    await screenshot(page, 'development-04-person', { fullPage: false });
  });

  it('shows the talk due in 25 days as of 10 March 2024, overdue as of today, and clears it once recorded', async () => {
    await button(page, '返回名单').click();
    const asOf = await remindersAsOf('2024-03-10');
    expect(asOf).toEqual([expect.stringMatching(/^还有25天\s*张晓明\s*第2步 党组织派人谈话：应不晚于2024年4月4日（细则第七条）$/)]);
    const today = await remindersAsOf(null);
    expect(today.find((l) => l.includes(PERSON.name))).toMatch(/^已逾期\d+天/);
    await screenshot(page, 'development-05-reminders', { fullPage: false });

    await openPerson();
    await record('talk', '2024年3月25日', async (modal) => {
      await pickMember(modal, '谈话人（第1位）', '王芳');
      await modal.getByLabel('其他谈话人（填写姓名）').fill('李书记');
    });
    await stepRow('talk').getByText('人员（谈话人）：王芳、李书记').waitFor();
    await button(page, '返回名单').click();
    expect((await remindersAsOf('2024-03-26')).filter((l) => l.includes(PERSON.name))).toEqual([]);
    expect((await remindersAsOf(null)).filter((l) => l.includes(PERSON.name))).toEqual([]);
  });

  it('records the 积极分子 phase with its contacts, reviews and a 思想汇报', async () => {
    await openPerson();
    await record('activist', '20240415');
    // A wrong date is cancelled with a reason (kept, struck through) and recorded again.
    await record('activist-filing', '2024-04-25');
    await button(stepRow('activist-filing'), '撤销').click();
    await dialog().getByLabel('撤销原因').fill('日期抄错了');
    await button(dialog(), '撤销这条记录').click();
    await stepRow('activist-filing').getByText('已撤销').waitFor();
    await record('activist-filing', '2024-04-22');
    await expect(stepRow('activist-filing').locator('.bd-dev-record-cancelled').textContent()).resolves.toContain('2024年4月25日');
    await record('contacts', '2024-04-22', async (modal) => {
      await pickMember(modal, '培养联系人（第1位）', '王芳');
      await pickMember(modal, '培养联系人（第2位）', '陈静');
    });
    await record('cultivation', '2024-07-01', undefined, '记录思想汇报');
    await record('cultivation', '2024-10-14', undefined, '记录考察');
    await record('cultivation', '2025-04-14', undefined, '记录考察');
    await expect.poll(() => stepRow('cultivation').getByTestId('dev-record').count()).toBe(3);
    await stepRow('cultivation').getByText('思想汇报').first().waitFor();
    await screenshot(page, 'development-06-activist');
  });

  it('refuses 发展对象 a day short of a year as 积极分子, naming 细则第十三条, then takes the next day', async () => {
    await refuseThenRecord('candidate', '2025-04-14', ['早于规则允许的最早日期2025年4月15日（细则第十三条）。', '依据：经过一年以上培养教育和考察方可确定为发展对象（细则第十三条）'], '2025-04-21', 'development-07-refused-candidate');
    expect((await person()).stage).toBe('candidate');
  });

  it('records the 发展对象 phase; the 志愿书 is refused during the 公示 (细则第十九条)', async () => {
    await record('candidate-filing', '2025-04-25');
    await record('introducers', '2025-04-28', async (modal) => {
      await pickMember(modal, '入党介绍人（第1位）', '王芳');
      await pickMember(modal, '入党介绍人（第2位）', '李强');
    });
    await record('political-review', '2025-05-10');
    await record('training', '2025-05-12', async (modal) => {
      await modal.getByLabel('培训天数').fill('3');
    });
    await record('committee-review', '2025-05-20');
    await record('pre-review', '2025-06-09');
    await expect(page.getByTestId('dev-notice-window').textContent()).resolves.toBe('公示期：2025年6月9日至2025年6月13日（5个工作日）');
    const notOver = '公示期（2025年6月9日至2025年6月13日，5个工作日）还没有结束，最早可在2025年6月14日（细则第十九条）。';
    await refuseThenRecord('application-form', '2025-06-12', [notOver], '2025-06-16', 'development-08-refused-form');
  });

  it('prints the 公示 with its working-day period', async () => {
    await button(page, '打印公示').click();
    await page.getByTestId('print-preview').waitFor();
    await page.getByLabel('工作单位及职务').fill('示范单位技术部工程师');
    await page.locator('.bd-print-stage').getByText('示范单位技术部工程师', { exact: false }).waitFor();
    await expect.poll(() => button(page, '打印').isEnabled()).toBe(true);
    await screenshot(page, 'development-09-notice-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'development-notice');
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('关于拟发展张晓明同志为中共预备党员的公示');
    expect(flat).toContain('公示时间：2025年6月9日至2025年6月13日（5个工作日）');
    expect(flat).toContain('示范单位技术部工程师');
    expect(flat).toContain(TEST_BRANCH.name);
    expect(pages).toHaveLength(1);
    await button(page, '返回').click();
  });

  it('records the 支部大会; the 审批 reminder appears and clears; admission puts a 预备党员 on the roster', async () => {
    await record('branch-meeting', '2025-06-20', async (modal) => {
      await modal.getByLabel('应到人数').fill('4');
      await modal.getByLabel('实到人数').fill('4');
      await modal.getByLabel('赞成票').fill('4');
    });
    await button(page, '返回名单').click();
    expect((await remindersAsOf('2025-09-01')).filter((l) => l.includes(PERSON.name))).toEqual([
      expect.stringMatching(/^还有19天\s*张晓明\s*第17步 上级党委审批：应不晚于2025年9月20日（细则第二十五条）$/),
    ]);
    await openPerson();
    await record('party-talk', '2025-07-01', async (modal) => {
      await modal.getByLabel('其他谈话人（填写姓名）').fill('赵组织员');
    });
    await record('approval', '2025-07-10');
    await button(page, '返回名单').click();
    expect((await remindersAsOf('2025-09-01')).filter((l) => l.includes(PERSON.name))).toEqual([]);
    expect((await remindersAsOf('2026-06-01')).filter((l) => l.includes(PERSON.name))).toEqual([
      expect.stringMatching(/^还有19天\s*张晓明\s*第23步 支部大会讨论转正：2026年6月20日起办理（党章第七条、细则第三十二条）$/),
    ]);

    await openPerson();
    const admission = page.getByTestId('dev-admission');
    await admission.getByText('入党日期为支部大会通过之日（2025年6月20日）').waitFor();
    await button(admission, '列入党员名册').click();
    const member = page.getByTestId('dev-member');
    await member.getByText('预备党员').waitFor();
    await expect(member.textContent()).resolves.toContain('2025年6月20日');
    await screenshot(page, 'development-10-admitted', { fullPage: false });

    await button(member, '到党员名册查看').click();
    await page.getByLabel('查找党员').fill(PERSON.name);
    await page.getByText('共 1 人').waitFor();
    // The roster's 类别 column says 预备 / 正式.
    const row = page.getByTestId('roster-grid').locator('.bd-roster-row').filter({ hasText: PERSON.name });
    await row.getByText('预备', { exact: true }).waitFor();
    await screenshot(page, 'development-11-roster-probationary', { fullPage: false });
  });

  it('refuses 转正 before the 预备期 ends (党章第七条), then makes a 正式党员 dated at its end', async () => {
    await openList();
    await openPerson();
    await record('approval-filing', '2025-07-20');
    await record('grouping', '2025-07-25');
    await record('oath', '2025-08-01');
    await record('probation-education', '2025-12-15', undefined, '记录考察');
    await record('probation-education', '2026-03-01', undefined, '记录思想汇报');

    await button(page.getByTestId('dev-member'), '转正讨论').click();
    const modal = dialog();
    await typeDate(modal, '转正申请日期（第22步）', '2026-05-25');
    await typeDate(modal, '支部大会日期', '2026-06-19');
    await button(modal, '记录决定').click();
    await modal.locator('.ant-form-item-explain-error').getByText('预备期到2026年6月20日才满，支部大会讨论转正不能早于这一天（党章第七条、细则第三十二条）。').waitFor();
    expect((await person()).stage).toBe('probationary');
    await screenshot(page, 'development-12-refused-conversion', { fullPage: false });

    await typeDate(modal, '支部大会日期', '2026-06-23');
    await typeDate(modal, '上级党委审批日期（第24步）', '2026-07-15');
    await button(modal, '记录决定').click();
    await modal.waitFor({ state: 'hidden' });
    const member = page.getByTestId('dev-member');
    await member.getByText('正式党员').waitFor();
    await expect(member.textContent()).resolves.toContain('2026年6月20日');

    await record('archive', '2026-07-20');
    await page.getByTestId('dev-next').getByText('二十五个步骤都已完成。').waitFor();
    await screenshot(page, 'development-13-full');

    await button(member, '到党员名册查看').click();
    await page.getByLabel('查找党员').fill(PERSON.name);
    const row = page.getByTestId('roster-grid').locator('.bd-roster-row').filter({ hasText: PERSON.name });
    await row.getByText('正式', { exact: true }).waitFor();
    const code = (await person()).memberCode!;
    expect(await must(backend.call('members.get', { code }))).toMatchObject({ memberType: 'full', joinDate: '2025-06-20', fullDate: '2026-06-20' });
  });

  it('keeps the papers: ticks one with its date and prints the checklist', async () => {
    await openList();
    await page.getByText('已完成发展（1人）').waitFor();
    await page.locator('.bd-dev-clickable').filter({ hasText: PERSON.name }).click();
    await page.getByTestId('dev-next').waitFor();
    await typeDate(stepRow('application'), '入党申请书收到日期', '2024-03-04');
    await expect.poll(async () => (await person()).documents.find((d) => d.key === 'application-letter')?.receivedOn).toBe('2024-03-04');
    await button(page, '打印材料清单').click();
    await page.getByTestId('print-preview').waitFor();
    const { text } = await printToPdf(page, 'development-materials');
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('张晓明同志入党材料清单');
    expect(flat).toContain('入党申请书2024年3月4日已收到');
    expect(flat).toContain('已收到1份');
    await button(page, '返回').click();
  });

  it('prints the timeline with every step date and its article, and no reminder is left for the person', async () => {
    await button(page, '打印时间节点表').click();
    await page.getByTestId('print-preview').waitFor();
    await expect.poll(() => button(page, '打印').isEnabled()).toBe(true);
    await screenshot(page, 'development-14-timeline-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'development-timeline', { landscape: true });
    const flat = text.replace(/\s+/g, '');
    const recorded = (await person()).steps.filter((s) => !s.cancelled);
    expect(recorded.length).toBeGreaterThanOrEqual(25);
    for (const s of recorded) {
      const [y, m, d] = s.date.split('-').map(Number);
      expect(flat, `${s.name} ${s.date}`).toContain(`${y}年${m}月${d}日`);
    }
    for (const article of ['第七条', '第十三条', '第十九条', '第二十五条', '第三十二条']) expect(flat, article).toContain(article);
    expect(flat).toContain('张晓明同志发展党员工作时间节点表');
    expect(flat).toContain('条号待核');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    await button(page, '返回').click();

    await button(page, '返回名单').click();
    expect((await remindersAsOf(null)).filter((l) => l.includes(PERSON.name))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
