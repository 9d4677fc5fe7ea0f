import { useT } from '../../i18n/context';
import { sheetTitle } from '../../print/reports/report-layout';
import { ReportTable } from '../../print/reports/ReportTable';
import type { DocCell, ReportDocument } from './report-types';

interface Props {
  doc: ReportDocument;
  onCell(cell: DocCell & { key: string }, label: string): void;
}

/** The report on screen as on paper: heading, then each table of the template; a figure opens its names. */
export function ReportScreen({ doc, onCell }: Props) {
  const t = useT();
  return (
    <div className="bd-doc bd-report-screen" data-testid="report-screen">
      <h1 className="bd-doc-title bd-report-screen-title">{sheetTitle(doc)}</h1>
      <div className="bd-report-meta">
        <span>
          {t('reports.print.org')}：{doc.orgName}
        </span>
        <span>
          {t('reports.print.period')}：{doc.periodLabel}（{doc.periodRange}）
        </span>
      </div>
      <p className="bd-report-note">{doc.templateNote}</p>
      <p className="bd-report-hint">{t('reports.screen.hint')}</p>
      {doc.tables.map((table) => (
        <ReportTable key={table.key} table={table} onCell={onCell} />
      ))}
    </div>
  );
}
