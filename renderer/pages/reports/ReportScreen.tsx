import { useT } from '../../i18n/context';
import { ReportHeading } from '../../print/reports/ReportSheet';
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
      <ReportHeading doc={doc} />
      <p className="bd-report-hint">{t('reports.screen.hint')}</p>
      {doc.tables.map((table) => (
        <ReportTable key={table.key} table={table} onCell={onCell} />
      ))}
    </div>
  );
}
