import dayjs from 'dayjs';
import { useT } from '../../i18n/context';
import { Fingerprint } from '../../pages/exchange/Fingerprint';

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
      <table className="bd-doc-table bd-exchange-facts">
        <colgroup>
          <col className="bd-exchange-facts-label" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">{t('exchange.fpSheet.org')}</th>
            <td>{orgName}</td>
          </tr>
          <tr>
            <th scope="row">{t('exchange.fpSheet.code')}</th>
            <td>{orgCode}</td>
          </tr>
          <tr>
            <th scope="row">{t('exchange.fpSheet.keyId')}</th>
            <td className="bd-mono">{keyId}</td>
          </tr>
          <tr>
            <th scope="row">{t('exchange.fpSheet.keyCreated')}</th>
            <td>{dayjs(keyCreatedAt).format(t('format.date'))}</td>
          </tr>
          <tr>
            <th scope="row">{t('exchange.fpSheet.printed')}</th>
            <td>{dayjs(printedAt).format(t('format.date'))}</td>
          </tr>
        </tbody>
      </table>
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
      <div className="bd-form-signs bd-exchange-signs">
        <div>
          {t('exchange.fpSheet.checkedBy')}
          <span className="bd-sign-line" />
        </div>
        <div>
          {t('exchange.fpSheet.checkedOn')}
          <span className="bd-sign-line" />
        </div>
      </div>
    </article>
  );
}
