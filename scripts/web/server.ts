import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Backend } from '../../db/backend';
import { checkApiRequest, checkStaticRequest } from './request-guard';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Same policy as the desktop window (electron/window.ts): nothing but our own origin. */
export const BROWSER_MODE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only; anything else is refused. */
  host?: '127.0.0.1';
  token?: string;
}

export interface WebServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': BROWSER_MODE_CSP,
  });
  res.end(body);
}

function forbidden(res: ServerResponse, reason: string): void {
  send(res, 403, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: `request refused: ${reason}` } }));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: ServerResponse): void {
  const root = resolve(staticDir);
  const wanted = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = normalize(join(root, wanted === '/' ? 'index.html' : wanted));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'not found', 'text/plain');
  const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
  if (!existsSync(target)) {
    return send(res, 500, 'The UI is not built. Run `npm run build:renderer` first.', 'text/plain; charset=utf-8');
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(target)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': BROWSER_MODE_CSP,
  });
  createReadStream(target).pipe(res);
}

/**
 * Browser mode: the same backend as the desktop, over HTTP on 127.0.0.1 only. The token
 * travels in the URL fragment (never sent to the server by the browser, never in logs)
 * and comes back in a header on each API call.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('browser mode listens on 127.0.0.1 only');
  let port = 0;

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const common = { remoteAddress: req.socket.remoteAddress, host: req.headers.host };
    if (url === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'POST only' } }));
      const verdict = checkApiRequest(
        { ...common, origin: req.headers.origin, token: headerValue(req.headers['x-branchdesk-token']) },
        port,
        token,
      );
      if (!verdict.ok) return forbidden(res, verdict.reason);
      readBody(req)
        .then(async (text) => {
          let body: { op?: unknown; input?: unknown };
          try {
            body = JSON.parse(text) as typeof body;
          } catch {
            return send(res, 400, JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'body is not JSON' } }));
          }
          const envelope = await options.backend.invoke(typeof body.op === 'string' ? body.op : '', body.input);
          send(res, 200, JSON.stringify(envelope));
        })
        .catch(() => send(res, 400, JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'bad request' } })));
      return;
    }
    if (!checkStaticRequest(common, port)) return forbidden(res, 'bad-host');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only', 'text/plain');
    serveStatic(options.staticDir, url, res);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
