/**
 * Cuts the 党费收缴登记表 into A4 landscape pages. Its cells wrap (交纳类别, 交纳日期 and 备注
 * can be long, more so in a year's register), so rows differ in height: each row's height is
 * estimated from its text and the column widths, and a page takes rows until its height is
 * used. The last page keeps room for the totals, the summary, the notes and the signatures.
 * The estimate errs on the tall side: a page a little short is fine, one that spills is not.
 */

/** Width of a text in em: Chinese and full-width characters 1, the rest (digits, Latin) 0.6. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 1 : 0.6;
  return em;
}

export interface RowGeometry {
  /** Column widths in mm, padding included. */
  columnsMm: readonly number[];
  paddingMm: number;
  fontMm: number;
  lineMm: number;
}

/** Lines the longest cell of a row needs, at least one. */
export function rowLines(cells: readonly string[], g: RowGeometry): number {
  return cells.reduce((most, text, i) => {
    const perLine = Math.max(1, ((g.columnsMm[i] ?? 0) - 2 * g.paddingMm) / g.fontMm);
    // A hair of tolerance: a text laid out at exactly its natural width is one line, not two.
    return Math.max(most, Math.ceil(textEm(text) / perLine - 1e-6) || 1);
  }, 1);
}

/**
 * Row indices per page. `budgetMm` is the height rows may use on a page; the last page must
 * also hold `tailMm`. An empty register still has one page (its totals say 0).
 */
export function pagesByHeight(heightsMm: readonly number[], budgetMm: number, tailMm: number): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  heightsMm.forEach((h, i) => {
    const page = pages.at(-1)!;
    if (page.length > 0 && used + h > budgetMm) {
      pages.push([i]);
      used = h;
    } else {
      page.push(i);
      used += h;
    }
  });
  // The tail does not fit under the last page's rows: its last row goes over with it, so the
  // totals and signatures never stand alone on a page (unless one row and the tail cannot share one).
  const last = pages.at(-1)!;
  const lastUsed = last.reduce((a, i) => a + heightsMm[i]!, 0);
  if (lastUsed + tailMm > budgetMm) pages.push(last.length > 1 ? [last.pop()!] : []);
  return pages;
}

/**
 * Column widths that fit `totalMm`: each column first gets its natural width (its longest
 * text, capped at `capMm`), and any room left is shared out in proportion; when the natural
 * widths are too wide, the columns that can wrap give up room in proportion to what they have
 * above `minMm`. So short columns (序号, 应交) never wrap and long ones (备注) wrap first.
 */
export function fitColumns(naturalMm: readonly number[], minMm: readonly number[], totalMm: number): number[] {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const natural = naturalMm.map((n, i) => Math.max(n, minMm[i] ?? 0));
  const total = sum(natural);
  if (total <= totalMm) return natural.map((n) => n + ((totalMm - total) * n) / total);
  const slack = natural.map((n, i) => n - (minMm[i] ?? 0));
  const over = total - totalMm;
  const room = sum(slack);
  // Even at their minimum the columns do not fit: scale the minimums (the text wraps more).
  if (room < over) return natural.map((_, i) => ((minMm[i] ?? 0) * totalMm) / sum(minMm));
  return natural.map((n, i) => n - (over * slack[i]!) / room);
}
