import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/context';
import { entityName } from './names';
import type { LogEntry } from './types';

/**
 * The bundles that went out (with whether their receipt came back) or came in. Receipts
 * themselves are not listed: on the way out they show as 已确认 beside what they acknowledge.
 */
export function LogTable({ entries, direction, loading, testId }: { entries: readonly LogEntry[]; direction: 'in' | 'out'; loading: boolean; testId: string }) {
  const t = useT();
  const rows = entries.filter((e) => e.direction === direction && e.kind !== 'receipt');
  const counts = (e: LogEntry) =>
    Object.entries(e.counts ?? {})
      .map(([k, n]) => `${entityName(t, k)} ${n}`)
      .join('，');
  return (
    <div data-testid={testId}>
      <Table<LogEntry>
        rowKey="bundleId"
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: t(direction === 'out' ? 'exchange.log.noneOut' : 'exchange.log.noneIn') }}
        columns={[
          { key: 'at', title: t('exchange.log.at'), render: (_v, e) => dayjs(e.at).format(t('format.dateTime')), width: 150 },
          { key: 'kind', title: t('exchange.log.kind'), render: (_v, e) => t(`exchange.kind.${e.kind}`) },
          { key: 'org', title: t(direction === 'out' ? 'exchange.log.recipient' : 'exchange.log.sender'), render: (_v, e) => (direction === 'out' ? e.recipient : e.sender) },
          { key: 'period', title: t('exchange.log.period'), render: (_v, e) => e.period ?? '—' },
          { key: 'seq', title: t('exchange.log.sequence'), render: (_v, e) => (e.sequence > 0 ? t('exchange.sequence', { n: e.sequence }) : '—') },
          { key: 'counts', title: t('exchange.log.counts'), render: (_v, e) => counts(e) || '—' },
          ...(direction === 'out'
            ? [
                {
                  key: 'ack',
                  title: t('exchange.log.ack'),
                  render: (_v: unknown, e: LogEntry) =>
                    e.acknowledgedAt ? (
                      <Tag color="green">{t('exchange.log.acked', { at: dayjs(e.acknowledgedAt).format(t('format.dateTime')) })}</Tag>
                    ) : e.kind === 'report' || e.kind === 'replica' ? (
                      <Tag color="orange">{t('exchange.log.waiting')}</Tag>
                    ) : (
                      '—'
                    ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
