import type { OpOutput } from '../../api/types';
import { useT } from '../../i18n/context';
import { PrintPreview } from '../PrintPreview';
import { BallotSheet } from './BallotSheet';
import { paginateWithFooter, RESULTS_FOOTER_ROWS, RESULTS_ROWS_PER_PAGE } from './layout';
import { ResultsSheet } from './ResultsSheet';

export type AppraisalPrint = 'ballot' | 'results';

interface Props {
  which: AppraisalPrint;
  summary: OpOutput<'appraisal.summary'>;
  /** False while the summary is being read again after the last saves. */
  ready: boolean;
  onClose(): void;
}

/** The 测评表 or the 结果汇总表 in the print view, from the backend's appraisal.summary model. */
export function AppraisalPrintPreview({ which, summary, ready, onClose }: Props) {
  const t = useT();
  const count = summary.total;
  if (which === 'ballot') {
    return (
      <PrintPreview title={summary.ballotForm.title} onClose={onClose} ready={ready} note={t('print.appraisal.ballotNote', { count })}>
        <BallotSheet form={summary.ballotForm} year={summary.year.year} />
      </PrintPreview>
    );
  }
  const pages = paginateWithFooter(summary.tally.rows, RESULTS_ROWS_PER_PAGE, RESULTS_FOOTER_ROWS).length;
  return (
    <PrintPreview title={summary.tally.title} onClose={onClose} ready={ready} note={t('print.appraisal.resultsNote', { count, pages })}>
      <ResultsSheet summary={summary} />
    </PrintPreview>
  );
}
