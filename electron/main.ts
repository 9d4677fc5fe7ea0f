import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, protocol, session, type WebContents } from 'electron';
import { createBackend, type Backend } from '../db/backend';
import { APP_SCHEME_REGISTRATION, handleAppProtocol } from './app-protocol';
import { registerInvokeHandler } from './ipc';
import { menuTemplate } from './menu';
import {
  describeStartupProblem,
  resolveDataDir,
  resolveNativeBinding,
  runStartupChecks,
  type StartupProblem,
} from './startup-check';
import {
  APP_ENTRY_URL,
  APP_ID,
  WINDOW_OPEN_RESPONSE,
  allowPermission,
  shouldAllowNavigation,
  shouldAllowRequest,
  windowOptions,
} from './window';

/**
 * The desktop shell: hosts the plain-Node backend in the main process and shows the built
 * renderer in one locked-down window. Every security decision is made by the pure
 * functions in window.ts; this file only wires them to Electron's hooks.
 */

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

/** Two instances would mean two writers on one database and two idle-lock timers. */
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before 'ready': privileged schemes cannot be registered later.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
  // Every renderer sandboxed, including any a future feature might create and forget.
  app.enableSandbox();
  // Matches the appId the installer gives its shortcuts, so Windows groups the taskbar icon.
  app.setAppUserModelId(APP_ID);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', disposeBackend);
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => fail({ kind: 'backend', detail: e instanceof Error ? e.message : String(e) }));
}

function start(): void {
  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
  const dataDir = resolveDataDir({ env: process.env });
  const nativeBinding = resolveNativeBinding({ packaged: app.isPackaged, env: process.env });

  const problem = runStartupChecks({ dataDir, rendererRoot, ...(nativeBinding ? { nativeBinding } : {}) });
  if (problem) return fail(problem);

  try {
    backend = createBackend({ dataDir, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    return fail({ kind: 'backend', detail: (e as Error).message });
  }

  lockDownSession();
  handleAppProtocol(protocol, rendererRoot);
  registerInvokeHandler(ipcMain, backend.invoke);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ packaged: app.isPackaged })));
  // Linux and macOS shutdowns may skip 'before-quit'; the final backup must still happen.
  powerMonitor.on('shutdown', disposeBackend);
  createWindow();
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // The PCs are offline and the app must never call out: anything not ours is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !shouldAllowRequest(details.url) }));
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  ses.setSpellCheckerEnabled(false);
}

function guardWebContents(contents: WebContents): void {
  const refuseNavigation = (event: { preventDefault(): void; url: string }): void => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => WINDOW_OPEN_RESPONSE);
}

function createWindow(): void {
  const win = new BrowserWindow(
    windowOptions({ packaged: app.isPackaged, preload: path.join(__dirname, 'preload.cjs') }),
  );
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  // Windows logoff/shutdown does not emit 'before-quit'.
  win.on('session-end', disposeBackend);
  win.on('closed', () => {
    mainWindow = null;
  });
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 (ERR_ABORTED) is a navigation we refused ourselves, not a broken install.
    if (isMainFrame && code !== -3) fail({ kind: 'load-failed', detail: `${description} (${code}) ${url}` });
  });
  void win.loadURL(APP_ENTRY_URL);
}

/** Once only: dispose() closes the store after a final backup, and a second call must not repeat it. */
function disposeBackend(): void {
  const current = backend;
  backend = null;
  if (!current) return;
  try {
    current.dispose();
  } catch (e) {
    console.error('[branchdesk] closing the store failed:', e);
  }
}

function fail(problem: StartupProblem): void {
  const { title, message } = describeStartupProblem(problem);
  console.error(`[branchdesk] ${title}: ${message}`);
  dialog.showErrorBox(title, message);
  disposeBackend();
  app.exit(1);
}
