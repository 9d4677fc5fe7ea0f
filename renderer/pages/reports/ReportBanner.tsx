import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { daysUntil } from './report-logic';
import type { PeriodInfo, VersionSummary } from './report-types';

interface Props {
  info: PeriodInfo;
  template: string;
  view: number | 'current';
  versions: readonly VersionSummary[];
}

/** Where the period stands, in one sentence: locked, reopened, or a draft, and by when it is due. */
export function ReportBanner({ info, template, view, versions }: Props) {
  const t = useT();
  const range = { start: formatDate(t, info.start), end: formatDate(t, info.end) };
  const facts = t('reports.banner.facts', { ...range, deadline: formatDate(t, info.deadline), template });
  const shown = typeof view === 'number' ? versions.find((v) => v.version === view) : undefined;
  if (info.status === 'submitted') {
    const latest = versions.at(-1);
    const at = latest ? dayjs(latest.computedAt).format(t('format.dateTime')) : '';
    return <Alert type="success" showIcon data-testid="report-banner" title={t('reports.banner.locked', { version: info.versions, at, ...range })} description={facts} />;
  }
  if (info.status === 'unlocked') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="report-banner"
        title={t('reports.banner.unlocked', { reason: info.unlockReason ?? '', next: info.versions + 1 })}
        description={shown ? `${t('reports.banner.viewingVersion', { version: shown.version })} ${facts}` : facts}
      />
    );
  }
  const ended = info.status === 'due' || info.status === 'overdue';
  const days = daysUntil(info.deadline, dayjs().format('YYYY-MM-DD'));
  const title = !ended
    ? t(info.status === 'future' ? 'reports.banner.future' : 'reports.banner.running', range)
    : days >= 0
      ? t('reports.banner.due', { days })
      : t('reports.banner.overdue', { days: -days });
  return <Alert type={info.status === 'overdue' ? 'warning' : 'info'} showIcon data-testid="report-banner" title={title} description={facts} />;
}
