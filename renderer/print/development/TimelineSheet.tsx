import type { TimelineDoc } from '../../pages/development/pipeline';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import './development-docs.css';
import { rowSpans } from './spans';

/**
 * 发展党员工作时间节点表 (development.timeline): every step with its date, people, time rule
 * and the article it rests on, on A4 landscape. The backend owns the content and the column
 * names; this lays it out. The phase cell spans its steps; the table runs on over pages with
 * its header repeated.
 */
/** A full-width space between the person's facts, as a form would set them. */
const GAP = '\u3000';

export function TimelineSheet({ doc }: { doc: TimelineDoc }) {
  const t = useT();
  const spans = rowSpans(doc.rows.map((r) => r.phase));
  const cols = ['bd-dev-tl-phase', 'bd-dev-tl-num', 'bd-dev-tl-step', 'bd-dev-tl-date', 'bd-dev-tl-people', 'bd-dev-tl-rule', 'bd-dev-tl-article', 'bd-dev-tl-status', 'bd-dev-tl-notes'];
  return (
    <article className="bd-doc bd-doc-page bd-dev-sheet-landscape bd-dev-timeline" aria-label={doc.title}>
      <h1 className="bd-doc-title bd-dev-doc-title">{doc.title}</h1>
      <div className="bd-doc-meta">
        <span>
          {t('dev.print.org')}：{doc.orgName}
        </span>
        <span>
          {[doc.person.name, doc.person.gender, t('dev.print.born', { date: formatDate(t, doc.person.birthDate) }), doc.person.stage].join(GAP)}
        </span>
        <span>
          {t('dev.print.ruleSet')}：{doc.ruleSet}
        </span>
      </div>
      {doc.ruleSetNote ? <p className="bd-dev-doc-note">{doc.ruleSetNote}</p> : null}
      <table className="bd-doc-table bd-dev-tl-table">
        <colgroup>
          {cols.map((c) => (
            <col key={c} className={c} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {doc.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.rows.map((row, i) => (
            <tr key={row.step} className={`bd-dev-tl-${row.status}`}>
              {spans[i] ? (
                <td rowSpan={spans[i]} className="bd-dev-tl-phase-cell">
                  {row.phase}
                </td>
              ) : null}
              <td className="bd-doc-num">{row.number}</td>
              <td>{row.name}</td>
              <td className="bd-dev-tl-dates">
                {row.dates.map((d) => (
                  <div key={d}>{formatDate(t, d)}</div>
                ))}
                {row.reports.length ? <div className="bd-dev-tl-small">{t('dev.kind.thought-report')}</div> : null}
                {row.reports.map((d) => (
                  <div key={`r-${d}`}>{formatDate(t, d)}</div>
                ))}
                {!row.dates.length && row.earliest ? <div>{t('dev.print.earliest', { date: formatDate(t, row.earliest) })}</div> : null}
                {row.due ? <div>{t('dev.print.due', { date: formatDate(t, row.due) })}</div> : null}
              </td>
              <td>{row.people}</td>
              <td>{row.rules}</td>
              <td>{[...new Set(row.ruleList.map((r) => r.articles))].join('、')}</td>
              <td>{row.statusText}</td>
              <td className="bd-dev-tl-small">{row.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="bd-dev-doc-foot">
        <ol>
          {doc.footnotes.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ol>
        <div className="bd-dev-signs">
          <span>{t('dev.print.secretarySign')}：<span className="bd-sign-line" /></span>
          <span>{t('dev.print.generatedOn', { date: formatDate(t, doc.generatedOn) })}</span>
        </div>
      </footer>
    </article>
  );
}
