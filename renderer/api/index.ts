import { createApiClient, type ApiClient } from './client';
import { takeToken } from './token';
import { createHttpTransport, createIpcTransport, isDesktopBridge, type Transport } from './transport';

function pickTransport(): Transport {
  const bridge: unknown = (window as unknown as { branchdesk?: unknown }).branchdesk;
  if (isDesktopBridge(bridge)) return createIpcTransport(bridge);
  const { token, cleanUrl } = takeToken(window.location, window.sessionStorage);
  if (cleanUrl !== null) window.history.replaceState(null, '', cleanUrl);
  return createHttpTransport({ fetch: (url, init) => window.fetch(url, init), token });
}

/** The one client of the running page; created at start so the token leaves the URL at once. */
export const api: ApiClient = createApiClient(pickTransport());
