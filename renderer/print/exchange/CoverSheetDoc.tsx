import type { CoverSheet } from '../../pages/exchange/types';
import { Fingerprint } from '../../pages/exchange/Fingerprint';
import { useT } from '../../i18n/context';
import { LabelValueTable, SignatureLines } from '../doc-parts';

/**
 * 数据包交接单: one A4 page that travels with the USB stick. The backend's model says what is
 * on it (db/bundles/cover-sheet.ts); here it is laid out, with the two things the receiver
 * compares on screen — the sender's fingerprint and the file's check code — large, in boxes.
 */
export function CoverSheetDoc({ sheet }: { sheet: CoverSheet }) {
  const t = useT();
  const fingerprintText = sheet.senderFingerprint.join(' ');
  // Shown large below; the table keeps every other line of the model.
  const rows = sheet.rows.filter(([, value]) => value !== fingerprintText && value !== sheet.fileHashShort);
  return (
    <article className="bd-doc bd-doc-portrait bd-doc-page bd-exchange-doc" aria-label={sheet.title} data-testid="cover-sheet">
      <h1 className="bd-doc-title bd-exchange-doc-title">{sheet.title}</h1>
      <LabelValueTable className="bd-form-table bd-exchange-facts" labelColumn="bd-exchange-facts-label"
        rows={[
          ...rows,
          [t('exchange.cover.counts'), sheet.counts.length ? sheet.counts.map(([what, n]) => t('exchange.cover.count', { what, count: n })).join('；') : '—'],
        ]}
      />
      <section className="bd-exchange-box">
        <div className="bd-exchange-box-label">{t('exchange.cover.fingerprint')}</div>
        {sheet.senderFingerprint.length ? <Fingerprint groups={sheet.senderFingerprint} label={t('exchange.cover.fingerprint')} /> : <p>{t('exchange.cover.noFingerprint')}</p>}
      </section>
      <section className="bd-exchange-box">
        <div className="bd-exchange-box-label">{t('exchange.cover.fileHash')}</div>
        <div className="bd-exchange-hash">{sheet.fileHashShort}</div>
      </section>
      <ol className="bd-exchange-notes">
        {sheet.notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ol>
      <SignatureLines className="bd-form-signs bd-exchange-signs" labels={[t('exchange.cover.handedBy'), t('exchange.cover.handedOn'), t('exchange.cover.receivedBy'), t('exchange.cover.receivedOn')]} />
    </article>
  );
}
