import type { CSSProperties } from 'react';
import type { OpOutput } from '../../api/types';
import { useT } from '../../i18n/context';
import { ballotLayout, ballotPages } from './layout';
import './appraisal-print.css';

type BallotForm = OpOutput<'appraisal.summary'>['ballotForm'];

/**
 * The 民主评议党员测评表 on A4 portrait (DOMAIN.md §7): the backend's model (title, branch,
 * instructions, members × the four grades with a box each), laid out to fit one sheet. The
 * secretary prints as many copies as there are voters.
 */
export function BallotSheet({ form, year }: { form: BallotForm; year: number }) {
  const t = useT();
  const layout = ballotLayout(form.rows.length);
  const pages = ballotPages(form.rows, layout);
  const [numberColumn, nameColumn, ...gradeColumns] = form.columns;
  const style = { '--bd-ballot-row': `${layout.rowMm}mm` } as CSSProperties;
  return (
    <>
      {pages.map((page) => (
        <article
          key={page.number}
          className={`bd-doc bd-doc-portrait bd-doc-page bd-ballot bd-ballot-blocks-${layout.blocks}`}
          style={style}
          aria-label={form.title}
          data-testid="ballot-sheet"
        >
          <h1 className="bd-doc-title bd-ballot-title">{form.title}</h1>
          <div className="bd-doc-meta">
            <span>
              {t('print.appraisal.branch')}：{form.orgName}
            </span>
            <span>
              {t('print.appraisal.year')}：{t('print.appraisal.yearValue', { year })}
            </span>
          </div>
          <ol className="bd-ballot-instructions">
            {form.instructions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <div className="bd-ballot-body">
            {page.blocks.map((block) => (
              <table key={block.firstIndex} className="bd-doc-table bd-ballot-table">
                <colgroup>
                  <col className="bd-ballot-num" />
                  <col className="bd-ballot-name" />
                  {gradeColumns.map((c) => (
                    <col key={c} />
                  ))}
                </colgroup>
                <thead>
                  <tr>
                    <th>{numberColumn}</th>
                    <th>{nameColumn}</th>
                    {gradeColumns.map((c) => (
                      <th key={c}>{c}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {block.rows.map(([number, name, ...boxes]) => (
                    <tr key={number}>
                      <td className="bd-doc-num">{number}</td>
                      <td className="bd-ballot-member">{name}</td>
                      {boxes.map((box, i) => (
                        <td key={i} className="bd-ballot-box">
                          {box}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
          <div className="bd-ballot-foot">
            <span>{t('print.appraisal.date')}</span>
            {layout.pages > 1 ? <span>{t('print.pageOf', { page: page.number, pages: layout.pages })}</span> : null}
          </div>
        </article>
      ))}
    </>
  );
}
