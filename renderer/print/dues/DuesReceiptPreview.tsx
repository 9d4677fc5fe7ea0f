import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { PrintPreview } from '../PrintPreview';
import { DuesReceiptSheet } from './DuesReceiptSheet';
import './dues-print.css';

/** 打印收据 for one payment. */
export function DuesReceiptPreview({ paymentId, onClose }: { paymentId: number; onClose(): void }) {
  const t = useT();
  const load = useLoadWith('dues.receipt', { paymentId });
  const doc = load.value;
  return (
    <PrintPreview
      title={doc ? t('dues.receipt.previewTitle', { name: doc.payerName }) : t('dues.receipt.title')}
      onClose={onClose}
      ready={doc !== null && !load.loading}
      preview={
        <>
          <ErrorAlert error={load.error} />
          {doc ? <DuesReceiptSheet doc={doc} /> : null}
        </>
      }
    >
      {doc ? <DuesReceiptSheet doc={doc} /> : null}
    </PrintPreview>
  );
}
