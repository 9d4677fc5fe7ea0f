/**
 * Browser mode: the server prints a URL with `#token=...`. The fragment never reaches the
 * server's logs or the Referer header; we move it into sessionStorage (gone when the tab
 * closes) and strip it from the address bar so it is not bookmarked or shoulder-surfed.
 */
export const TOKEN_STORAGE_KEY = 'branchdesk.token';

export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

/** The token in a `#token=...` fragment (other fragment parameters are ignored), or null. */
export function parseTokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token')?.trim();
  return token ? token : null;
}

/** The fragment with the token removed, keeping anything else the page may use. */
export function hashWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  params.delete('token');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

export interface TokenResult {
  token: string | null;
  /** Set when the address bar must be rewritten (passed to history.replaceState). */
  cleanUrl: string | null;
}

/** Reads the token from the fragment (and stores it), else from storage after a reload. */
export function takeToken(location: LocationLike, storage: TokenStorage): TokenResult {
  const fromHash = parseTokenFromHash(location.hash);
  if (fromHash) {
    storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    return { token: fromHash, cleanUrl: location.pathname + location.search + hashWithoutToken(location.hash) };
  }
  return { token: storage.getItem(TOKEN_STORAGE_KEY), cleanUrl: null };
}
