import type { ReactNode } from 'react';
import { useT } from '../i18n/context';

interface Props {
  /** The page's own class: its paper size and row heights (e.g. bd-doc-landscape bd-roster-page). */
  className: string;
  tableClassName: string;
  title: string;
  /** The line under the title: organisation, date, count …, spread across the page. */
  meta: readonly ReactNode[];
  /** Column widths in mm, the 序号 column first. */
  widthsMm: readonly number[];
  /** The column headings. */
  head: readonly ReactNode[];
  page: number;
  pageCount: number;
  /** The page's rows (<tr>). */
  children: ReactNode;
}

/**
 * One page of a printed list (名册, 登记簿): the title, the meta line, the table with its fixed
 * column widths and its own header, and "第 N 页 共 M 页". The caller cuts the list into pages
 * (paginate.ts) and lays out the rows.
 */
export function ListSheetPage({ className, tableClassName, title, meta, widthsMm, head, page, pageCount, children }: Props) {
  const t = useT();
  const pageOf = t('print.pageOf', { page, pages: pageCount });
  return (
    <section className={`bd-doc bd-doc-page ${className}`} aria-label={pageOf}>
      <header className="bd-doc-head">
        <h1 className="bd-doc-title">{title}</h1>
        <div className="bd-doc-meta">
          {meta.map((m, i) => (
            <span key={i}>{m}</span>
          ))}
        </div>
      </header>
      <table className={`bd-doc-table ${tableClassName}`}>
        <colgroup>
          {widthsMm.map((w, i) => (
            <col key={i} style={{ width: `${w}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      <footer className="bd-doc-foot">{pageOf}</footer>
    </section>
  );
}
