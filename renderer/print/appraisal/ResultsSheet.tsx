import type { OpOutput } from '../../api/types';
import { useT } from '../../i18n/context';
import { groupColumns, paginateWithFooter, RESULTS_FOOTER_ROWS, RESULTS_ROWS_PER_PAGE } from './layout';
import './appraisal-print.css';

type Summary = OpOutput<'appraisal.summary'>;

/**
 * The 民主评议党员结果汇总表 on A4 landscape: the backend's table (member, 自评, 互评 and 测评
 * tallies, 组织评定, 反馈日期), numbered pages of fixed rows, and on the last page the counts
 * per verdict and the signatures of the tellers and the secretary.
 */
export function ResultsSheet({ summary }: { summary: Summary }) {
  const t = useT();
  const { tally, counts } = summary;
  const pages = paginateWithFooter(tally.rows, RESULTS_ROWS_PER_PAGE, RESULTS_FOOTER_ROWS);
  const { top, sub } = groupColumns(tally.columns);
  const pageOf = (n: number) => t('print.pageOf', { page: n, pages: pages.length });
  return (
    <>
      {pages.map((page) => (
        <section key={page.number} className="bd-doc bd-doc-landscape bd-doc-page bd-roster-page" aria-label={pageOf(page.number)} data-testid="results-sheet">
          <header className="bd-doc-head">
            <h1 className="bd-doc-title">{tally.title}</h1>
            <div className="bd-doc-meta">
              <span>
                {t('print.appraisal.branch')}：{tally.orgName}
              </span>
              <span>
                {t('print.appraisal.year')}：{t('print.appraisal.yearValue', { year: summary.year.year })}
              </span>
            </div>
          </header>
          <table className="bd-doc-table bd-roster-table bd-results-table">
            <colgroup>
              {tally.columns.map((c, i) => (
                <col key={i} className={`bd-results-col-${resultColumnKind(c, i, tally.columns.length)}`} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {top.map((h) => (
                  <th key={h.label} colSpan={h.colSpan} rowSpan={h.rowSpan}>
                    {h.label}
                  </th>
                ))}
              </tr>
              <tr>
                {sub.map((h, i) => (
                  <th key={i}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, i) => (
                    <td key={i} className={i === 0 ? 'bd-doc-num' : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {page.number === pages.length ? (
            <div className="bd-results-end">
              <p className="bd-results-counts">{t('print.appraisal.counts', { ...counts, total: summary.total })}</p>
              <div className="bd-results-signs">
                {(['teller', 'scrutineer', 'secretary'] as const).map((who) => (
                  <div key={who}>
                    {t(`print.appraisal.${who}`)}
                    <span className="bd-sign-line" />
                  </div>
                ))}
                <div>
                  <span className="bd-sign-date">{t('print.appraisal.signDate')}</span>
                </div>
              </div>
            </div>
          ) : null}
          <footer className="bd-doc-foot">{pageOf(page.number)}</footer>
        </section>
      ))}
    </>
  );
}

/** Column widths by what a column holds: the number, the name, a count, a grade word, the date (last). */
function resultColumnKind(column: string, index: number, count: number): string {
  if (index === 0) return 'num';
  if (index === 1) return 'name';
  if (index === count - 1) return 'date';
  return column.includes('·') ? 'count' : 'grade';
}
