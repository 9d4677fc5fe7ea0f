/**
 * Chromium prints no page numbers from CSS (@page margin boxes are not supported), and a
 * table that breaks on its own cannot say "第 3 页". So printed lists are cut into pages of a
 * fixed number of rows here, each page laid out to fit A4 whatever the rows hold (cells do
 * not wrap), and numbered by us.
 */
export interface PrintPage<T> {
  /** 1-based. */
  number: number;
  rows: readonly T[];
  /** Index of the first row in the whole list, for the 序号 column. */
  firstIndex: number;
}

export function paginate<T>(rows: readonly T[], perPage: number): PrintPage<T>[] {
  if (perPage < 1) throw new RangeError('perPage must be at least 1');
  // An empty list still prints one page: the header says 共 0 人, which is itself a record.
  if (rows.length === 0) return [{ number: 1, rows: [], firstIndex: 0 }];
  const pages: PrintPage<T>[] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push({ number: pages.length + 1, rows: rows.slice(i, i + perPage), firstIndex: i });
  return pages;
}
