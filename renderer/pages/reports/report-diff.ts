/**
 * Which printed cells a corrected version changed. Two versions of one period share a template,
 * so their tables line up cell by cell: a cell is changed when its printed text differs, or
 * when the figure behind it counts other people at the same number (one member swapped for
 * another), which only the backend's diff (by names) can tell.
 */
import type { ReportDocument } from './report-types';

/** A cell's place in the document: table key, row index, value-column index. */
export function cellId(table: string, row: number, column: number): string {
  return `${table}:${row}:${column}`;
}

export interface CellChange {
  /** The text the earlier version printed there ('' where that version had no such cell). */
  from: string;
}

export function changedCells(from: ReportDocument, to: ReportDocument, changedFigureKeys: ReadonlySet<string>): Map<string, CellChange> {
  const before = new Map<string, string>();
  for (const t of from.tables) t.rows.forEach((r, ri) => r.cells.forEach((c, ci) => before.set(cellId(t.key, ri, ci), c.text)));
  const out = new Map<string, CellChange>();
  for (const t of to.tables) {
    t.rows.forEach((r, ri) =>
      r.cells.forEach((c, ci) => {
        const id = cellId(t.key, ri, ci);
        const old = before.get(id);
        if (old !== c.text || (c.key !== null && changedFigureKeys.has(c.key))) out.set(id, { from: old ?? '' });
      }),
    );
  }
  return out;
}
