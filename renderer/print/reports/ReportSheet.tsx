import type { ReactNode } from 'react';
import type { ReportDocument } from '../../pages/reports/report-types';
import { useT } from '../../i18n/context';
import { sheetTitle, type Block, type ReportPage } from './report-layout';
import { ReportTable } from './ReportTable';

interface Props {
  doc: ReportDocument;
  pages: readonly ReportPage[];
}

function TextSection({ title, continued, children }: { title: string; continued: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <section className="bd-report-text">
      <h2 className="bd-report-table-title">
        {title}
        {continued ? t('reports.print.continued') : ''}
      </h2>
      {children}
    </section>
  );
}

/** Page one's heading, also shown above the report on screen: what, whose, which period, which version. */
export function ReportHeading({ doc }: { doc: ReportDocument }) {
  const t = useT();
  return (
    <header className="bd-report-head">
      <h1 className="bd-doc-title bd-report-title">{sheetTitle(doc)}</h1>
      <div className="bd-report-meta">
        <span>
          {t('reports.print.org')}：{doc.orgName}
        </span>
        <span>
          {t('reports.print.orgCode')}：{doc.orgCode}
        </span>
      </div>
      <div className="bd-report-meta">
        <span>
          {t('reports.print.period')}：{doc.periodLabel}（{doc.periodRange}）
        </span>
      </div>
      <div className="bd-report-meta bd-report-status">{doc.statusLine}</div>
      {doc.correctionNote ? <p className="bd-report-correction">{doc.correctionNote}</p> : null}
      <p className="bd-report-note">{doc.templateNote}</p>
    </header>
  );
}

/**
 * The statistics report on A4, pages as report-layout.ts cut them: the heading on page one
 * (title, 填报单位, 统计期, version or 草稿, correction reason, the "not the official form" note),
 * the template's tables, the validation result, the explanations of unusual figures, and
 * 填报人/填报日期 with the 支部 seal line. Every page says which report it belongs to and
 * "第 N 页 共 M 页".
 */
export function ReportSheet({ doc, pages }: Props) {
  const t = useT();
  const version = doc.version === null ? t('reports.print.draft') : t('reports.print.version', { version: doc.version });

  const block = (b: Block, i: number) => {
    if (b.kind === 'table') {
      const table = doc.tables[b.table]!;
      return <ReportTable key={i} table={table} from={b.from} to={b.to} continued={b.continued} />;
    }
    if (b.kind === 'text' && b.section === 'validation') {
      return (
        <TextSection key={i} title={t('reports.print.validation')} continued={b.continued}>
          {doc.validationLines.slice(b.from, b.to).map((line, j) => (
            <p key={j}>{line}</p>
          ))}
        </TextSection>
      );
    }
    if (b.kind === 'text') {
      return (
        <TextSection key={i} title={t('reports.print.explanations')} continued={b.continued}>
          {doc.explanations.slice(b.from, b.to).map((e, j) => (
            <div key={j} className="bd-report-explanation">
              <p className="bd-report-topic">
                {b.from + j + 1}. {e.topic}
              </p>
              <p>{e.text}</p>
            </div>
          ))}
        </TextSection>
      );
    }
    return (
      <section key={i} className="bd-report-sign">
        <div>
          <span>
            {t('reports.print.preparedBy')}：{doc.preparedBy}
          </span>
          <span>
            {t('reports.print.preparedOn')}：{doc.preparedOn}
          </span>
        </div>
        <div>
          <span>
            {t('reports.print.seal')}
            <span className="bd-sign-line" />
          </span>
          {doc.hash ? <span className="bd-report-hash">{t('reports.print.hash', { hash: doc.hash.slice(0, 16) })}</span> : null}
        </div>
      </section>
    );
  };

  return (
    <>
      {pages.map((page) => (
        <section
          key={page.number}
          className={`bd-doc bd-doc-page bd-report-page ${page.orientation === 'landscape' ? 'bd-doc-landscape' : 'bd-doc-portrait'}`}
          aria-label={t('print.pageOf', { page: page.number, pages: pages.length })}
        >
          {page.first ? (
            <ReportHeading doc={doc} />
          ) : (
            <header className="bd-report-running">
              <span>{doc.orgName}</span>
              <span>
                {doc.periodLabel} {version}
              </span>
            </header>
          )}
          <div className="bd-report-body">{page.blocks.map(block)}</div>
          <footer className="bd-doc-foot">{t('print.pageOf', { page: page.number, pages: pages.length })}</footer>
        </section>
      ))}
    </>
  );
}
