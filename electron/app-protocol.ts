import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppFile } from './window';

/**
 * Serves the built renderer (dist/renderer) on app://branchdesk/. 'standard' gives the scheme
 * a real origin, so 'self' in the CSP and same-origin rules mean "our files only"; 'secure'
 * makes it a secure context; corsEnabled + supportFetchAPI let Vite's
 * `<script type="module" crossorigin>` load. bypassCSP stays off: our own CSP applies.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Module scripts are refused by Chromium unless served with a JavaScript type, so guessing is not enough. */
export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      // No sniffing: a file is only ever what its extension says it is.
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * Answers one app:// request from `root`. A URL that is not ours or tries to climb out of
 * `root` gets 404 (not 403: nothing outside is confirmed to exist). A path without an
 * extension that is not a file falls back to index.html, so a reload on a client-side
 * route still opens the app.
 */
export async function serveAppRequest(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain; charset=utf-8');
  const file = resolveAppFile(root, request.url);
  if (file === null) return respond(404, 'Not found', 'text/plain; charset=utf-8');

  let found = file;
  let body = await readOrNull(file);
  if (body === null && path.extname(file) === '') {
    found = path.join(path.resolve(root), 'index.html');
    body = await readOrNull(found);
  }
  if (body === null) return respond(404, 'Not found', 'text/plain; charset=utf-8');
  return respond(200, request.method === 'HEAD' ? null : new Uint8Array(body), mimeTypeOf(found));
}

/** Call after app 'ready'; the scheme itself must be registered as privileged before it. */
export function handleAppProtocol(protocol: Protocol, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
