import dayjs from 'dayjs';
import { useT } from '../i18n/context';
import { recoveryKeyGroups } from '../lib/format';

interface Props {
  appName: string;
  branchName: string;
  branchCode: string;
  recoveryKey: string;
  createdAt: Date;
}

const INSTRUCTIONS = [
  'sheet.instruction1',
  'sheet.instruction2',
  'sheet.instruction3',
  'sheet.instruction4',
  'sheet.instruction5',
] as const;

/** The recovery key on one A4 page, to be kept on paper (styles: .bd-sheet in print.css). */
export function RecoverySheet({ appName, branchName, branchCode, recoveryKey, createdAt }: Props) {
  const t = useT();
  const groups = recoveryKeyGroups(recoveryKey);
  return (
    <article className="bd-sheet" aria-label={t('sheet.title')}>
      <header className="bd-sheet-header">
        <div className="bd-sheet-app">{appName}</div>
        <h1 className="bd-sheet-title">{t('sheet.title')}</h1>
      </header>
      <dl className="bd-sheet-facts">
        <dt>{t('sheet.branch')}</dt>
        <dd>{branchName}</dd>
        <dt>{t('sheet.code')}</dt>
        <dd className="bd-mono">{branchCode}</dd>
        <dt>{t('sheet.date')}</dt>
        <dd>{dayjs(createdAt).format(t('format.date'))}</dd>
      </dl>
      <section className="bd-sheet-key-box">
        <div className="bd-sheet-key-label">{t('sheet.key')}</div>
        <div className="bd-sheet-key" data-testid="recovery-key">
          {groups.map((g, i) => (
            <span key={i} className="bd-sheet-key-group">
              {g}
            </span>
          ))}
        </div>
      </section>
      <section className="bd-sheet-instructions">
        <h2>{t('sheet.instructionsTitle')}</h2>
        <ol>
          {INSTRUCTIONS.map((k) => (
            <li key={k}>{t(k)}</li>
          ))}
        </ol>
        <p>{t('sheet.howToUse')}</p>
      </section>
      <footer className="bd-sheet-sign">
        <span>{t('sheet.keeper')}：______________________</span>
        <span>{t('sheet.keeperDate')}：______________</span>
      </footer>
    </article>
  );
}
