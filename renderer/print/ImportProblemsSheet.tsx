import { useT } from '../i18n/context';
import { formatDate } from '../lib/member-display';

export interface SkippedRow {
  rowNumber: number;
  name: string;
  reasons: readonly string[];
}

interface Props {
  fileName: string;
  date: string;
  rows: readonly SkippedRow[];
}

/**
 * 导入问题清单: the rows that were not imported and why, to correct on paper against the file.
 * Reasons wrap, so the table flows over pages with its header repeated on each.
 */
export function ImportProblemsSheet({ fileName, date, rows }: Props) {
  const t = useT();
  return (
    <article className="bd-doc bd-doc-portrait bd-doc-page" aria-label={t('print.problems.title')}>
      <h1 className="bd-doc-title">{t('print.problems.title')}</h1>
      <div className="bd-doc-meta">
        <span>
          {t('print.problems.file')}：{fileName}
        </span>
        <span>
          {t('print.problems.date')}：{formatDate(t, date)}
        </span>
        <span>{t('print.problems.count', { count: rows.length })}</span>
      </div>
      <table className="bd-doc-table bd-problems-table">
        <colgroup>
          <col style={{ width: '16mm' }} />
          <col style={{ width: '26mm' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th>{t('import.col.row')}</th>
            <th>{t('import.col.name')}</th>
            <th>{t('import.col.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.rowNumber}>
              <td className="bd-doc-num">{r.rowNumber}</td>
              <td>{r.name}</td>
              <td>
                <ul>
                  {r.reasons.map((reason, i) => (
                    <li key={i}>{reason}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
