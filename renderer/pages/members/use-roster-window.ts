import { useCallback, useRef, useState } from 'react';
import type { MemberListRow, MemberQuery, UiError } from '../../api/types';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../hooks/api-context';
import { consecutiveRuns, PageCache, pagesCovering } from '../../lib/row-window';

export type RosterQuery = Omit<MemberQuery, 'offset' | 'limit'>;

/** 100 rows is about three screens: one request per screenful of fast scrolling, little waste. */
export const ROSTER_PAGE_SIZE = 100;
/** About 6,000 rows held at most, whatever the size of the roster. */
const MAX_PAGES = 60;
/**
 * Dragging the scrollbar across 200,000 rows passes thousands of pages; only a few requests
 * run at once, and when one returns the next is chosen from where the user is *now*, so pages
 * merely flown past are never fetched. (The backend answers one request at a time anyway.)
 */
const MAX_IN_FLIGHT = 2;

/** Everything about one query's window; replaced as a whole when the query changes. */
interface Window {
  key: string;
  query: RosterQuery;
  cache: PageCache<MemberListRow>;
  inflight: Set<number>;
  total: number | null;
  wanted: [number, number];
}

export interface RosterWindow {
  /** null until the first page of this query has arrived. */
  total: number | null;
  error: UiError | null;
  rowAt(index: number): MemberListRow | undefined;
  /** Makes sure the rows first..last (and a page either side) are loaded or on their way. */
  ensure(first: number, last: number): void;
  /** Drops what is held and reads again (after an edit, an import, or a failed request). */
  refresh(): void;
}

/**
 * Requests the missing pages around what is wanted now. Neighbouring pages travel in one
 * request: the cost of a deep OFFSET is paid once per jump, not once per page.
 */
function pump(api: ApiClient, win: Window, isCurrent: (w: Window) => boolean, settled: (w: Window, error: UiError | null) => void): void {
  const [first, last] = win.wanted;
  // Until the total is known, only the first page is asked for.
  const pages = pagesCovering(first, win.total === null ? 0 : last, ROSTER_PAGE_SIZE, win.total, 1);
  for (const p of pages) if (win.cache.has(p)) win.cache.touch(p);
  const missing = pages.filter((p) => !win.cache.has(p) && !win.inflight.has(p));
  for (const run of consecutiveRuns(missing)) {
    if (win.inflight.size >= MAX_IN_FLIGHT) return;
    for (const p of run) win.inflight.add(p);
    const offset = run[0]! * ROSTER_PAGE_SIZE;
    void api.call('members.list', { ...win.query, offset, limit: run.length * ROSTER_PAGE_SIZE }).then((result) => {
      for (const p of run) win.inflight.delete(p);
      if (!isCurrent(win)) return;
      if (result.ok) {
        run.forEach((p, i) => win.cache.set(p, result.value.rows.slice(i * ROSTER_PAGE_SIZE, (i + 1) * ROSTER_PAGE_SIZE)));
        win.total = result.value.total;
      }
      settled(win, result.ok ? null : result.error);
      if (result.ok) pump(api, win, isCurrent, settled);
    });
  }
}

/**
 * The roster as a window of pages fetched by offset/limit while scrolling. Everything is keyed
 * by the query: a new search or sort starts from an empty cache, and a late reply to an older
 * query is dropped.
 */
export function useRosterWindow(query: RosterQuery): RosterWindow {
  const api = useApi();
  const [generation, setGeneration] = useState(0);
  const key = `${generation}:${JSON.stringify(query)}`;
  const windowRef = useRef<Window | null>(null);
  // Only to re-render when a page arrives; the rows themselves live in the window.
  const [status, setStatus] = useState<{ key: string; total: number | null; error: UiError | null; arrivals: number }>({
    key: '',
    total: null,
    error: null,
    arrivals: 0,
  });

  const current = useCallback((): Window => {
    if (windowRef.current?.key !== key) {
      windowRef.current = { key, query, cache: new PageCache(ROSTER_PAGE_SIZE, MAX_PAGES), inflight: new Set(), total: null, wanted: [0, 0] };
    }
    return windowRef.current;
  }, [key, query]);

  const ensure = useCallback(
    (first: number, last: number) => {
      const win = current();
      win.wanted = [first, last];
      pump(
        api,
        win,
        (w) => windowRef.current === w,
        (w, error) => setStatus((s) => ({ key: w.key, total: w.total, error, arrivals: s.arrivals + 1 })),
      );
    },
    [api, current],
  );

  const rowAt = useCallback((index: number) => current().cache.rowAt(index), [current]);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const mine = status.key === key;

  return { total: mine ? status.total : null, error: mine ? status.error : null, rowAt, ensure, refresh };
}
