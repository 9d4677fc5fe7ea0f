import { useT } from '../../i18n/context';
import type { DuesRegisterDoc, RegisterLayout } from './register-layout';
import { SignatureLines } from '../doc-parts';


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
                <SignatureLines labels={doc.signatures} className="bd-dues-signs" after={<div className="bd-dues-sign-date">{t('dues.print.date')}</div>} />
              </div>
            ) : null}
            <footer className="bd-doc-foot">{t('print.pageOf', { page: p + 1, pages: pages.length })}</footer>
          </section>
        );
      })}
    </>
  );
}
