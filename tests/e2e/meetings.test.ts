import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { createStoreViaApi, must, openMainPage, OUTPUT_DIR, printToPdf, type RunningApp, screenshot, SCREENSHOT_DIR, startApp, TEST_BRANCH } from './support';

/** The committee (王建国 书记) and two more members, one of them probationary. */
const COMMITTEE = ['王建国', '李秀英', '张伟', '刘芳', '陈明'];
const OTHERS = ['赵强', '孙丽'];
const ABSENT = { name: '刘芳', reason: '外出学习' };
const RESOLUTION = '同意将孙丽同志列为入党积极分子培养对象';
const PLACE = '三楼党员活动室';
const RECORDER = '李秀英';
const TOPIC = '研究确定入党积极分子';

const flat = (s: string) => s.replace(/\s+/g, '');

// The app works in the present (new records default to today, the cadence is of this month), so
// the seeded branch and the expected sentences are built around today's date.
const NOW = new Date();
const YEAR = NOW.getFullYear();
const MONTH_END = new Date(YEAR, NOW.getMonth() + 1, 0);
const MONTH_END_TEXT = `${MONTH_END.getMonth() + 1}月${MONTH_END.getDate()}日`;

/**
 * 组织生活 in browser mode: record a 支委会 with one absentee (and the reason) and a vote, be
 * refused when finalising it half filled (nothing saved), finalise it, print it (every header
 * field, the resolution and its votes, the reason, the 签到表 page, page numbers), export the
 * Word copy and read it, amend it with a reason and see the amendment on the print; the
 * cadence on the page and on the home screen, and the local 党课 rule.
 */
describe('组织生活 (browser mode, headless Chromium)', () => {
  let app: RunningApp;
  let backend: Backend;
  let page: Page;
  let code = '';
  // antd spaces out two-character labels ("定 稿"); an icon's name may come first.
  const button = (label: string) => page.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });
  const list = async () => must(backend.call('meetings.list', {}));
  const row = (name: string) => page.getByTestId('attendance-table').locator('tr', { hasText: name });
  /** 新建会议记录 → the type → 开始记录, on the form's heading. */
  const startRecord = async (type: string, expected: string) => {
    await page.getByRole('button', { name: '新建会议记录' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(expected).first().waitFor();
    await dialog.getByLabel(type).check();
    await dialog.getByRole('button', { name: '开始记录' }).click();
    await page.getByRole('heading', { name: `${type}记录` }).waitFor();
  };
  /** One part of the form, at full size, to look at. */
  const section = (heading: string, name: string) =>
    page.locator('.bd-meeting-section', { has: page.getByRole('heading', { name: heading, exact: true }) }).screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

  beforeAll(async () => {
    app = await startApp({
      beforeServe: async (b) => {
        await createStoreViaApi(b);
        const codes: string[] = [];
        for (const [i, name] of [...COMMITTEE, ...OTHERS].entries()) {
          const probationary = name === '孙丽';
          const fields = { name, gender: i % 2 ? ('1' as const) : ('2' as const), joinDate: probationary ? `${YEAR - 1}-07-01` : '2005-07-01', ...(probationary ? {} : { fullDate: '2006-07-01' }) };
          codes.push((await must(b.call('members.create', { fields, addition: { kind: 'import', date: `${YEAR - 1}-08-01` } }))).code);
        }
        const posts = ['secretary', 'organisation', 'publicity', 'discipline', 'member'] as const;
        await must(b.call('committee.saveTerm', { termStart: `${YEAR - 1}-01-01`, termYears: 3, posts: posts.map((post, i) => ({ post, memberCode: codes[i]! })) }));
      },
    });
    ({ backend, page } = app);
    await openMainPage(app);
  });

  afterAll(async () => {
    expect(app?.pageErrors ?? []).toEqual([]);
    await app?.close();
  });

  it('shows on the home screen which meetings the period still needs', async () => {
    const card = page.getByTestId('cadence-home');
    await card.getByText('本期还需召开：').waitFor();
    await expect(card.textContent()).resolves.toContain(`支部委员会会议本月已开 0 次，还差 1 次，${MONTH_END_TEXT}前`);
    await screenshot(page, 'meetings-01-home', { fullPage: false });
    await card.getByRole('button', { name: '打开组织生活' }).click();
    await page.getByTestId('cadence-card').waitFor();
    await page.getByText(`${YEAR}年还没有会议记录。`, { exact: false }).waitFor();
    await screenshot(page, 'meetings-02-page');
  });

  it('starts a 支委会 pre-filled with the committee and the usual agenda', async () => {
    await startRecord('支部委员会会议', '应到：本届支委会成员');
    for (const name of COMMITTEE) await row(name).waitFor();
    await expect(page.getByTestId('attendance-table').locator('tbody tr').count()).resolves.toBe(5);
    await expect(page.getByLabel('主持人', { exact: true }).inputValue()).resolves.toBe(TEST_BRANCH.secretaryName);
    await expect(page.getByRole('group', { name: '议程 1' }).getByLabel('内容').inputValue()).resolves.toBe('研究党员大会议程及组织安排');
    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('到会人数符合规定：实到 5 人，至少需要 3 人。');
  });

  it('refuses to finalise a half-filled record, says what is missing under each field, and saves nothing', async () => {
    await button('定稿').click();
    await page.getByTestId('not-ready').waitFor();
    for (const label of ['地点', '开始时间', '记录人']) await page.getByText(`定稿前请填写${label}。`).waitFor();
    expect(await list()).toEqual([]);
    await screenshot(page, 'meetings-03-not-ready', { fullPage: false });
  });

  it('saves the half-filled record as a draft, numbered', async () => {
    await button('保存草稿').click();
    await page.getByText('已保存（第1次）。').waitFor();
    const [draft] = await list();
    expect(draft).toMatchObject({ status: 'draft', numberInYear: 1, expected: 5, present: 5 });
    expect((await must(backend.call('meetings.get', { code: draft!.code }))).place).toBeNull();
  });

  it('records the meeting: times typed loosely, one absentee with the reason, live counts and quorum, a vote', async () => {
    await page.getByLabel('开始时间', { exact: true }).fill('1430');
    await page.getByLabel('结束时间', { exact: true }).fill('16.00');
    await page.getByLabel('地点', { exact: true }).fill(PLACE);
    await expect(page.getByLabel('开始时间', { exact: true }).inputValue()).resolves.toBe('14:30');
    await expect(page.getByLabel('结束时间', { exact: true }).inputValue()).resolves.toBe('16:00');
    await page.getByLabel('记录人', { exact: true }).fill(RECORDER);
    await page.getByLabel('会议议题', { exact: true }).fill(TOPIC);

    await row(ABSENT.name).getByText('缺席', { exact: true }).click();
    await page.getByLabel(`${ABSENT.name}的缺席原因`).fill(ABSENT.reason);
    await expect.poll(() => page.getByTestId('attendance-figures').textContent()).toBe('应到5 人实到4 人缺席1 人列席0 人');
    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('到会人数符合规定：实到 4 人，至少需要 3 人。');
    await expect(page.getByTestId('quorum').textContent()).resolves.toContain('规定：支委会须有半数以上委员到会（应到 5 人，至少 3 人）。');
    await page.getByLabel('列席人员姓名').fill('周敏');
    await button('添加列席').click();
    await row('周敏').getByText('列席').first().waitFor();

    const content = page.getByRole('textbox', { name: '会议内容' });
    await content.click();
    await page.getByRole('button', { name: '一、标题' }).click();
    await page.keyboard.type('研究入党积极分子人选');
    await page.getByRole('button', { name: '1. 条目' }).click();
    await page.keyboard.type('孙丽同志递交入党申请书已满半年，表现良好。');
    await expect(content.inputValue()).resolves.toBe('一、研究入党积极分子人选\n1. 孙丽同志递交入党申请书已满半年，表现良好。');

    await page.getByRole('button', { name: '添加决议' }).click();
    const resolution = page.getByRole('group', { name: '第1项决议' });
    await resolution.getByLabel('决议事项').fill(RESOLUTION);
    await resolution.getByText('记录表决结果').click();
    await page.getByLabel('第1项决议赞成票数').fill('5');
    await page.getByText('赞成、反对、弃权票加起来超过了到会的有表决权人数（4 人）', { exact: false }).waitFor();
    await page.getByLabel('第1项决议赞成票数').fill('4');
    await expect.poll(() => page.getByText('超过了到会的有表决权人数', { exact: false }).count()).toBe(0);

    await page.getByRole('button', { name: '添加后续事项' }).click();
    const followUp = page.getByRole('group', { name: '后续事项 1' });
    await followUp.getByLabel('事项', { exact: true }).fill('确定培养联系人，报党委备案');
    await followUp.getByLabel('责任人').fill('张伟');
    await expect(page.getByTestId('not-ready').count(), 'the refusal goes once its fields are filled').resolves.toBe(0);
    await screenshot(page, 'meetings-04-form-filled');
    await section('出席情况', 'meetings-04a-attendance');
    await section('表决和决议', 'meetings-04b-resolutions');

    await page.keyboard.press('Control+s');
    await page.getByText('已全部保存').waitFor();
    const saved = await list();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ status: 'draft', expected: 5, present: 4, numberInYear: 1 });
    code = saved[0]!.code;
    await page.getByText(`${YEAR}年第1次`).waitFor();
  });

  it('finalises the record after asking, and shows it read-only as the minutes', async () => {
    await button('定稿').click();
    await page.getByRole('dialog').getByText('定稿后记录会锁定。', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /^定\s?稿$/ }).click();
    await page.getByTestId('minutes-screen').locator('.bd-minutes-page').first().waitFor();
    await expect(page.getByTestId('minutes-screen').textContent()).resolves.toContain(RESOLUTION);
    expect((await must(backend.call('meetings.get', { code }))).status).toBe('final');
    await screenshot(page, 'meetings-05-final-view');
  });

  it('prints the minutes: every header field, the resolution with its votes, the reason, the 签到表, page numbers', async () => {
    await button('打印预览').click();
    await page.getByTestId('print-preview').waitFor();
    await expect.poll(() => button('打印').isEnabled()).toBe(true);
    await screenshot(page, 'meetings-06-print-preview', { fullPage: false });
    const { text, pages } = await printToPdf(page, 'meetings-minutes');
    const minutes = await must(backend.call('meetings.minutes', { code }));
    const all = flat(text);
    expect(all).toContain(flat(TEST_BRANCH.name));
    expect(all).toContain('支部委员会会议记录');
    for (const [label, value] of minutes.headerRows) {
      expect(all, label).toContain(flat(label));
      expect(all, `${label}: ${value}`).toContain(flat(value));
    }
    for (const expected of [PLACE, RECORDER, '14:30—16:00', '应到5人，实到4人', `${ABSENT.name}（${ABSENT.reason}）`, '周敏', RESOLUTION, '赞成4票，反对0票，弃权0票', '符合规定人数', '散会。', '主持人（签字）', '记录人（签字）', '研究入党积极分子人选']) {
      expect(all, expected).toContain(flat(expected));
    }
    expect(text, 'only the minutes print, not the app').not.toContain('返回列表');
    const last = flat(pages.at(-1)!);
    expect(last).toContain('支部委员会会议签到表');
    for (const name of [...COMMITTEE, '周敏']) expect(last, name).toContain(name);
    pages.forEach((p, i) => expect(flat(p), `page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`));
    await button('返回').click();
  });

  it('exports the Word copy from the page: a valid .docx with the same text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), button('导出 Word').click()]);
    expect(download.suggestedFilename()).toMatch(/^支部委员会会议记录-\d{4}-\d{2}-\d{2}\.docx$/);
    const path = join(OUTPUT_DIR, 'meetings-minutes.docx');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.startsWith('<?xml')).toBe(true);
    const words = flat(xml.replace(/<[^>]+>/g, ''));
    const minutes = await must(backend.call('meetings.minutes', { code }));
    for (const [label, value] of minutes.headerRows) expect(words, label).toContain(flat(label + value));
    for (const s of minutes.sections) for (const p of s.paragraphs) expect(words, p).toContain(flat(p));
    expect(words).toContain('赞成4票，反对0票，弃权0票');
    expect(words).toContain('支部委员会会议签到表');
  });

  it('amends the finalised record only with a reason, lists the amendment, and marks it on the print', async () => {
    await button('更正').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '开始更正' }).click();
    await dialog.getByText('请写明更正原因。').waitFor();
    await dialog.getByLabel('更正原因').fill('地点记错，应为二楼会议室');
    await dialog.getByRole('button', { name: '开始更正' }).click();
    await page.getByText('正在更正已定稿的记录。更正原因：地点记错，应为二楼会议室').waitFor();
    await page.getByLabel('地点', { exact: true }).fill('二楼会议室');
    await page.getByRole('button', { name: '保存更正' }).click();
    await page.getByText('更正已保存，并记入审计记录。').waitFor();
    const amendments = page.getByTestId('amendments');
    await amendments.getByText('原因：地点记错，应为二楼会议室').waitFor();
    await amendments.getByText('改动了：地点').waitFor();
    await page.getByText('更正 1 次').first().waitFor();
    await screenshot(page, 'meetings-07-amended');

    await button('打印预览').click();
    await expect.poll(() => button('打印').isEnabled()).toBe(true);
    const { text } = await printToPdf(page, 'meetings-minutes-amended');
    expect(flat(text)).toContain('本记录定稿后修改1次');
    expect(flat(text)).toContain('原因：地点记错，应为二楼会议室');
    expect(flat(text)).toContain('二楼会议室');
    await button('返回').click();
  });

  it('lists the record by year and type with its state, and counts it in the cadence', async () => {
    await page.getByRole('button', { name: '返回列表' }).first().click();
    const table = page.getByTestId('meetings-list');
    await table.getByText(TOPIC).waitFor();
    await expect(table.locator('tbody tr').first().textContent()).resolves.toMatch(/支部委员会会议第1次.*4\/5 人已定稿更正 1 次/);
    const cadence = page.getByTestId('cadence-card');
    await expect(cadence.locator('tr', { hasText: '支部委员会会议' }).textContent()).resolves.toContain('本月已开 1 次');
    await page.getByLabel('会议类型', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="党课"]').click();
    await page.getByText(`${YEAR}年还没有会议记录。`, { exact: false }).waitFor();
    await screenshot(page, 'meetings-08-list');
  });

  it('sets the local 党课 rule, and the cadence follows it', async () => {
    await page.getByRole('button', { name: '设置党课频次' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('周期').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="每月"]').click();
    await dialog.getByLabel('至少').fill('2');
    await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByTestId('cadence-card').locator('tr', { hasText: '党课' }).getByText('每月至少 2 次').waitFor();
    const lecture = (await must(backend.call('meetings.cadence', {}))).find((l) => l.type === 'lecture');
    expect(lecture).toMatchObject({ period: 'month', required: 2, local: true });
  });

  it('reads well in large text: a 党员大会 counts the voting members apart (预备党员 have no vote)', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByText('大字', { exact: true }).click();
    await page.getByRole('menuitem', { name: '组织生活（三会一课）' }).click();
    await startRecord('支部党员大会', '应到：全体党员');
    await expect.poll(() => row('孙丽').textContent()).toContain('无（预备党员）');
    await expect(row('王建国').textContent()).resolves.toContain('有表决权');
    await expect.poll(() => page.getByTestId('attendance-figures').textContent()).toContain('有表决权应到6 人有表决权实到6 人');
    await expect(page.getByTestId('quorum').textContent()).resolves.toContain('规定：党员大会须有表决权的正式党员过半数到会（应到 6 人，至少 4 人）。');
    await section('出席情况', 'meetings-09-large-assembly');
    await screenshot(page, 'meetings-09-large-text', { fullPage: false });
    await page.getByRole('button', { name: '返回列表' }).first().click();
    await page.getByTestId('meetings-list').waitFor();
    expect(await list()).toHaveLength(1);
  });

  it('cuts long minutes into full, numbered pages without losing a word', async () => {
    const sentence = '会议认为，要把学习贯彻党的创新理论同推动本单位中心工作结合起来，做到学思用贯通、知信行统一。';
    const long = `二、${'书记结合本单位实际作了具体部署。'.repeat(2)}${sentence.repeat(14)}`;
    const paragraphs = ['一、学习传达上级文件精神', ...Array.from({ length: 12 }, (_, i) => `（${i + 1}）${sentence}`), long, '三、下一步工作安排', '1. 各党小组按月开展学习。'];
    const draft = await must(backend.call('meetings.draft', { type: 'general-assembly', date: `${YEAR}-${String(NOW.getMonth() + 1).padStart(2, '0')}-01` }));
    const created = await must(
      backend.call('meetings.create', {
        meeting: { ...draft, place: '大会议室', recorder: RECORDER, startTime: '09:00', endTime: '11:30', topics: ['学习贯彻'], content: paragraphs.join('\n'), resolutions: [{ title: '通过学习计划', vote: { for: 6, against: 0, abstain: 0 } }] },
      }),
    );
    await page.reload();
    await page.getByRole('menuitem', { name: '组织生活（三会一课）' }).click();
    await page.getByRole('button', { name: `打开支部党员大会第${created.numberInYear}次记录` }).click();
    await button('打印预览').click();
    await expect.poll(() => button('打印').isEnabled()).toBe(true);
    const { text, pages } = await printToPdf(page, 'meetings-minutes-long');
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((p, i) => expect(flat(p), `page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`));
    // Read as one text without the page footers, every paragraph is there whole, in order.
    const body = flat(text).replace(/第\d+页共\d+页/g, '');
    let from = 0;
    for (const p of paragraphs) {
      const at = body.indexOf(flat(p), from);
      expect(at, p.slice(0, 20)).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(body).toContain('赞成6票，反对0票，弃权0票');
    expect(flat(pages.at(-1)!)).toContain('支部党员大会签到表');
    await button('返回').click();
  });
});
