import type { OpOutput } from '../../api/types';
import { useT } from '../../i18n/context';
import { fitColumns, pagesByHeight, rowLines, textEm, type RowGeometry } from './register-layout';

export type DuesRegisterDoc = OpOutput<'dues.register'>;

/** A4 landscape inside 12 mm margins. */
const PAGE_WIDTH_MM = 273;
/** What rows may use of the 184 mm page: less the heading (20), the column header (10), the page number (8) and a margin for error. */
const ROWS_BUDGET_MM = 140;
/** The last page's totals row, summary, notes and signature lines. */
const TAIL_MM = 58;
/** 9 pt text in 4.4 mm lines; cells padded 1.2 mm a side. */
const GEOMETRY = { paddingMm: 1.2, fontMm: 3.2, lineMm: 4.4 };
const ROW_PAD_MM = 2;
/** No column is laid out wider than this for its longest text: 备注 wraps rather than squeezing the figures. */
const CAP_MM = 48;

export interface RegisterLayout {
  columnsMm: number[];
  pages: number[][];
}

/**
 * Column widths from the texts themselves (a header may wrap onto two lines, a cell should
 * not), then the rows of each page by their estimated heights.
 */
export function layoutRegister(doc: DuesRegisterDoc): RegisterLayout {
  const pad = 2 * GEOMETRY.paddingMm;
  const mm = (em: number) => em * GEOMETRY.fontMm + pad;
  const natural = doc.columns.map((c, i) =>
    Math.min(CAP_MM, mm(Math.max(Math.ceil(textEm(c.header) / 2), textEm(doc.totals[i]?.text ?? ''), ...doc.rows.map((r) => textEm(r[i]?.text ?? ''))))),
  );
  // Figures never wrap; text columns may, down to two characters a line.
  const min = doc.columns.map((c, i) => (c.money ? natural[i]! : mm(Math.min(2, textEm(c.header)))));
  const columnsMm = fitColumns(natural, min, PAGE_WIDTH_MM);
  const g: RowGeometry = { ...GEOMETRY, columnsMm };
  const heights = doc.rows.map((cells) => rowLines(cells.map((c) => c.text), g) * g.lineMm + ROW_PAD_MM);
  return { columnsMm, pages: pagesByHeight(heights, ROWS_BUDGET_MM, TAIL_MM) };
}

/**
 * 党费收缴登记表 as the backend worded it (dues.register): the heading on every page, the
 * column header repeated, the totals row, summary, notes and signature lines on the last page,
 * and "第 N 页 共 M 页". Money columns are right-aligned with two decimals.
 */
export function DuesRegisterSheet({ doc, layout, onlyPages }: { doc: DuesRegisterDoc; layout: RegisterLayout; onlyPages?: number }) {
  const t = useT();
  const { columnsMm, pages } = layout;
  const shown = onlyPages === undefined ? pages : pages.slice(0, onlyPages);
  const align = (i: number) => (doc.columns[i]?.money ? 'bd-doc-money' : undefined);
  return (
    <>
      {shown.map((rows, p) => {
        const last = p === pages.length - 1;
        return (
          <section key={p} className="bd-doc bd-doc-landscape bd-doc-page bd-dues-register" aria-label={t('print.pageOf', { page: p + 1, pages: pages.length })}>
            <header className="bd-doc-head">
              <h1 className="bd-doc-title">{doc.title}</h1>
              <div className="bd-doc-meta">
                <span>{t('dues.print.org', { name: doc.orgName })}</span>
                <span>{t('dues.print.period', { period: doc.periodLabel })}</span>
                <span>{t('dues.print.unit')}</span>
              </div>
            </header>
            <table className="bd-doc-table bd-dues-register-table">
              <colgroup>
                {columnsMm.map((w, i) => (
                  <col key={i} style={{ width: `${w}mm` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {doc.columns.map((c) => (
                    <th key={c.header}>{c.header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r}>
                    {doc.rows[r]!.map((cell, i) => (
                      <td key={i} className={align(i)}>
                        {cell.text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {last ? (
                <tfoot>
                  <tr className="bd-dues-register-totals">
                    {doc.totals.map((cell, i) => (
                      <td key={i} className={align(i)}>
                        {cell.text}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              ) : null}
            </table>
            {last ? (
              <div className="bd-dues-register-tail">
                <p className="bd-dues-register-summary">{doc.summary}</p>
                <ol className="bd-dues-register-notes">
                  {doc.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ol>
                <div className="bd-dues-signs">
                  {doc.signatures.map((s) => (
                    <div key={s}>
                      {s}：<span className="bd-sign-line" />
                    </div>
                  ))}
                  <div className="bd-dues-sign-date">{t('dues.print.date')}</div>
                </div>
              </div>
            ) : null}
            <footer className="bd-doc-foot">{t('print.pageOf', { page: p + 1, pages: pages.length })}</footer>
          </section>
        );
      })}
    </>
  );
}
