import { Alert, Skeleton } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { LetterPartView, LetterSheet } from './LetterSheet';
import { PrintPreview } from '../PrintPreview';

/** 打印介绍信: the issued letter, as the backend's document model says it, ready for the printer. */
export function LetterPrintPreview({ number, onClose }: { number: string; onClose(): void }) {
  const t = useT();
  const doc = useLoadWith('transfers.letter', { number });
  const value = doc.value?.number === number ? doc.value : null;
  return (
    <PrintPreview
      title={t('transfers.print.letterTitle', { number })}
      onClose={onClose}
      ready={value !== null}
      note={t('transfers.print.letterNote')}
      preview={
        <>
          <ErrorAlert error={doc.error} />
          {value?.voidNote ? <Alert type="warning" showIcon className="bd-print-warning" title={value.voidNote} /> : null}
          {value ? <LetterSheet doc={value} /> : <Skeleton active loading={doc.loading} className="bd-print-warning" />}
        </>
      }
    >
      {value ? <LetterSheet doc={value} /> : null}
    </PrintPreview>
  );
}

/** 打印回执联: the receipt this branch sends back for a letter it received. */
export function InReceiptPrintPreview({ number, onClose }: { number: string; onClose(): void }) {
  const t = useT();
  const part = useLoadWith('transfers.inReceipt', { number });
  const value = part.value;
  const sheet = value ? (
    <article className="bd-doc bd-doc-page bd-in-receipt-sheet" aria-label={value.title} data-testid="in-receipt-sheet">
      <LetterPartView part={value} />
    </article>
  ) : null;
  return (
    <PrintPreview
      title={t('transfers.print.inReceiptTitle', { number })}
      onClose={onClose}
      ready={value !== null}
      note={t('transfers.print.inReceiptNote')}
      preview={
        <>
          <ErrorAlert error={part.error} />
          {sheet ?? <Skeleton active loading={part.loading} className="bd-print-warning" />}
        </>
      }
    >
      {sheet}
    </PrintPreview>
  );
}
