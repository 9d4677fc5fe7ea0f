import { Alert, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { PrintPreview } from '../PrintPreview';
import { LetterPartView, LetterSheet } from './LetterSheet';

/** A print view over a document the backend builds: loading, then the sheet, or why not. */
function LoadedPrintPreview(props: { title: string; note: string; onClose(): void; loading: boolean; error: UiError | null; sheet: ReactNode | null; warning?: string | null }) {
  const { title, note, onClose, loading, error, sheet, warning } = props;
  return (
    <PrintPreview
      title={title}
      onClose={onClose}
      ready={sheet !== null}
      note={note}
      preview={
        <>
          <ErrorAlert error={error} />
          {warning ? <Alert type="warning" showIcon className="bd-print-warning" title={warning} /> : null}
          {sheet ?? <Skeleton active loading={loading} className="bd-print-warning" />}
        </>
      }
    >
      {sheet}
    </PrintPreview>
  );
}

/** 打印介绍信: the issued letter, as the backend's document model says it, ready for the printer. */
export function LetterPrintPreview({ number, onClose }: { number: string; onClose(): void }) {
  const t = useT();
  const doc = useLoadWith('transfers.letter', { number });
  const value = doc.value?.number === number ? doc.value : null;
  return (
    <LoadedPrintPreview
      title={t('transfers.print.letterTitle', { number })}
      note={t('transfers.print.letterNote')}
      onClose={onClose}
      loading={doc.loading}
      error={doc.error}
      warning={value?.voidNote}
      sheet={value ? <LetterSheet doc={value} /> : null}
    />
  );
}

/** 打印回执联: the receipt this branch sends back for a letter it received. */
export function InReceiptPrintPreview({ number, onClose }: { number: string; onClose(): void }) {
  const t = useT();
  const part = useLoadWith('transfers.inReceipt', { number });
  const value = part.value;
  return (
    <LoadedPrintPreview
      title={t('transfers.print.inReceiptTitle', { number })}
      note={t('transfers.print.inReceiptNote')}
      onClose={onClose}
      loading={part.loading}
      error={part.error}
      sheet={
        value ? (
          <article className="bd-doc bd-doc-page bd-in-receipt-sheet" aria-label={value.title} data-testid="in-receipt-sheet">
            <LetterPartView part={value} />
          </article>
        ) : null
      }
    />
  );
}
