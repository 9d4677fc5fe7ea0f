import { Alert, Button, Card, Popconfirm, Skeleton, Typography } from 'antd';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/context';
import { GRADES, sharePercent, type AppraisalSummary } from './appraisal-grid';
import { capText, gradeText } from './appraisal-text';

interface Props {
  summary: AppraisalSummary | null;
  error: UiError | null;
  /** Names of those without a verdict, in list order, as saved. */
  pending: readonly string[];
  /** Names the backend refused to close without (VERDICT_REQUIRED). */
  missing: readonly string[] | null;
  closing: boolean;
  onEditCap(): void;
  onClose(): void;
}

/** Counts per verdict, the 优秀 share against the year's cap (and where the cap is set), who still has no verdict. */
export function SummaryCard({ summary, error, pending, missing, closing, onEditCap, onClose }: Props) {
  const t = useT();
  if (!summary) {
    return (
      <Card title={t('appraisal.summary.title')}>
        <ErrorAlert error={error} />
        {error ? null : <Skeleton active paragraph={{ rows: 2 }} />}
      </Card>
    );
  }
  const { counts, cap, total, year } = summary;
  const open = !year.closedOn;
  const tiles = [
    { key: 'total', label: t('appraisal.summary.total'), value: total },
    ...GRADES.map((g) => ({ key: g, label: gradeText(t, g), value: counts[g] })),
    { key: 'pending', label: t('appraisal.summary.pending'), value: counts.pending },
  ];
  const over = summary.warnings.find((w) => w.code === 'EXCELLENT_OVER_CAP');
  return (
    <Card
      title={t('appraisal.summary.title')}
      extra={
        open ? (
          <Popconfirm
            title={t('appraisal.close')}
            description={<div className="bd-appraisal-confirm">{t('appraisal.close.confirm', { year: year.year })}</div>}
            okText={t('appraisal.close.ok')}
            cancelText={t('common.cancel')}
            onConfirm={onClose}
          >
            <Button loading={closing}>{t('appraisal.close')}</Button>
          </Popconfirm>
        ) : null
      }
      data-testid="appraisal-summary"
    >
      <ErrorAlert error={error} />
      <dl className="bd-ag-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={`bd-ag-tile bd-ag-tile-${tile.key}${tile.value > 0 ? ' bd-ag-tile-some' : ''}`}>
            <dt>{tile.label}</dt>
            <dd>{t('appraisal.summary.people', { count: tile.value })}</dd>
          </div>
        ))}
      </dl>
      <Typography.Paragraph className="bd-ag-share">
        {t('appraisal.summary.share', { count: cap.count, share: sharePercent(cap.count, total) })}
        <br />
        {t(open ? 'appraisal.summary.capLine' : 'appraisal.summary.capLineClosed', { capText: capText(t, cap.percent), max: cap.max })}
        {open ? (
          <Button type="link" size="small" onClick={onEditCap}>
            {t('appraisal.cap.edit')}
          </Button>
        ) : null}
      </Typography.Paragraph>
      {over ? (
        <Alert
          type="warning"
          showIcon
          className="bd-ag-warning"
          data-testid="excellent-over-cap"
          title={t('appraisal.warning.EXCELLENT_OVER_CAP', { ...over.params, capText: capText(t, cap.percent) })}
          description={t('appraisal.warning.EXCELLENT_OVER_CAP.next')}
        />
      ) : null}
      {missing && missing.length > 0 ? (
        <Alert
          type="error"
          showIcon
          className="bd-ag-warning"
          title={t('appraisal.close.missing', { count: missing.length, names: missing.join('、') })}
          description={t('appraisal.close.missing.next')}
        />
      ) : null}
      <Typography.Paragraph type={pending.length ? undefined : 'secondary'} className="bd-ag-pending" data-testid="appraisal-pending">
        {pending.length ? t('appraisal.summary.pendingNames', { names: pending.join('、') }) : t('appraisal.summary.allDone')}
      </Typography.Paragraph>
    </Card>
  );
}
