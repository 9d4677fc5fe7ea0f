import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend } from '../../db/test-support/temp-store';
import { checkApiRequest, isLoopbackAddress } from './request-guard';
import { startWebServer, type WebServer } from './server';

interface Reply {
  status: number;
  body: string;
}

/** Raw http.request so that Host and Origin can be set to anything, as an attacker would. */
function send(server: WebServer, opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: opts.method ?? 'POST', path: opts.path ?? '/api/invoke', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const call = JSON.stringify({ op: 'app.status', input: {} });

describe('browser-mode server', () => {
  const backend = tempBackend();
  let server: WebServer;
  let good: Record<string, string>;

  beforeAll(async () => {
    const staticDir = join(backend.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>BranchDesk</title>');
    server = await startWebServer({ backend, staticDir, port: 0 });
    good = { host: `127.0.0.1:${server.port}`, origin: server.origin, 'x-branchdesk-token': server.token, 'content-type': 'application/json' };
  });
  afterAll(async () => {
    await server.close();
    backend.cleanup();
  });

  it('prints an address on 127.0.0.1 with the token in the fragment', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[A-Za-z0-9_-]{20,}$`));
  });

  it('answers a request with the right token, Host and Origin', async () => {
    const r = await send(server, { headers: good, body: call });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { state: 'setup' } });
  });

  it.each([
    ['no token', { 'x-branchdesk-token': '' }],
    ['a wrong token', { 'x-branchdesk-token': 'guessed-token-guessed-token' }],
    ['a foreign Host (DNS rebinding)', { host: `evil.example:80` }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a null Origin', { origin: 'null' }],
  ])('refuses %s with 403 FORBIDDEN and does not run the call', async (_name, override) => {
    const headers: Record<string, string> = { ...good, ...override };
    for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
    const r = await send(server, { headers, body: JSON.stringify({ op: 'preferences.update', input: { language: 'en' } }) });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(backend.session.preferences.language).toBe('zh-CN');
  });

  it('refuses GET on the API and a body that is not JSON', async () => {
    expect((await send(server, { method: 'GET', headers: good })).status).toBe(405);
    const r = await send(server, { headers: good, body: '{not json' });
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the UI with the CSP, and never a file outside its folder', async () => {
    const index = await send(server, { method: 'GET', path: '/', headers: { host: good.host! } });
    expect(index.status).toBe(200);
    expect(index.body).toContain('BranchDesk');
    const traversal = await send(server, { method: 'GET', path: '/../../../../etc/passwd', headers: { host: good.host! } });
    expect(traversal.body).not.toContain('root:');
    const encoded = await send(server, { method: 'GET', path: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', headers: { host: good.host! } });
    expect(encoded.body).not.toContain('root:');
    const rebinding = await send(server, { method: 'GET', path: '/', headers: { host: 'attacker.example' } });
    expect(rebinding.status).toBe(403);
  });
});

describe('request guard', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.168.1.20', false],
    ['10.0.0.5', false],
    ['::ffff:192.168.1.20', false],
    ['fe80::1', false],
    [undefined, false],
  ])('loopback(%s) is %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  it('refuses a request from a non-loopback address even with the right token', () => {
    expect(
      checkApiRequest({ remoteAddress: '192.168.1.20', host: '127.0.0.1:8321', origin: undefined, token: 't0ken' }, 8321, 't0ken'),
    ).toEqual({ ok: false, reason: 'not-loopback' });
  });

  it('accepts localhost as well as 127.0.0.1, on our port only', () => {
    const base = { remoteAddress: '127.0.0.1', origin: undefined, token: 't0ken' };
    expect(checkApiRequest({ ...base, host: 'localhost:8321' }, 8321, 't0ken')).toEqual({ ok: true });
    expect(checkApiRequest({ ...base, host: 'localhost:9999' }, 8321, 't0ken')).toEqual({ ok: false, reason: 'bad-host' });
  });
});
