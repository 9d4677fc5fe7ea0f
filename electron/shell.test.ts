import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_BRANCH, TEST_PASSPHRASE } from '../db/test-support/temp-store';
import { electronBundles } from './bundle-options';

/**
 * The real bundles (bundle-options.ts, as `npm run build` makes them) run against a
 * stand-in for the 'electron' module, because the Electron binary cannot run here. The
 * stand-in only records what the shell registers; the backend, the store and the files
 * served are real.
 */

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'dist-electron');
let mainCode = '';
let preloadCode = '';

beforeAll(async () => {
  const bundles = electronBundles(root, outDir);
  const [main, preload] = await Promise.all([
    build({ ...bundles.main, write: false, sourcemap: false }),
    build({ ...bundles.preload, write: false, sourcemap: false }),
  ]);
  mainCode = main.outputFiles[0]?.text ?? '';
  preloadCode = preload.outputFiles[0]?.text ?? '';
});

/** Runs a CJS bundle as if it were dist-electron/<name>, with 'electron' replaced; returns the ids it required. */
function run(code: string, name: string, electron: unknown): string[] {
  const filename = join(outDir, name);
  const requireReal = createRequire(filename);
  const required: string[] = [];
  const fakeRequire = (id: string): unknown => {
    required.push(id);
    return id === 'electron' ? electron : requireReal(id);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__filename', '__dirname', code)(
    fakeRequire,
    module,
    module.exports,
    filename,
    dirname(filename),
  );
  return required;
}

type Listener = (...args: unknown[]) => unknown;

function fakeElectron(options: { appPath: string; userData: string; singleInstance?: boolean }) {
  const app = new EventEmitter();
  let markReady = (): void => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  const state = {
    privileged: [] as { scheme: string }[],
    sandboxed: false,
    quit: false,
    exitCode: undefined as number | undefined,
    errorBoxes: [] as [string, string][],
    protocols: new Map<string, Listener>(),
    ipc: new Map<string, Listener>(),
    beforeRequest: undefined as Listener | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    spellcheck: undefined as boolean | undefined,
    menu: undefined as unknown,
    windows: [] as FakeWindow[],
  };
  class FakeWebContents extends EventEmitter {
    openHandler: Listener | undefined;
    setWindowOpenHandler(handler: Listener): void {
      this.openHandler = handler;
    }
  }
  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    url: string | undefined;
    shown = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      state.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
  }
  Object.assign(app, {
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    quit: () => void (state.quit = true),
    exit: (code: number) => void (state.exitCode = code),
    whenReady: () => readyPromise,
    enableSandbox: () => void (state.sandboxed = true),
    setAppUserModelId: () => undefined,
    getAppPath: () => options.appPath,
    getPath: (name: string) => (name === 'userData' ? options.userData : join(options.userData, name)),
    isPackaged: false,
  });
  const electron = {
    app,
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: Listener) => state.protocols.set(scheme, handler),
    },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: (listener: Listener) => void (state.beforeRequest = listener) },
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
        setSpellCheckerEnabled: (on: boolean) => void (state.spellcheck = on),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.ipc.set(channel, handler),
      removeHandler: (channel: string) => state.ipc.delete(channel),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (state.menu = menu) },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: (title: string, message: string) => state.errorBoxes.push([title, message]) },
    powerMonitor: { on: () => undefined },
  };
  const becomeReady = async (): Promise<void> => {
    markReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { electron, state, app, becomeReady };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'branchdesk-shell-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function builtApp(): string {
  const appPath = tempDir();
  mkdirSync(join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>支部工作台</title>');
  return appPath;
}

const APP = 'app://branchdesk/index.html';

describe('main.cjs', () => {
  beforeEach(() => {
    // Never the real per-user folder from a test.
    process.env.BRANCHDESK_DATA_DIR = join(tempDir(), 'data');
  });

  it('registers the privileged scheme and the sandbox before ready, then opens one locked-down window', async () => {
    const userData = tempDir();
    // Never the real per-user folder from a test.
    process.env.BRANCHDESK_DATA_DIR = join(userData, 'data');
    const { electron, state, becomeReady } = fakeElectron({ appPath: builtApp(), userData });
    run(mainCode, 'main.cjs', electron);
    expect(state.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(state.sandboxed).toBe(true);
    expect(state.windows).toHaveLength(0);

    await becomeReady();
    expect(state.errorBoxes).toEqual([]);
    expect(state.windows).toHaveLength(1);
    const win = state.windows[0]!;
    expect(win.url).toBe(APP);
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win.options.webPreferences.preload).toBe(join(outDir, 'preload.cjs'));
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('cancels every request that is not the app, and denies every permission', async () => {
    const { electron, state, becomeReady } = fakeElectron({ appPath: builtApp(), userData: tempDir() });
    run(mainCode, 'main.cjs', electron);
    await becomeReady();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      state.beforeRequest?.({ url }, (response: { cancel: boolean }) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('http://example.com/')).toBe(true);
    expect(decide('https://127.0.0.1/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide(APP)).toBe(false);

    let granted: boolean | undefined;
    state.permissionRequest?.({}, 'media', (answer: boolean) => (granted = answer), {});
    expect(granted).toBe(false);
    expect(state.permissionCheck?.(null, 'clipboard-read', 'app://branchdesk', {})).toBe(false);
    expect(state.spellcheck).toBe(false);
  });

  it('serves the built renderer on app:// with the CSP', async () => {
    const { electron, state, becomeReady } = fakeElectron({ appPath: builtApp(), userData: tempDir() });
    run(mainCode, 'main.cjs', electron);
    await becomeReady();
    const response = (await state.protocols.get('app')?.({ url: APP, method: 'GET' })) as Response;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('支部工作台');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('guards navigation, webviews and new windows on every web contents', async () => {
    const { electron, state, becomeReady } = fakeElectron({ appPath: builtApp(), userData: tempDir() });
    run(mainCode, 'main.cjs', electron);
    await becomeReady();
    const contents = state.windows[0]!.webContents;
    const attempt = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { url, preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(attempt('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(attempt('will-navigate', 'app://branchdesk/index.html')).toBe(false);
    expect(attempt('will-attach-webview', APP)).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(JSON.stringify(state.menu)).toContain('编辑');
  });

  it('answers IPC from the app with the real backend, and the final backup happens on quit', async () => {
    const userData = tempDir();
    // Never the real per-user folder from a test.
    process.env.BRANCHDESK_DATA_DIR = join(userData, 'data');
    const { electron, state, app, becomeReady } = fakeElectron({ appPath: builtApp(), userData });
    run(mainCode, 'main.cjs', electron);
    await becomeReady();
    const invoke = state.ipc.get('branchdesk:invoke');
    if (!invoke) throw new Error('no IPC handler');
    const fromApp = { senderFrame: { url: APP } };

    const status = await invoke(fromApp, 'app.status', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'setup', dataDir: join(userData, 'data') } });
    expect(await invoke({ senderFrame: { url: 'https://example.com/' } }, 'app.status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const created = await invoke(fromApp, 'store.create', { passphrase: TEST_PASSPHRASE, branch: SAMPLE_BRANCH });
    expect(created).toMatchObject({ ok: true });
    const backups = () => readdirSync(join(userData, 'data', 'backups')).filter((f) => f.endsWith('.db'));
    const before = backups().length;
    app.emit('before-quit');
    expect(backups().length).toBe(before + 1);
    app.emit('before-quit'); // a second quit request must not back up or close twice
    expect(backups().length).toBe(before + 1);
  });

  it('shows a Chinese error dialog and exits 1 when the renderer was never built', async () => {
    const { electron, state, becomeReady } = fakeElectron({ appPath: tempDir(), userData: tempDir() });
    run(mainCode, 'main.cjs', electron);
    await becomeReady();
    expect(state.windows).toHaveLength(0);
    expect(state.exitCode).toBe(1);
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0]?.[0]).toBe('BranchDesk 支部工作台无法启动');
    expect(state.errorBoxes[0]?.[1]).toContain('程序界面文件缺失');
  });

  it('quits at once when another instance already runs', () => {
    const { electron, state } = fakeElectron({ appPath: builtApp(), userData: tempDir(), singleInstance: false });
    run(mainCode, 'main.cjs', electron);
    expect(state.quit).toBe(true);
    expect(state.privileged).toEqual([]);
  });
});

describe('preload.cjs', () => {
  it('exposes exactly one function, invoke, forwarding to the one channel', async () => {
    const exposed: [string, Record<string, unknown>][] = [];
    const calls: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]) },
      ipcRenderer: { invoke: (...args: unknown[]) => (calls.push(args), Promise.resolve({ ok: true, value: 1 })) },
    };
    const required = run(preloadCode, 'preload.cjs', electron);
    // Sandboxed preloads can require 'electron' and nothing of ours: everything else is bundled in.
    expect(required).toEqual(['electron']);
    expect(exposed.map(([key]) => key)).toEqual(['branchdesk']);
    const api = exposed[0]![1];
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(await (api.invoke as (op: string, input: unknown) => Promise<unknown>)('app.status', {})).toEqual({ ok: true, value: 1 });
    expect(calls).toEqual([['branchdesk:invoke', 'app.status', {}]]);
  });
});
