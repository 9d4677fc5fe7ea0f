import dayjs from 'dayjs';
import { useT } from '../../i18n/context';
import { Fingerprint } from '../../pages/exchange/Fingerprint';
import { LabelValueTable, SignatureLines } from '../doc-parts';

interface Props {
  orgName: string;
  orgCode: string;
  keyId: string;
  fingerprint: readonly string[];
  keyCreatedAt: string;
  printedAt: Date;
}

const STEPS = ['exchange.fpSheet.step1', 'exchange.fpSheet.step2', 'exchange.fpSheet.step3', 'exchange.fpSheet.step4'] as const;

/**
 * 密钥指纹核对单: this installation's fingerprint on one A4 page, handed over with the enrolment
 * request (or read out over the phone from it), so the level above can compare it with the
 * one its screen shows before approving. The fingerprint is public; it proves, it does not unlock.
 */
export function FingerprintSheet({ orgName, orgCode, keyId, fingerprint, keyCreatedAt, printedAt }: Props) {
  const t = useT();
  return (
    <article className="bd-doc bd-doc-portrait bd-doc-page bd-exchange-doc" aria-label={t('exchange.fpSheet.title')} data-testid="fingerprint-sheet">
      <h1 className="bd-doc-title bd-exchange-doc-title">{t('exchange.fpSheet.title')}</h1>
      <LabelValueTable className="bd-form-table bd-exchange-facts" labelColumn="bd-exchange-facts-label"
        rows={[
          [t('exchange.fpSheet.org'), orgName],
          [t('exchange.fpSheet.code'), orgCode],
          [t('exchange.fpSheet.keyId'), <span className="bd-mono">{keyId}</span>],
          [t('exchange.fpSheet.keyCreated'), dayjs(keyCreatedAt).format(t('format.date'))],
          [t('exchange.fpSheet.printed'), dayjs(printedAt).format(t('format.date'))],
        ]}
      />
      <section className="bd-exchange-box bd-exchange-box-tall">
        <div className="bd-exchange-box-label">{t('exchange.fpSheet.fingerprint')}</div>
        <Fingerprint groups={fingerprint} label={t('exchange.fpSheet.fingerprint')} />
      </section>
      <h2 className="bd-exchange-doc-subtitle">{t('exchange.fpSheet.howTitle')}</h2>
      <ol className="bd-exchange-notes">
        {STEPS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ol>
      <SignatureLines className="bd-form-signs bd-exchange-signs" labels={[t('exchange.fpSheet.checkedBy'), t('exchange.fpSheet.checkedOn')]} />
    </article>
  );
}
