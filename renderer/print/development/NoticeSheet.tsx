import type { OpOutput } from '../../api/types';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import './development-docs.css';

/**
 * 公示 in the manner of GB/T 9704-2012: title in 2号 小标宋 (宋体 bold as the fallback), body
 * in 3号 仿宋 on a 28 pt line, paragraphs indented two characters, the issuing branch and the
 * date at the right. Margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.
 */
export function NoticeSheet({ doc }: { doc: OpOutput<'development.publicNotice'> }) {
  const t = useT();
  return (
    <article className="bd-doc bd-doc-page bd-dev-notice" aria-label={doc.title}>
      <h1 className="bd-dev-notice-title">{doc.title}</h1>
      {doc.paragraphs.map((p) => (
        <p key={p} className="bd-dev-notice-p">
          {p}
        </p>
      ))}
      <div className="bd-dev-notice-sign">
        <div>{doc.signature}</div>
        <div>{formatDate(t, doc.date)}</div>
      </div>
    </article>
  );
}
