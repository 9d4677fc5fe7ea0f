/**
 * The roster is read in pages (offset/limit) as the user scrolls, never all at once: a 党委
 * may hold 200,000 members. These helpers decide which pages a visible range needs and keep
 * a bounded number of them, so memory stays flat however far one scrolls.
 */

/** Page numbers covering rows [first, last] (inclusive), plus `overscan` pages each side, within `total`. */
export function pagesCovering(first: number, last: number, pageSize: number, total: number | null, overscan = 0): number[] {
  if (last < first || pageSize <= 0) return [];
  const lastPage = total === null ? Number.POSITIVE_INFINITY : Math.max(0, Math.ceil(total / pageSize) - 1);
  const from = Math.max(0, Math.floor(first / pageSize) - overscan);
  const to = Math.min(lastPage, Math.floor(last / pageSize) + overscan);
  const pages: number[] = [];
  for (let p = from; p <= to; p++) pages.push(p);
  return pages;
}

/** Consecutive page numbers grouped into runs: [3, 4, 5, 9] → [[3, 4, 5], [9]]. */
export function consecutiveRuns(pages: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const p of pages) {
    const run = runs.at(-1);
    if (run && run.at(-1) === p - 1) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/**
 * Pages of rows by page number, least recently used dropped first beyond `maxPages`. A page
 * that is on screen is touched on every render, so it is never the one dropped.
 */
export class PageCache<T> {
  private readonly pages = new Map<number, readonly T[]>();

  constructor(
    readonly pageSize: number,
    private readonly maxPages: number,
  ) {}

  has(page: number): boolean {
    return this.pages.has(page);
  }

  set(page: number, rows: readonly T[]): void {
    this.pages.delete(page);
    this.pages.set(page, rows);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.pages.delete(oldest);
    }
  }

  /** Marks a page as recently used (Map keeps insertion order: re-inserting moves it last). */
  touch(page: number): void {
    const rows = this.pages.get(page);
    if (rows === undefined) return;
    this.pages.delete(page);
    this.pages.set(page, rows);
  }

  rowAt(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    return this.pages.get(page)?.[index - page * this.pageSize];
  }

  get size(): number {
    return this.pages.size;
  }

  clear(): void {
    this.pages.clear();
  }
}
