import { clientError, isEnvelope } from './envelope';
import type { Envelope } from './types';

/** One way to reach the backend: Electron IPC or browser-mode HTTP. Never throws. */
export type Transport = (op: string, input: unknown) => Promise<Envelope<unknown>>;

/** What the Electron preload exposes on window.branchdesk (contextBridge). */
export interface DesktopBridge {
  invoke(op: string, input: unknown): Promise<unknown>;
}

export function isDesktopBridge(x: unknown): x is DesktopBridge {
  return typeof x === 'object' && x !== null && typeof (x as { invoke?: unknown }).invoke === 'function';
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function createIpcTransport(bridge: DesktopBridge): Transport {
  return async (op, input) => {
    try {
      const result = await bridge.invoke(op, input);
      return isEnvelope(result) ? result : clientError('BAD_RESPONSE', `unexpected reply to ${op}`);
    } catch (e) {
      // The main process is gone or the IPC channel was closed.
      return clientError('CONNECTION_LOST', describe(e));
    }
  };
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

export const TOKEN_HEADER = 'X-BranchDesk-Token';

export function createHttpTransport(options: { fetch: FetchLike; token: string | null; endpoint?: string }): Transport {
  const endpoint = options.endpoint ?? '/api/invoke';
  return async (op, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    // Without a token the server answers FORBIDDEN, which the UI explains; no need to guess here.
    if (options.token) headers[TOKEN_HEADER] = options.token;
    let status: number;
    let body: string;
    try {
      const response = await options.fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ op, input }) });
      status = response.status;
      body = await response.text();
    } catch (e) {
      return clientError('CONNECTION_LOST', describe(e));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return clientError('BAD_RESPONSE', `HTTP ${status}: not JSON`, { status });
    }
    return isEnvelope(parsed) ? parsed : clientError('BAD_RESPONSE', `HTTP ${status}: not an envelope`, { status });
  };
}
