import { timingSafeEqual } from 'node:crypto';

/**
 * Browser mode serves the backend over HTTP on loopback. Anything on the same PC can reach
 * a loopback port, and a web page can try through DNS rebinding, so every API request must
 * prove it came from the page we served: loopback peer, our Host, our Origin (if sent), and
 * the per-run token that only our page received.
 */
export interface GuardInput {
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; reason: 'not-loopback' | 'bad-host' | 'bad-origin' | 'bad-token' };

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function checkApiRequest(req: GuardInput, port: number, expectedToken: string): GuardVerdict {
  if (!isLoopbackAddress(req.remoteAddress)) return { ok: false, reason: 'not-loopback' };
  const hosts = allowedHosts(port);
  if (!req.host || !hosts.includes(req.host.toLowerCase())) return { ok: false, reason: 'bad-host' };
  if (req.origin !== undefined && !hosts.map((h) => `http://${h}`).includes(req.origin.toLowerCase())) {
    return { ok: false, reason: 'bad-origin' };
  }
  if (!req.token || !sameSecret(req.token, expectedToken)) return { ok: false, reason: 'bad-token' };
  return { ok: true };
}

/** Static files carry no secrets, but a foreign Host still means a rebinding attempt. */
export function checkStaticRequest(req: Pick<GuardInput, 'remoteAddress' | 'host'>, port: number): boolean {
  return isLoopbackAddress(req.remoteAddress) && !!req.host && allowedHosts(port).includes(req.host.toLowerCase());
}
