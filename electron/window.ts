import path from 'node:path';
import type { BrowserWindowConstructorOptions, WebPreferences, WindowOpenHandlerResponse } from 'electron';

/**
 * The window and its security settings, kept as plain data and pure functions so that the
 * tests can check them without an Electron binary. Nothing here imports 'electron' at runtime.
 *
 * The PCs this runs on are offline and hold member records: the renderer gets no Node, no
 * network, no navigation away from the app and no new windows. Everything it needs comes
 * from the app's own scheme or through the one IPC door (ipc.ts).
 */

/** A privileged custom scheme instead of file://: file:// would let a page read any file on disk. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'branchdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Same as electron-builder.yml appId: Windows matches taskbar icon and installer shortcuts by it. */
export const APP_ID = 'cn.branchdesk.app';

export const WINDOW_TITLE = 'BranchDesk 支部工作台';

export function webPreferences(options: { packaged: boolean; preload: string }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's spellchecker downloads dictionaries from Google: the app must never call out.
    spellcheck: false,
    navigateOnDragDrop: false,
    // A packaged build on a secretary's PC has no use for DevTools; they would only be a way in.
    devTools: !options.packaged,
    safeDialogs: true,
  };
}

export function windowOptions(options: { packaged: boolean; preload: string }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: WINDOW_TITLE,
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show' so the user never sees a blank white frame flash.
    show: false,
    webPreferences: webPreferences(options),
  };
}

/**
 * antd injects its styles at run time (CSS-in-JS), hence 'unsafe-inline' for styles only;
 * scripts stay 'self', so injected markup still cannot run code.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/**
 * The path inside the renderer bundle that an app URL names ('index.html' for the root),
 * or null if the URL is not ours. Any '.' or '..' segment, raw or percent-encoded, and any
 * encoded separator or drive letter is refused outright: the renderer never produces one,
 * so its presence means someone is trying to climb out of dist/renderer.
 */
export function appPathOf(url: string): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  // The parser has already collapsed '..' in parsed.pathname, so look at what was written.
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix) && url !== APP_ORIGIN) return null;
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  for (const raw of rawPath.split(/[/\\]/)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  return segments.length === 0 ? 'index.html' : segments.join('/');
}

export function isAppUrl(url: string): boolean {
  return appPathOf(url) !== null;
}

/**
 * The file on disk an app URL names, always inside `root`, or null. `pathApi` is a
 * parameter so the Windows rules can be tested on Linux.
 */
export function resolveAppFile(root: string, url: string, pathApi: path.PlatformPath = path): string | null {
  const relative = appPathOf(url);
  if (relative === null) return null;
  const base = pathApi.resolve(root);
  const full = pathApi.resolve(base, ...relative.split('/'));
  const inside = pathApi.relative(base, full);
  if (inside === '' || inside.startsWith('..') || pathApi.isAbsolute(inside)) return null;
  return full;
}

/**
 * Every request any page makes passes here (session.webRequest.onBeforeRequest). The app
 * loads only from its own scheme; inline data and blobs it made itself are fine; DevTools
 * (development only) load from devtools://. Everything else, http(s) to anywhere including
 * localhost, ws, file and ftp, is cancelled.
 */
export function shouldAllowRequest(url: string): boolean {
  if (typeof url !== 'string') return false;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  switch (scheme) {
    case `${APP_SCHEME}:`:
      return isAppUrl(url);
    case 'data:':
    case 'devtools:':
      return true;
    case 'blob:':
      // A blob URL carries the origin that made it; only our own pages make blobs worth loading.
      return url.startsWith(`blob:${APP_ORIGIN}/`);
    default:
      return false;
  }
}

/** Top-level and frame navigation: only to the app's own pages, never out to the web or to a file. */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Camera, microphone, notifications, geolocation, clipboard reads...: nothing the app needs. */
export const allowPermission: (permission: string) => boolean = () => false;

/** window.open and target=_blank: never a second window, never an external browser. */
export const WINDOW_OPEN_RESPONSE: WindowOpenHandlerResponse = { action: 'deny' };
