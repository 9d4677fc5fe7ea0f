import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { BranchInput } from '../../db/api/schemas/store';
import { must, OUTPUT_DIR, printToPdf, screenshot, startApp, TEST_PASSPHRASE, type RunningApp } from './support';

/** Hierarchical codes (统一编码): a scope is a code prefix, so the branch's code continues its 党委's. */
const COMMITTEE: BranchInput = {
  name: '中共示范单位机关委员会',
  code: 'DW-01',
  kind: 'committee',
  category: '4',
  parentName: '中共示范市直属机关工作委员会',
  parentCode: 'SW-01',
  secretaryName: '李建华',
};
const BRANCH: BranchInput = {
  name: '中共示范单位机关第一支部委员会',
  code: 'DW-01-ZB-0001',
  kind: 'branch',
  category: '4',
  parentName: COMMITTEE.name,
  parentCode: COMMITTEE.code,
  secretaryName: '单晓红',
};
const MEMBERS = [
  { name: '王建国', gender: '1' as const },
  { name: '李秀英', gender: '2' as const },
  { name: '欧阳明', gender: '1' as const },
];

/** The last quarter that has ended: the one a branch reports now. */
function lastEndedQuarter(today = new Date()): string {
  const q = Math.floor(today.getMonth() / 3);
  return q === 0 ? `${today.getFullYear() - 1}Q4` : `${today.getFullYear()}Q${q}`;
}
const PERIOD = lastEndedQuarter();

async function seed(b: Backend, org: BranchInput, withReport: boolean): Promise<void> {
  await must(b.call('store.create', { passphrase: TEST_PASSPHRASE, branch: org }));
  if (!withReport) return;
  for (const m of MEMBERS) {
    await must(b.call('members.create', { fields: { ...m, ethnicity: '01', birthDate: '1975-05-01', joinDate: '1998-07-01', fullDate: '1999-07-01' }, addition: { kind: 'import', date: '2020-01-01' } }));
  }
  // The report goes out only as a submitted version: explain each warning, then submit.
  const computed = await must(b.call('reports.compute', { period: PERIOD }));
  for (const i of computed.validation.issues) await must(b.call('reports.explain', { period: PERIOD, key: i.key, text: '本季度情况说明（测试）' }));
  await must(b.call('reports.submit', { period: PERIOD }));
}

/** Everything an import could write, as one string: equal before and after means nothing was written. */
function snapshot(b: Backend): string {
  const store = b.session.requireStore();
  const tables = ['bundle_log', 'bundle_streams', 'replica_rows', 'authorisations', 'enrolments', 'org_keys', 'audit_log'];
  return tables.map((t) => JSON.stringify(store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

const FILES = join(OUTPUT_DIR, 'exchange-files');
// antd spaces out two-character labels ("批 准"); an icon's name may come first ("upload 选择…").
const button = (page: Page, label: string) => page.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(FILES, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}

async function upload(page: Page, testId: string, path: string): Promise<void> {
  await page.getByTestId(testId).locator('input[type=file]').setInputFiles(path);
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('menuitem', { name: '数据交换' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

async function fingerprintIn(scope: ReturnType<Page['locator']>): Promise<string[]> {
  return scope.locator('.bd-fingerprint-group').allTextContents();
}

/**
 * Two browser-mode installations side by side, a 党委 and one of its branches, carrying files
 * between them as a secretary would a USB stick: enrol, compare the fingerprint, authorise,
 * send the quarterly report, import it with the dry run, hand the receipt back; then the same
 * file again (already imported, says when) and a damaged copy (refused, nothing written).
 */
describe('数据交换 between a branch and its 党委 (two browser-mode instances)', () => {
  let branch: RunningApp;
  let committee: RunningApp;
  let branchFingerprint: string[];
  let committeeFingerprint: string[];
  let reportFile: string;
  const bp = () => branch.page;
  const cp = () => committee.page;

  beforeAll(async () => {
    mkdirSync(FILES, { recursive: true });
    committee = await startApp({ beforeServe: (b) => seed(b, COMMITTEE, false) });
    branch = await startApp({ beforeServe: (b) => seed(b, BRANCH, true) });
    for (const app of [committee, branch]) {
      app.page.setDefaultTimeout(15_000);
      await app.page.goto(app.server.url);
    }
    await cp().locator('.bd-header').getByText(COMMITTEE.name).waitFor();
    await bp().locator('.bd-header').getByText(BRANCH.name).waitFor();
  });

  afterAll(async () => {
    expect(branch?.pageErrors ?? []).toEqual([]);
    expect(committee?.pageErrors ?? []).toEqual([]);
    await branch?.close();
    await committee?.close();
  });

  it('shows each installation its own fingerprint in groups, large, and prints the fingerprint sheet', async () => {
    await openTab(cp(), '本单位身份');
    committeeFingerprint = await fingerprintIn(cp().locator('.bd-exchange-own-fp'));
    await openTab(bp(), '本单位身份');
    branchFingerprint = await fingerprintIn(bp().locator('.bd-exchange-own-fp'));
    for (const fp of [branchFingerprint, committeeFingerprint]) {
      expect(fp).toHaveLength(8);
      for (const g of fp) expect(g).toMatch(/^\d{5}$/);
    }
    expect(branchFingerprint).not.toEqual(committeeFingerprint);
    await bp().getByText('本单位还没有得到上级的授权。').waitFor();
    await screenshot(bp(), 'exchange-01-branch-identity');

    await button(bp(), '打印指纹核对单').click();
    await bp().getByTestId('print-preview').waitFor();
    const { text, pages } = await printToPdf(bp(), 'exchange-fingerprint-sheet');
    expect(pages).toHaveLength(1);
    expect(text).toContain('密钥指纹核对单');
    expect(text).toContain(BRANCH.name);
    expect(text).toContain(BRANCH.code);
    for (const g of branchFingerprint) expect(text).toContain(g);
    await button(bp(), '返回').click();
  });

  it('enrols the branch: request exported by the branch, imported, compared and approved by the 党委, authorisation imported', async () => {
    await bp().getByRole('tab', { name: '向上级申请授权' }).click();
    // Nothing can be sent before the superior authorises us.
    const request = await downloadFrom(bp(), () => button(bp(), '导出入网申请文件').click());
    expect(request).toMatch(/\.bdx$/);
    await bp().getByTestId('delivered').getByText('请把这个文件和指纹核对单一起交给上级', { exact: false }).waitFor();

    await openTab(cp(), '审批下级');
    await upload(cp(), 'import-enrolment', request);
    const summary = cp().getByTestId('import-enrolment').getByTestId('import-summary');
    await summary.getByText('入网申请', { exact: true }).first().waitFor();
    await button(cp(), '确认导入').click();
    await cp().getByText(`已导入${BRANCH.name}的入网申请。`).waitFor();

    // 核对指纹: the fingerprint beside the step is the one the branch's own screen shows.
    const card = cp().getByTestId(`enrolment-${BRANCH.code}`);
    await card.waitFor();
    expect(await fingerprintIn(card)).toEqual(branchFingerprint);
    const approve = card.getByRole('button', { name: /核对无误，批准/ });
    await expect(approve.isDisabled()).resolves.toBe(true);
    // A digit misheard over the phone: group 3 is named, and approval stays closed.
    const wrong = [...branchFingerprint];
    wrong[2] = wrong[2]!.replace(/^./, (d) => String((Number(d) + 1) % 10));
    const typed = card.getByLabel('输入对方念给您的指纹', { exact: false });
    await typed.fill(wrong.join(' '));
    await card.getByText('第 3 组不一致！', { exact: false }).waitFor();
    await expect(approve.isDisabled()).resolves.toBe(true);
    await typed.fill(branchFingerprint.join(' '));
    await card.getByTestId('fp-match').waitFor();
    await expect(approve.isDisabled()).resolves.toBe(false);
    await screenshot(cp(), 'exchange-02-committee-compare-fingerprint');
    await approve.click();
    await cp().getByText(`已批准${BRANCH.name}的入网申请。`).waitFor();
    const authorisation = await downloadFrom(cp(), () => button(cp(), '导出授权书').click());
    await cp().getByText('目前没有等待批准的入网申请。').waitFor();
    const issued = cp().locator('.ant-card').filter({ hasText: '已授权的下级' });
    await issued.getByText(`${BRANCH.name}（${BRANCH.code}）`).waitFor();
    await issued.getByText('有效', { exact: true }).waitFor();

    await upload(bp(), 'import-authorisation', authorisation);
    const incoming = bp().getByTestId('import-authorisation').getByTestId('import-summary');
    await incoming.getByText('授权书').first().waitFor();
    // The branch compares the 党委's fingerprint before trusting it (trust on first use).
    expect(await fingerprintIn(incoming)).toEqual(committeeFingerprint);
    await button(bp(), '确认导入').click();
    const ours = bp().getByTestId('our-authorisation');
    await ours.locator('.ant-descriptions').getByText(`${COMMITTEE.name}（${COMMITTEE.code}）`).waitFor();
    expect(await fingerprintIn(ours.locator('.ant-descriptions'))).toEqual(committeeFingerprint);
    await ours.locator('.ant-descriptions').getByText(BRANCH.code, { exact: true }).waitFor();
    await screenshot(bp(), 'exchange-03-branch-authorised');
  });

  it('sends the quarterly report bundle and prints its cover sheet on one A4 page', async () => {
    await bp().getByRole('tab', { name: '报送' }).click();
    // The newest submitted period is chosen already, with its latest version.
    await bp().getByText('（第 1 版）', { exact: false }).first().waitFor();
    reportFile = await downloadFrom(bp(), () => button(bp(), '导出报表数据包').click());
    const sent = bp().getByTestId('sent-log');
    await sent.getByText('等待回执').waitFor();
    await sent.getByText('第 1 号').waitFor();

    await bp().getByTestId('delivered').getByRole('button', { name: /打印交接单/ }).click();
    await bp().getByTestId('print-preview').waitFor();
    await screenshot(bp(), 'exchange-04-cover-sheet-preview', { fullPage: false });
    const { text, pages } = await printToPdf(bp(), 'exchange-cover-sheet');
    expect(pages).toHaveLength(1);
    for (const s of ['数据包交接单（统计报表）', '发送单位', BRANCH.name, '接收单位', COMMITTEE.name, COMMITTEE.code, PERIOD, '报表 1 条']) expect(text).toContain(s);
    expect(text).toMatch(/序号\s+第\s*1\s*号/);
    for (const g of branchFingerprint) expect(text).toContain(g);
    await button(bp(), '返回').click();
  });

  it('the 党委 reads the dry run, applies it, and hands back the receipt; the branch sees it acknowledged', async () => {
    await openTab(cp(), '接收');
    const before = snapshot(committee.backend);
    await upload(cp(), 'import-data', reportFile);
    const area = cp().getByTestId('import-data');
    await area.getByText('核对通过，还没有导入。').waitFor();
    const summary = area.getByTestId('import-summary');
    await summary.getByText(`${BRANCH.name}（${BRANCH.code}）`).waitFor();
    await summary.getByText('统计报表').waitFor();
    expect(await summary.locator('.bd-exchange-count-new .ant-statistic-content-value').textContent()).toBe('1');
    expect(await fingerprintIn(summary)).toEqual(branchFingerprint);
    await summary.getByRole('cell', { name: `${BRANCH.code}-${PERIOD}` }).waitFor();
    // The dry run wrote nothing.
    expect(snapshot(committee.backend)).toBe(before);
    await screenshot(cp(), 'exchange-05-committee-dry-run');

    await button(cp(), '确认导入').click();
    await area.getByText(`已导入${BRANCH.name}的统计报表。`).waitFor();
    const receipt = await downloadFrom(cp(), () => button(cp(), '下载回执文件').click());
    const held = cp().getByTestId('held-orgs');
    await held.getByText(`${BRANCH.name}（${BRANCH.code}）`).waitFor();
    await held.getByText(PERIOD).waitFor();
    await screenshot(cp(), 'exchange-06-committee-imported');

    await upload(bp(), 'import-receipt', receipt);
    await bp().getByTestId('import-receipt').getByText('回执', { exact: true }).first().waitFor();
    await button(bp(), '确认导入').click();
    await bp().getByTestId('sent-log').getByText(/^已确认（/).waitFor();
    await screenshot(bp(), 'exchange-07-branch-acknowledged');
  });

  it('the same bundle again: already imported, says when, nothing changes', async () => {
    const before = snapshot(committee.backend);
    await cp().getByTestId('import-data').getByRole('button', { name: /选择其他文件/ }).waitFor();
    await upload(cp(), 'import-data', reportFile);
    const replayed = cp().getByTestId('import-replayed');
    await replayed.waitFor();
    const log = await must(committee.backend.call('bundles.log', {}));
    const at = log.find((e) => e.direction === 'in' && e.kind === 'report')!.at;
    const local = await cp().evaluate((iso) => {
      const d = new Date(iso);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
    }, at);
    expect(await replayed.textContent()).toContain(`这个数据包已于 ${local} 导入过，这次不会有任何改动。`);
    await expect(cp().getByTestId('import-data').getByRole('button', { name: /确认导入/ }).count()).resolves.toBe(0);
    expect(snapshot(committee.backend)).toBe(before);
    await screenshot(cp(), 'exchange-08-replayed', { fullPage: false });
  });

  it('a damaged copy (one byte flipped) is refused in plain words and nothing is written', async () => {
    const bytes = readFileSync(reportFile);
    const damaged = Buffer.from(bytes);
    const at = Math.floor(damaged.length / 2);
    damaged[at] = damaged[at]! ^ 0x01;
    const damagedFile = join(FILES, 'damaged-copy.bdx');
    writeFileSync(damagedFile, damaged);
    const before = snapshot(committee.backend);
    await upload(cp(), 'import-data', damagedFile);
    const refusal = cp().getByTestId('import-data').getByTestId('import-refusal');
    await refusal.waitFor();
    const code = await refusal.locator('[data-error-code]').getAttribute('data-error-code');
    expect(['BUNDLE_SIGNATURE_INVALID', 'BUNDLE_DAMAGED']).toContain(code);
    await refusal.getByText('没有导入任何内容，本机数据保持原样。').waitFor();
    await refusal.getByText(/请让发送单位重新导出/).waitFor();
    await expect(cp().getByTestId('import-data').getByTestId('import-summary').count()).resolves.toBe(0);
    expect(snapshot(committee.backend)).toBe(before);
    await screenshot(cp(), 'exchange-09-damaged-refused');
  });

  it('full replicas: one out of order is refused naming the missing number; in order they apply; the roster held is read only', async () => {
    const second = await downloadFrom(bp(), () => button(bp(), '导出完整数据包').click());
    await bp().getByTestId('sent-log').getByText('第 2 号').waitFor();
    const third = await downloadFrom(bp(), () => button(bp(), '导出完整数据包').click());
    await bp().getByTestId('sent-log').getByText('第 3 号').waitFor();

    // Number 3 before number 2: refused, and it says which one to fetch first.
    const before = snapshot(committee.backend);
    await upload(cp(), 'import-data', third);
    const refusal = cp().getByTestId('import-data').getByTestId('import-refusal');
    await refusal.getByText('数据包的顺序不对：这是第 3 号，本单位下一个应导入的是第 2 号。').waitFor();
    await refusal.getByText('请先向发送单位要来第 2 号数据包并导入', { exact: false }).waitFor();
    expect(snapshot(committee.backend)).toBe(before);

    await upload(cp(), 'import-data', second);
    const area = cp().getByTestId('import-data');
    const summary = area.getByTestId('import-summary');
    await summary.getByText('完整数据（党员名册）').first().waitFor();
    expect(await summary.locator('.bd-exchange-count-new .ant-statistic-content-value').textContent()).toBe(String(MEMBERS.length));
    for (const m of MEMBERS) await summary.getByRole('cell', { name: m.name }).waitFor();
    await button(cp(), '确认导入').click();
    await area.getByText(`已导入${BRANCH.name}的完整数据（党员名册）。`).waitFor();

    await upload(cp(), 'import-data', third);
    await area.getByText('核对通过，还没有导入。').waitFor();
    expect(await area.locator('.bd-exchange-count-unchanged .ant-statistic-content-value').textContent()).toBe(String(MEMBERS.length));
    await button(cp(), '确认导入').click();
    await area.getByText(`已导入${BRANCH.name}的完整数据（党员名册）。`).waitFor();

    const held = cp().getByTestId('held-orgs');
    await held.getByRole('cell', { name: `${MEMBERS.length} 人` }).waitFor();
    await held.getByRole('button', { name: /查\s?看/ }).click();
    const drawer = cp().locator('.ant-drawer');
    await drawer.getByText(`${BRANCH.name}的数据由它自己维护，这里只能查看。`).waitFor();
    for (const m of MEMBERS) await drawer.getByRole('cell', { name: m.name }).waitFor();
    // Read only: nothing in the drawer edits a row.
    await expect(drawer.locator('.ant-table').getByRole('button').count()).resolves.toBe(0);
    await screenshot(cp(), 'exchange-10-held-roster', { fullPage: false });
  });
});
