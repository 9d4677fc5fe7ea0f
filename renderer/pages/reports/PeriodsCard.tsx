import { FileSearchOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { daysUntil, periodState, STATE_COLOURS } from './report-logic';
import type { PeriodInfo } from './report-types';

interface Props {
  year: number;
  onYear(year: number): void;
  periods: Loaded<PeriodInfo[]>;
  onOpen(period: string): void;
}

/** The year's reporting periods: which one, its dates and deadline, where it stands, and a way in. */
export function PeriodsCard({ year, onYear, periods, onOpen }: Props) {
  const t = useT();
  const today = dayjs().format('YYYY-MM-DD');
  const deadlineText = (p: PeriodInfo) => {
    const date = formatDate(t, p.deadline);
    if (p.status !== 'due' && p.status !== 'overdue') return date;
    const days = daysUntil(p.deadline, today);
    return `${date}（${days >= 0 ? t('reports.periods.daysLeft', { days }) : t('reports.periods.daysOver', { days: -days })}）`;
  };
  return (
    <Card
      title={t('reports.periods.title')}
      extra={
        <Space>
          <Button icon={<LeftOutlined />} onClick={() => onYear(year - 1)} aria-label={t('reports.periods.prevYear')} />
          <Typography.Text strong data-testid="periods-year">
            {t('reports.periods.year', { year })}
          </Typography.Text>
          <Button icon={<RightOutlined />} onClick={() => onYear(year + 1)} aria-label={t('reports.periods.nextYear')} />
        </Space>
      }
    >
      <ErrorAlert error={periods.error} />
      <Table<PeriodInfo>
        size="middle"
        rowKey="period"
        loading={periods.loading}
        pagination={false}
        dataSource={periods.value ?? []}
        onRow={(p) => ({ onDoubleClick: () => onOpen(p.period) })}
        columns={[
          { key: 'label', title: t('reports.periods.period'), render: (_, p) => <strong>{p.label}</strong> },
          { key: 'range', title: t('reports.periods.range'), render: (_, p) => `${formatDate(t, p.start)}—${formatDate(t, p.end)}` },
          { key: 'deadline', title: t('reports.periods.deadline'), render: (_, p) => deadlineText(p) },
          {
            key: 'state',
            title: t('reports.periods.state'),
            render: (_, p) => {
              const s = periodState(p);
              return <Tag color={STATE_COLOURS[s]}>{t(`reports.state.${s}`)}</Tag>;
            },
          },
          { key: 'versions', title: t('reports.periods.versions'), render: (_, p) => (p.versions > 0 ? t('reports.periods.versionCount', { count: p.versions }) : '—') },
          {
            key: 'open',
            title: '',
            render: (_, p) => (
              <Button type={p.status === 'due' || p.status === 'overdue' || p.status === 'unlocked' ? 'primary' : 'default'} icon={<FileSearchOutlined />} onClick={() => onOpen(p.period)}>
                {t('reports.periods.open')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
