import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  WINDOW_OPEN_RESPONSE,
  allowPermission,
  appPathOf,
  isAppUrl,
  resolveAppFile,
  shouldAllowNavigation,
  shouldAllowRequest,
  webPreferences,
  windowOptions,
} from './window';

describe('webPreferences', () => {
  it('gives the renderer no Node, a sandbox, and isolation from the preload', () => {
    const prefs = webPreferences({ packaged: true, preload: '/app/preload.cjs' });
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });

  it('allows DevTools only in development', () => {
    expect(webPreferences({ packaged: true, preload: 'p' }).devTools).toBe(false);
    expect(webPreferences({ packaged: false, preload: 'p' }).devTools).toBe(true);
  });
});

describe('windowOptions', () => {
  it('opens a 1280x800 hidden window (shown on ready-to-show) with the Chinese title', () => {
    const options = windowOptions({ packaged: true, preload: 'p' });
    expect(options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      title: 'BranchDesk 支部工作台',
      backgroundColor: '#ffffff',
      show: false,
    });
    expect(options.webPreferences?.sandbox).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('serialises every directive of CSP_DIRECTIVES exactly once', () => {
    expect([...directives.keys()].sort()).toEqual(Object.keys(CSP_DIRECTIVES).sort());
  });

  it('loads scripts only from the app and allows inline styles only for antd', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('shuts plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows eval or a remote host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

// url, isAppUrl, shouldAllowRequest, shouldAllowNavigation
const URLS: [string, boolean, boolean, boolean][] = [
  [APP_ENTRY_URL, true, true, true],
  ['app://branchdesk/', true, true, true],
  ['app://branchdesk/assets/index-abc123.js?v=1#x', true, true, true],
  ['app://branchdesk/../x', false, false, false],
  ['app://branchdesk/assets/../../x', false, false, false],
  ['app://branchdesk/%2e%2e/x', false, false, false],
  ['app://branchdesk/..%2F..%2Fetc/passwd', false, false, false],
  ['app://branchdesk/assets%5C..%5Cx', false, false, false],
  ['app://branchdesk/C:/Windows/win.ini', false, false, false],
  ['app://branchdesk/%00', false, false, false],
  ['app://evil/', false, false, false],
  ['app://branchdesk.evil/', false, false, false],
  ['app://branchdesk:8080/', false, false, false],
  ['app://user@branchdesk/', false, false, false],
  ['http://example.com', false, false, false],
  ['https://example.com/index.html', false, false, false],
  ['https://127.0.0.1', false, false, false],
  ['http://localhost:5173/', false, false, false],
  ['file:///etc/passwd', false, false, false],
  ['ftp://example.com/x', false, false, false],
  ['ws://127.0.0.1:8080', false, false, false],
  ['wss://example.com', false, false, false],
  ['data:image/png;base64,iVBORw0KGgo=', false, true, false],
  ['blob:app://branchdesk/1b4e28ba-2fa1-11d2-883f-0016d3cca427', false, true, false],
  ['blob:https://example.com/1b4e28ba', false, false, false],
  ['devtools://devtools/bundled/devtools_app.html', false, true, false],
  ['javascript:alert(1)', false, false, false],
  ['about:blank', false, false, false],
  ['chrome://gpu', false, false, false],
  ['not a url', false, false, false],
  ['', false, false, false],
];

describe('isAppUrl / shouldAllowRequest / shouldAllowNavigation', () => {
  it.each(URLS)('%s → app %s, request %s, navigation %s', (url, app, request, navigation) => {
    expect(isAppUrl(url)).toBe(app);
    expect(shouldAllowRequest(url)).toBe(request);
    expect(shouldAllowNavigation(url)).toBe(navigation);
  });
});

describe('appPathOf', () => {
  it('maps the root to index.html and keeps nested paths', () => {
    expect(appPathOf('app://branchdesk')).toBe('index.html');
    expect(appPathOf('app://branchdesk/')).toBe('index.html');
    expect(appPathOf('app://branchdesk/assets/a%20b.css')).toBe('assets/a b.css');
  });
});

describe('resolveAppFile', () => {
  it('keeps every file inside the renderer folder (POSIX)', () => {
    const root = '/opt/branchdesk/dist/renderer';
    expect(resolveAppFile(root, 'app://branchdesk/assets/x.js', path.posix)).toBe(`${root}/assets/x.js`);
    expect(resolveAppFile(root, 'app://branchdesk/', path.posix)).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://branchdesk/../secret', path.posix)).toBeNull();
    expect(resolveAppFile(root, 'app://branchdesk/%2e%2e/%2e%2e/etc/passwd', path.posix)).toBeNull();
  });

  it('keeps every file inside the renderer folder (Windows rules)', () => {
    const root = 'C:\\Program Files\\BranchDesk\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppFile(root, 'app://branchdesk/assets/x.js', path.win32)).toBe(`${root}\\assets\\x.js`);
    expect(resolveAppFile(root, 'app://branchdesk/..%5C..%5Cx', path.win32)).toBeNull();
    expect(resolveAppFile(root, 'app://branchdesk/D:%5Cx', path.win32)).toBeNull();
    expect(resolveAppFile(root, 'app://branchdesk/C:/Windows/win.ini', path.win32)).toBeNull();
  });
});

describe('allowPermission', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies %s',
    (permission) => expect(allowPermission(permission)).toBe(false),
  );
});

describe('WINDOW_OPEN_RESPONSE', () => {
  it('denies every new window', () => {
    expect(WINDOW_OPEN_RESPONSE).toEqual({ action: 'deny' });
  });
});
