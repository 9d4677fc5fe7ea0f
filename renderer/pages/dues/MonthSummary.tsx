import { Alert, Button } from 'antd';
import { useT } from '../../i18n/context';
import { formatYuan } from '../../lib/money';
import { arrearsLevel, type ArrearsRow, type MonthSheet } from './dues-logic';
import { monthText } from './dues-text';

interface Props {
  sheet: MonthSheet;
  arrears: readonly ArrearsRow[];
  /** The arrears tab says it at length: the alert would only repeat it there. */
  showArrearsAlert: boolean;
  onShowArrears(): void;
}

/** The month at a glance: what is due, paid and owed to the fen, and who needs a word or the committee. */
export function MonthSummary({ sheet, arrears, showArrearsAlert, onShowArrears }: Props) {
  const t = useT();
  const { totals } = sheet;
  const figures = [
    { key: 'due', label: t('dues.summary.due'), fen: totals.dueFen },
    { key: 'paid', label: t('dues.summary.paid'), fen: totals.paidFen },
    { key: 'outstanding', label: t('dues.summary.outstanding'), fen: totals.outstandingFen },
    { key: 'voluntary', label: t('dues.summary.voluntary'), fen: totals.voluntaryFen },
  ];
  const committee = arrears.filter((r) => arrearsLevel(r.flags) === 'committee').length;
  const reminder = arrears.filter((r) => arrearsLevel(r.flags) === 'reminder').length;
  return (
    <>
      <dl className="bd-dues-summary" aria-label={t('dues.summary.label', { month: monthText(t, sheet.month) })} data-testid="dues-summary">
        {figures.map((f) => (
          <div key={f.key} className={`bd-dues-figure bd-dues-figure-${f.key}`}>
            <dt>{f.label}</dt>
            <dd data-testid={`dues-total-${f.key}`}>
              {formatYuan(f.fen)}
              <span className="bd-dues-unit">{t('dues.unit')}</span>
            </dd>
          </div>
        ))}
        <div className="bd-dues-figure">
          <dt>{t('dues.summary.members')}</dt>
          <dd>
            {totals.members}
            <span className="bd-dues-unit">{t('dues.summary.people')}</span>
            {totals.noProfile ? <span className="bd-dues-figure-note">{t('dues.summary.noProfile', { count: totals.noProfile })}</span> : null}
          </dd>
        </div>
      </dl>
      {showArrearsAlert && committee + reminder > 0 ? (
        <Alert
          type={committee ? 'error' : 'warning'}
          showIcon
          className="bd-dues-arrears-alert"
          data-testid="dues-arrears-alert"
          title={t('dues.summary.arrears', { committee, reminder })}
          description={committee ? t('dues.arrears.committeeNote') : undefined}
          action={<Button onClick={onShowArrears}>{t('dues.summary.showArrears')}</Button>}
        />
      ) : null}
    </>
  );
}
