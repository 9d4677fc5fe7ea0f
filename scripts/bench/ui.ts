/**
 * UI figures in browser mode (issue "Fast at every size", item 3): the built renderer served by
 * scripts/web/server.ts from the bench's own data folder, driven by Debian's Chromium through
 * playwright-core with the same flags, viewport and selectors as the e2e tests (tests/e2e).
 *
 * - first roster rows: navigation → app shell → (menu 党员名册, clicked in the page the moment it
 *   exists) → the first roster row showing a member, all timed in the page from navigation start.
 * - roster scrolling: requestAnimationFrame deltas while the roster scrolls a fixed step per frame,
 *   against the rAF deltas of the same page standing idle for the same time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createBackend, type Backend } from '../../db/backend';
import { startWebServer, type WebServer } from '../web/server';
import { figure, type Figure } from './figure';
import { frameDeltas, marksOrThrow, scrollStarts } from './ui-frames';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST_RENDERER = join(ROOT, 'dist', 'renderer');
/** The e2e tests' selectors (tests/e2e/members.test.ts, support.ts). */
const SHELL = '.bd-header';
const GRID = '[data-testid="roster-grid"]';
const MENU_LABEL = '党员名册';
const SCROLL_MS = 2_000;
/** About one wheel notch per frame: a brisk, sustained scroll (≈ 7,200 px/s at 60 Hz). */
const STEP_PX = 120;

function chromiumPath(): string {
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
}

function ensureBuiltRenderer(): void {
  if (existsSync(join(DIST_RENDERER, 'index.html'))) return;
  console.error('dist/renderer is missing: building it (npx vite build) …');
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Runs in every page before the app's scripts. Records, in ms since navigation start, the frame
 * in which the shell and the first member row are on screen (a rAF after the DOM has them: the
 * paint follows that callback), and opens the roster from the menu as soon as the menu exists,
 * so no round trip to the test driver sits inside the measured time.
 */
function instrument({ shell, grid, menuLabel }: { shell: string; grid: string; menuLabel: string }): void {
  const marks: Record<string, number> = {};
  (window as unknown as { __bdBench: Record<string, number> }).__bdBench = marks;
  const seen = new Set<string>();
  const onFrame = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    requestAnimationFrame(() => (marks[name] = performance.now()));
  };
  const check = () => {
    if (document.querySelector(shell)) onFrame('shell');
    if (seen.has('shell') && !seen.has('menu')) {
      const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((e) => e.textContent?.includes(menuLabel));
      if (item) {
        seen.add('menu');
        marks.menu = performance.now();
        item.click();
      }
    }
    const row = document.querySelector(`${grid} [role="row"][aria-rowindex="2"]`);
    if (row && !row.querySelector('.bd-roster-pending') && row.textContent?.trim()) {
      onFrame('rows');
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function openRoster(context: BrowserContext, url: string, pageErrors: string[]): Promise<{ page: Page; shell: number; rows: number }> {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page
    .waitForFunction(() => typeof (window as unknown as { __bdBench?: { rows?: number } }).__bdBench?.rows === 'number', null, {
      timeout: Number(process.env.BENCH_UI_TIMEOUT_MS ?? 60_000),
      polling: 50,
    })
    .catch(async (e: unknown) => {
      const marks = await page.evaluate(() => JSON.stringify((window as unknown as { __bdBench?: unknown }).__bdBench)).catch(() => '?');
      const text = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '?');
      throw new Error(`the roster never showed a row (marks ${marks}; page text: ${text}; page errors: ${pageErrors.join('; ') || 'none'})`, { cause: e });
    });
  const marks = await page.evaluate(() => (window as unknown as { __bdBench: Record<string, number> }).__bdBench);
  const { shell, rows } = marksOrThrow(marks, ['shell', 'rows']);
  return { page, shell, rows };
}

/** rAF timestamps over `ms`; with a step, the roster scrolls that many px each frame. */
function frames(page: Page, ms: number, step: number): Promise<number[]> {
  return page.evaluate(
    ({ grid, ms, step }) =>
      new Promise<number[]>((resolve) => {
        const el = document.querySelector<HTMLElement>(grid)!;
        const stamps: number[] = [];
        const tick = (t: number) => {
          stamps.push(t);
          if (t - stamps[0]! >= ms) return resolve(stamps);
          if (step) el.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { grid: GRID, ms, step },
  );
}

async function scrollSamples(page: Page, passes: number): Promise<{ scroll: number[]; idle: number[]; pendingAtEnd: number }> {
  const maxScroll = await page.locator(GRID).evaluate((el) => el.scrollHeight - el.clientHeight);
  const travel = STEP_PX * Math.ceil((SCROLL_MS / 1000) * 70);
  const scroll: number[] = [];
  const idle: number[] = [];
  let pendingAtEnd = 0;
  for (const start of scrollStarts(passes, maxScroll, travel)) {
    await page.locator(GRID).evaluate((el, top) => (el.scrollTop = top), start);
    // Rows at the new place loaded before either pass, so both start from a settled page.
    await page.waitForFunction((grid) => !document.querySelector(`${grid} .bd-roster-pending`), GRID, { timeout: 60_000, polling: 50 });
    idle.push(...frameDeltas(await frames(page, SCROLL_MS, 0)));
    scroll.push(...frameDeltas(await frames(page, SCROLL_MS, STEP_PX)));
    pendingAtEnd += await page.locator(`${GRID} .bd-roster-pending`).count();
  }
  return { scroll, idle, pendingAtEnd };
}

export interface UiOptions {
  scale: string;
  members: number;
  /** The data folder holding the store (storePaths(dataDir)); it must not be open elsewhere. */
  dataDir: string;
  passphrase: string;
  runs: number;
  /** Scroll passes (2 s each, plus as long idle); 0 skips the scrolling figure. */
  scrollPasses: number;
}

export async function uiFigures(o: UiOptions): Promise<Figure[]> {
  ensureBuiltRenderer();
  let backend: Backend | undefined;
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  try {
    backend = createBackend({ dataDir: o.dataDir, idleCheckMs: 0 });
    const unlocked = await backend.call('store.unlock', { passphrase: o.passphrase });
    if (!unlocked.ok) throw new Error(`store.unlock failed: ${unlocked.error.code}`);
    server = await startWebServer({ backend, staticDir: DIST_RENDERER, port: 0 });
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    // tsx compiles with keepNames, which wraps functions in a `__name(...)` helper that exists
    // only in Node; the functions this file hands to the page need it there too.
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    await context.addInitScript(instrument, { shell: SHELL, grid: GRID, menuLabel: MENU_LABEL });
    const pageErrors: string[] = [];

    const shellMs: number[] = [];
    const rowsMs: number[] = [];
    // One untimed load first: Chromium's caches and the backend's first query warm up.
    for (let i = -1; i < o.runs; i++) {
      const { page, shell, rows } = await openRoster(context, server.url, pageErrors);
      if (i >= 0) {
        shellMs.push(shell);
        rowsMs.push(rows);
      }
      await page.close();
    }
    const members = o.members.toLocaleString('en');
    const figures = [
      figure(o.scale, 'ui', `first roster rows after navigation (${members} members)`, rowsMs, 'app shell shown after navigation (needs no data)', shellMs, {
        unit: 'ms from navigation start',
        targets: [{ on: 'p95-ms', op: '<=', value: 1000 }],
        note:
          'headless Chromium, browser mode; each run a fresh tab: navigation start → the frame showing the first member row (the page opens the roster from the menu as soon as the shell has it). ' +
          'Baseline: the same loads up to the frame showing the app shell, which needs no roster data, so the ratio is what the roster adds on top of loading the app.',
      }),
    ];
    if (o.scrollPasses > 0) {
      const { page } = await openRoster(context, server.url, pageErrors);
      const { scroll, idle, pendingAtEnd } = await scrollSamples(page, o.scrollPasses);
      await page.close();
      figures.push(
        figure(o.scale, 'ui', `roster scroll frame time (${members} rows)`, scroll, 'idle roster page frame time (same duration)', idle, {
          unit: 'ms per frame',
          targets: [{ on: 'p95-ms', op: '<=', value: 20 }],
          note:
            `requestAnimationFrame deltas in the page while the roster's scroller moves ${STEP_PX} px every frame for ${SCROLL_MS / 1000} s, ` +
            `${o.scrollPasses} passes from the top to near the end; baseline: the same page idle for as long before each pass. ` +
            `p95 ≤ 20 ms is 50 frames per second. Rows still loading when passes ended: ${pendingAtEnd}.`,
        }),
      );
    }
    if (pageErrors.length > 0) throw new Error(`the page threw: ${pageErrors.join('; ')}`);
    return figures;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    backend?.dispose();
  }
}
