import type { PrintPage } from '../paginate';

/**
 * Page layout of the two appraisal prints, DOM-free. The backend's document model owns what
 * is printed (titles, columns, rows); this decides how it sits on A4.
 */

export interface HeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * The results table's columns come flat ("互评·优秀", "测评·优秀" …); on paper the part before
 * "·" becomes a group heading over its grades, the other columns span both header rows.
 */
export function groupColumns(columns: readonly string[]): { top: HeaderCell[]; sub: string[] } {
  const top: HeaderCell[] = [];
  const sub: string[] = [];
  for (const column of columns) {
    const dot = column.indexOf('·');
    if (dot < 0) {
      top.push({ label: column, colSpan: 1, rowSpan: 2 });
      continue;
    }
    const group = column.slice(0, dot);
    const last = top[top.length - 1];
    if (last && last.rowSpan === 1 && last.label === group) last.colSpan += 1;
    else top.push({ label: group, colSpan: 1, rowSpan: 1 });
    sub.push(column.slice(dot + 1));
  }
  return { top, sub };
}

/**
 * Rows per page of a list whose last page also carries a block (counts and signatures) as
 * tall as `footerRows` rows. The block is never alone on a page when rows could go with it,
 * and never split from the table by a page break it cannot see.
 */
export function paginateWithFooter<T>(rows: readonly T[], perPage: number, footerRows: number): PrintPage<T>[] {
  if (footerRows >= perPage) throw new RangeError('the footer must leave room for rows');
  const pages: PrintPage<T>[] = [];
  let i = 0;
  while (i < rows.length || pages.length === 0) {
    const left = rows.length - i;
    // The last page is the one whose rows leave room for the footer.
    const take = left <= perPage - footerRows ? left : Math.min(perPage, left - 1);
    pages.push({ number: pages.length + 1, rows: rows.slice(i, i + take), firstIndex: i });
    i += take;
    if (take === left) break;
  }
  return pages;
}

/** Results table, A4 landscape: rows of 7 mm under a two-row heading; the counts and signatures take about four rows. */
export const RESULTS_ROWS_PER_PAGE = 20;
export const RESULTS_FOOTER_ROWS = 5;

export interface BallotLayout {
  /** Members side by side: 1, or 2 blocks for a branch too big for one column. */
  blocks: 1 | 2;
  rowsPerBlock: number;
  /** Row height in mm: taller for a small branch, so the boxes are easy to tick. */
  rowMm: number;
  pages: number;
}

/** Height in mm left for the member rows on a portrait page, below the heading and instructions. */
const BALLOT_BODY_MM = 188;
const BALLOT_HEAD_ROW_MM = 10;
const BALLOT_MIN_ROW_MM = 7;
const BALLOT_MAX_ROW_MM = 11;

/**
 * The 测评表 goes on one sheet: one column of members up to 25, two side by side up to 50
 * (a branch above 50 should be split, 支部工作条例); beyond that it runs onto numbered pages.
 */
export function ballotLayout(count: number): BallotLayout {
  const perBlock = Math.floor((BALLOT_BODY_MM - BALLOT_HEAD_ROW_MM) / BALLOT_MIN_ROW_MM);
  const blocks = count <= perBlock ? 1 : 2;
  const rowsPerBlock = blocks === 1 ? Math.max(count, 1) : Math.min(perBlock, Math.ceil(count / 2));
  const pages = Math.max(1, Math.ceil(count / (rowsPerBlock * blocks)));
  const rowMm = Math.min(BALLOT_MAX_ROW_MM, Math.max(BALLOT_MIN_ROW_MM, Math.floor(((BALLOT_BODY_MM - BALLOT_HEAD_ROW_MM) / rowsPerBlock) * 10) / 10));
  return { blocks, rowsPerBlock, rowMm, pages };
}

/** The rows of each page, cut into its blocks (left block first). */
export function ballotPages<T>(rows: readonly T[], layout: BallotLayout): { number: number; blocks: { firstIndex: number; rows: T[] }[] }[] {
  const perPage = layout.rowsPerBlock * layout.blocks;
  const pages = [];
  for (let p = 0; p < layout.pages; p++) {
    const blocks = [];
    for (let b = 0; b < layout.blocks; b++) {
      const firstIndex = p * perPage + b * layout.rowsPerBlock;
      const part = rows.slice(firstIndex, firstIndex + layout.rowsPerBlock);
      // An empty right-hand block on the last page is left out rather than printed blank.
      if (b === 0 || part.length > 0) blocks.push({ firstIndex, rows: part });
    }
    pages.push({ number: p + 1, blocks });
  }
  return pages;
}
