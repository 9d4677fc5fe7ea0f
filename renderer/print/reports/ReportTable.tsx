import { cellId, type CellChange } from '../../pages/reports/report-diff';
import type { DocCell, DocTable } from '../../pages/reports/report-types';
import { useT } from '../../i18n/context';

interface Props {
  table: DocTable;
  /** Rows [from, to) of a table split over pages; the whole table by default. */
  from?: number;
  to?: number;
  continued?: boolean;
  /** On screen: a figure's cell opens the names behind it. */
  onCell?: (cell: DocCell & { key: string }, label: string) => void;
  /** On screen, comparing versions: the cells a correction changed, with their earlier text. */
  changes?: ReadonlyMap<string, CellChange>;
}

/** The label column's share of the width: wide for one number, narrower as value columns are added. */
function labelShare(valueColumns: number): number {
  return valueColumns === 1 ? 68 : Math.max(28, 52 - valueColumns * 3);
}

/**
 * One table of the report in the template's layout, as on paper: title, column heads, a row
 * label (indented for sub-items) and one cell per value column. The same component prints and
 * shows the report on screen, where figure cells become buttons and changed cells are marked.
 */
export function ReportTable({ table, from = 0, to = table.rows.length, continued = false, onCell, changes }: Props) {
  const t = useT();
  const values = table.columns.length - 1;
  const share = labelShare(values);
  return (
    <div className="bd-report-block" data-table={table.key}>
      <h2 className="bd-report-table-title">
        {table.title}
        {continued ? t('reports.print.continued') : ''}
      </h2>
      {table.note && !continued ? <p className="bd-report-table-note">{table.note}</p> : null}
      <table className="bd-doc-table bd-report-table">
        <colgroup>
          <col style={{ width: `${share}%` }} />
          {table.columns.slice(1).map((c) => (
            <col key={c} style={{ width: `${(100 - share) / values}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(from, to).map((row, i) => {
            const rowIndex = from + i;
            return (
              <tr key={rowIndex}>
                <th scope="row" className={`bd-report-label bd-report-indent-${row.indent}`}>
                  {row.label}
                </th>
                {row.cells.map((cell, ci) => {
                  const change = changes?.get(cellId(table.key, rowIndex, ci));
                  const label = values > 1 ? `${row.label}（${table.columns[ci + 1]}）` : row.label;
                  const key = cell.key;
                  const text =
                    onCell && key !== null ? (
                      <button type="button" className="bd-report-cell-link" onClick={() => onCell({ ...cell, key }, label)} aria-label={t('reports.cell.open', { label, value: cell.text })}>
                        {cell.text}
                      </button>
                    ) : (
                      cell.text
                    );
                  return (
                    <td key={ci} className={change ? 'bd-report-value bd-report-changed' : 'bd-report-value'} data-figure={key ?? undefined} data-testid={change ? 'changed-cell' : undefined}>
                      {change ? (
                        <>
                          <del className="bd-report-was" aria-label={t('reports.diff.was', { value: change.from })}>
                            {change.from}
                          </del>
                          <span aria-hidden> → </span>
                        </>
                      ) : null}
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
