import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_REGISTRATION, mimeTypeOf, serveAppRequest } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './window';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'branchdesk-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>支部工作台</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // Outside the renderer folder: must never be served.
  writeFileSync(join(base, 'secret.txt'), 'member records');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => serveAppRequest(root, { url, method: 'GET' });

describe('serveAppRequest', () => {
  it('serves index.html for the root with the CSP and nosniff headers', async () => {
    const res = await get('app://branchdesk/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('支部工作台');
  });

  it('serves module scripts as JavaScript (Chromium refuses them otherwise)', async () => {
    const res = await get('app://branchdesk/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('serves binary assets byte for byte', async () => {
    const res = await get('app://branchdesk/assets/font.woff2');
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  });

  it.each([
    'app://branchdesk/../secret.txt',
    'app://branchdesk/%2e%2e/secret.txt',
    'app://branchdesk/..%2Fsecret.txt',
    'app://branchdesk/assets/..%5C..%5Csecret.txt',
    'app://evil/index.html',
    'https://example.com/index.html',
    'file:///etc/passwd',
  ])('refuses %s with 404 and no content from outside', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('member records');
  });

  it('answers 404 for a missing asset but index.html for a client-side route', async () => {
    expect((await get('app://branchdesk/assets/missing.js')).status).toBe(404);
    const route = await get('app://branchdesk/members/list');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveAppRequest(root, { url: 'app://branchdesk/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serveAppRequest(root, { url: 'app://branchdesk/index.html', method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.MJS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.wasm', 'application/wasm'],
    ['LICENSE', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(mimeTypeOf(file)).toBe(type));
});

describe('APP_SCHEME_REGISTRATION', () => {
  it('is a standard, secure scheme that keeps our CSP (no bypass) and no service workers', () => {
    expect(APP_SCHEME_REGISTRATION.scheme).toBe('app');
    expect(APP_SCHEME_REGISTRATION.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_REGISTRATION.privileges?.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_REGISTRATION.privileges?.allowServiceWorkers).not.toBe(true);
  });
});
