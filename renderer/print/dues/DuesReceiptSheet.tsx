import type { OpOutput } from '../../api/types';
import { useT } from '../../i18n/context';
import { LabelValueTable, SignatureLines } from '../doc-parts';

export type DuesReceiptDoc = OpOutput<'dues.receipt'>;

const PARTS = ['receipt', 'stub'] as const;

/**
 * 党费收据 on one A4 portrait page in two parts, 收据联 for the member and 存根联 for the
 * branch, with a cut line between. The content is the backend's model (dues.receipt): the
 * amount in figures and in 大写, who handed it in for whom, and a cancelled payment marked 作废.
 */
export function DuesReceiptSheet({ doc }: { doc: DuesReceiptDoc }) {
  const t = useT();
  return (
    <article className="bd-doc bd-doc-portrait bd-doc-page bd-dues-receipt-page" aria-label={doc.title}>
      {PARTS.map((part, i) => (
        <div key={part}>
          {i > 0 ? <div className="bd-dues-cut">
              <span>{t('dues.receipt.cut')}</span>
            </div> : null}
          <section className="bd-dues-receipt">
            <div className="bd-dues-receipt-part">{t(`dues.receipt.part.${part}`)}</div>
            <h1 className="bd-doc-title bd-dues-receipt-title">{doc.title}</h1>
            <div className="bd-dues-receipt-meta">
              <span>{doc.orgName}</span>
              <span>{t('dues.receipt.no', { no: doc.receiptNo || t('dues.receipt.noNumber') })}</span>
            </div>
            <div className="bd-dues-receipt-date">{doc.dateText}</div>
            <LabelValueTable rows={doc.lines} className="bd-dues-receipt-table" />
            <SignatureLines labels={doc.signatures} className="bd-dues-receipt-signs" />
            {doc.cancelledNote ? <div className="bd-dues-receipt-void">{doc.cancelledNote}</div> : null}
          </section>
        </div>
      ))}
    </article>
  );
}
