import { describe, expect, it } from 'vitest';
import { hashWithoutToken, parseTokenFromHash, takeToken, TOKEN_STORAGE_KEY, type TokenStorage } from './token';

function memoryStorage(initial: Record<string, string> = {}): TokenStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}

describe('parseTokenFromHash', () => {
  it('reads the token from #token=...', () => {
    expect(parseTokenFromHash('#token=abc_DEF-123')).toBe('abc_DEF-123');
  });
  it('finds it among other fragment parameters', () => {
    expect(parseTokenFromHash('#page=home&token=t0k')).toBe('t0k');
  });
  it('returns null for no fragment, another fragment or an empty token', () => {
    expect(parseTokenFromHash('')).toBeNull();
    expect(parseTokenFromHash('#page=home')).toBeNull();
    expect(parseTokenFromHash('#token=')).toBeNull();
  });
});

describe('hashWithoutToken', () => {
  it('removes only the token', () => {
    expect(hashWithoutToken('#token=abc')).toBe('');
    expect(hashWithoutToken('#page=home&token=abc')).toBe('#page=home');
  });
});

describe('takeToken', () => {
  it('moves a token from the address bar into session storage and asks for a clean URL', () => {
    const storage = memoryStorage();
    const result = takeToken({ pathname: '/', search: '', hash: '#token=s3cret' }, storage);
    expect(result).toEqual({ token: 's3cret', cleanUrl: '/' });
    expect(storage.data[TOKEN_STORAGE_KEY]).toBe('s3cret');
  });

  it('keeps the path and query when cleaning', () => {
    const result = takeToken({ pathname: '/index.html', search: '?x=1', hash: '#token=t' }, memoryStorage());
    expect(result.cleanUrl).toBe('/index.html?x=1');
  });

  it('after a reload (no fragment) uses the stored token and leaves the URL alone', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'from-before' });
    expect(takeToken({ pathname: '/', search: '', hash: '' }, storage)).toEqual({ token: 'from-before', cleanUrl: null });
  });

  it('prefers a fresh token in the fragment over a stale stored one (the server restarted)', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    expect(takeToken({ pathname: '/', search: '', hash: '#token=new' }, storage).token).toBe('new');
    expect(storage.data[TOKEN_STORAGE_KEY]).toBe('new');
  });

  it('returns no token when there is none anywhere', () => {
    expect(takeToken({ pathname: '/', search: '', hash: '' }, memoryStorage())).toEqual({ token: null, cleanUrl: null });
  });
});
