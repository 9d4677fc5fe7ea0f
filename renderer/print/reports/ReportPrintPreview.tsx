import { useMemo } from 'react';
import type { ReportDocument } from '../../pages/reports/report-types';
import { useT } from '../../i18n/context';
import { PrintPreview } from '../PrintPreview';
import { layoutReport } from './report-layout';
import { ReportSheet } from './ReportSheet';
import '../../styles/reports.css';

/** 打印报表: the document the screen shows (a draft or a submitted version), on A4 pages. */
export function ReportPrintPreview({ doc, onClose }: { doc: ReportDocument; onClose(): void }) {
  const t = useT();
  const pages = useMemo(() => layoutReport(doc), [doc]);
  const title = doc.version === null ? t('reports.print.titleDraft', { period: doc.periodLabel }) : t('reports.print.titleVersion', { period: doc.periodLabel, version: doc.version });
  return (
    <PrintPreview title={title} onClose={onClose} note={t('reports.print.note', { pages: pages.length })}>
      <ReportSheet doc={doc} pages={pages} />
    </PrintPreview>
  );
}
