import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppStatus } from '../../db/api/schemas/store';
import { createBackend, type Backend } from '../../db/backend';
import { FAST_SCRYPT, tempDir } from '../../db/test-support/temp-store';
import { startWebServer, type WebServer } from '../../scripts/web/server';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_RENDERER = join(REPO_ROOT, 'dist/renderer');
export const OUTPUT_DIR = join(REPO_ROOT, 'test-output');
export const SCREENSHOT_DIR = join(OUTPUT_DIR, 'screenshots');

/** The e2e tests drive the built UI; `npm test` builds it first, a developer runs `npx vite build`. */
export function requireBuiltRenderer(): void {
  if (!existsSync(join(DIST_RENDERER, 'index.html'))) {
    throw new Error(`${DIST_RENDERER}/index.html is missing: run \`npx vite build\` (or \`npm test\`, which builds first).`);
  }
}

function chromiumPath(): string {
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

/** Computed font size in px of the first element matching `selector`. */
export async function fontSizeOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

export interface RunningApp {
  dir: string;
  backend: Backend;
  server: WebServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors thrown in the page (each test file asserts there were none). */
  pageErrors: string[];
  status(): Promise<AppStatus>;
  close(): Promise<void>;
}

/**
 * A fresh data folder, the real backend in browser mode, and headless Chromium on a page
 * that has not been opened yet. Reduced motion makes the app turn antd's animations off,
 * so screenshots never catch a transition.
 */
export async function startApp(options: { beforeServe?: (backend: Backend) => Promise<void> } = {}): Promise<RunningApp> {
  requireBuiltRenderer();
  const dir = tempDir('branchdesk-e2e-');
  const backend = createBackend({ dataDir: dir.dir, scrypt: FAST_SCRYPT, idleCheckMs: 0 });
  await options.beforeServe?.(backend);
  const server = await startWebServer({ backend, staticDir: DIST_RENDERER, port: 0 });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    dir: dir.dir,
    backend,
    server,
    browser,
    page,
    pageErrors,
    async status() {
      const r = await backend.call('app.status', {});
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    },
    async close() {
      await browser.close();
      await server.close();
      backend.dispose();
      dir.cleanup();
    },
  };
}

/** A branch for tests that start past the first-run wizard (which first-run.test.ts covers). */
export const TEST_BRANCH = {
  name: '中共示范单位机关第一支部委员会',
  code: 'ZB-0001',
  kind: 'branch',
  category: '4',
  parentName: '中共示范单位机关委员会',
  parentCode: 'DW-01',
  secretaryName: '单晓红',
} as const;

export const TEST_PASSPHRASE = '我家门前有两棵枣树2026';

/** Creates the store through the API (fast), leaving it unlocked: the page opens on the main layout. */
export async function createStoreViaApi(backend: Backend, branch: typeof TEST_BRANCH = TEST_BRANCH): Promise<void> {
  const created = await backend.call('store.create', { passphrase: TEST_PASSPHRASE, branch });
  if (!created.ok) throw new Error(`store.create failed: ${created.error.code}`);
}

/** Calls the backend and returns the value, failing the test with the error code otherwise. */
export async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; issues?: unknown } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`backend call failed: ${result.error.code} ${JSON.stringify(result.error.issues ?? '')}`);
  return result.value;
}

/** antd's Select is not a native <select>: open it by its label, then click the option. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/**
 * Opens the app in its page and waits for the main layout of TEST_BRANCH (the store must be
 * unlocked, e.g. created in beforeServe). A step that fails should fail in seconds, not hold up
 * every later step for 30.
 */
export async function openMainPage(app: RunningApp): Promise<void> {
  app.page.setDefaultTimeout(10_000);
  await app.page.goto(app.server.url);
  await app.page.locator('.bd-header').getByText(TEST_BRANCH.name).waitFor();
}

/** Prints the page as Chromium would to paper and returns the PDF path and its text (pdftotext -layout). */
export async function printToPdf(page: Page, name: string, options: { landscape?: boolean } = {}): Promise<{ path: string; text: string; pages: string[] }> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ format: 'A4', landscape: options.landscape ?? false, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // Rendered at 60 dpi for a person to look at (test-output/<name>-N.png).
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(OUTPUT_DIR, name)]);
  return { path, text, pages: text.split('\f').filter((p) => p.trim() !== '') };
}
