import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';
import { createHttpTransport, createIpcTransport, isDesktopBridge, TOKEN_HEADER, type FetchLike } from './transport';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(reply: { status: number; body: string } | Error): { fetch: FetchLike; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, headers: init.headers, body: JSON.parse(init.body) });
    if (reply instanceof Error) throw reply;
    return { status: reply.status, text: async () => reply.body };
  };
  return { fetch, sent };
}

describe('createHttpTransport', () => {
  it('POSTs {op, input} to /api/invoke with the token header and returns the envelope', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, body: JSON.stringify({ ok: true, value: { ok: true } }) });
    const transport = createHttpTransport({ fetch, token: 'tok' });
    await expect(transport('store.lock', {})).resolves.toEqual({ ok: true, value: { ok: true } });
    expect(sent[0]).toEqual({
      url: '/api/invoke',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: 'tok' },
      body: { op: 'store.lock', input: {} },
    });
  });

  it('passes the server’s FORBIDDEN envelope through even on HTTP 403', async () => {
    const body = JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'request refused: bad-token' } });
    const { fetch } = fakeFetch({ status: 403, body });
    const result = await createHttpTransport({ fetch, token: null })('app.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('sends no token header when it has no token', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, body: '{"ok":true,"value":1}' });
    await createHttpTransport({ fetch, token: null })('app.status', {});
    expect(sent[0]?.headers).not.toHaveProperty(TOKEN_HEADER);
  });

  it('turns a network failure into CONNECTION_LOST instead of throwing', async () => {
    const { fetch } = fakeFetch(new TypeError('Failed to fetch'));
    const result = await createHttpTransport({ fetch, token: 't' })('app.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONNECTION_LOST' } });
  });

  it('turns a non-JSON or non-envelope reply into BAD_RESPONSE', async () => {
    const html = await createHttpTransport({ ...fakeFetch({ status: 502, body: '<html>' }), token: 't' })('x', {});
    expect(html).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE', params: { status: 502 } } });
    const other = await createHttpTransport({ ...fakeFetch({ status: 200, body: '{"hello":1}' }), token: 't' })('x', {});
    expect(other).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
  });
});

describe('createIpcTransport', () => {
  it('forwards to the preload bridge', async () => {
    const calls: unknown[] = [];
    const transport = createIpcTransport({
      invoke: async (op, input) => {
        calls.push([op, input]);
        return { ok: true, value: 'v' };
      },
    });
    await expect(transport('app.status', {})).resolves.toEqual({ ok: true, value: 'v' });
    expect(calls).toEqual([['app.status', {}]]);
  });

  it('turns a rejected invoke into CONNECTION_LOST', async () => {
    const transport = createIpcTransport({ invoke: () => Promise.reject(new Error('channel closed')) });
    await expect(transport('app.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'CONNECTION_LOST' } });
  });

  it('recognises a bridge only when it has an invoke function', () => {
    expect(isDesktopBridge({ invoke: () => Promise.resolve(null) })).toBe(true);
    expect(isDesktopBridge(undefined)).toBe(false);
    expect(isDesktopBridge({ invoke: 'no' })).toBe(false);
  });
});

describe('createApiClient', () => {
  it('tells every LOCKED listener, whichever call hit the lock, and still returns the envelope', async () => {
    const locked = { ok: false as const, error: { code: 'LOCKED' as const, message: 'the database is locked' } };
    const client = createApiClient(async () => locked);
    const heard: string[] = [];
    const stop = client.onLocked((_e, op) => heard.push(op));
    await expect(client.call('branch.get', {})).resolves.toEqual(locked);
    await client.call('audit.verify', {});
    stop();
    await client.call('branch.get', {});
    expect(heard).toEqual(['branch.get', 'audit.verify']);
  });

  it('does not call LOCKED listeners for other failures', async () => {
    const client = createApiClient(async () => ({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'no' } }));
    let heard = 0;
    client.onLocked(() => heard++);
    await client.call('store.unlock', { passphrase: 'x' });
    expect(heard).toBe(0);
  });
});
