import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatYuan } from '../../lib/money';
import { totalsLines, type TotalsLine } from './dues-logic';
import { useReloadOn } from './use-reload-on';

/** 收缴统计: due, collected, outstanding, voluntary and cash received, by month, quarter and year, exact to the fen. */
export function TotalsPanel({ initialYear, generation }: { initialYear: number; generation: number }) {
  const t = useT();
  const [year, setYear] = useState(initialYear);
  const totals = useLoadWith('dues.totals', { year });
  useReloadOn(generation, totals.reload);
  const lines = totals.value?.year === year ? totalsLines(totals.value) : [];
  return (
    <Space orientation="vertical" className="bd-full-width">
      <Space>
        <Button icon={<LeftOutlined />} aria-label={t('dues.totals.previousYear')} onClick={() => setYear((y) => y - 1)} />
        <Typography.Text strong className="bd-dues-year">
          {t('dues.totals.year', { year })}
        </Typography.Text>
        <Button icon={<RightOutlined />} aria-label={t('dues.totals.nextYear')} onClick={() => setYear((y) => y + 1)} />
      </Space>
      <Typography.Text type="secondary">{t('dues.totals.note')}</Typography.Text>
      <ErrorAlert error={totals.error} />
      <Table<TotalsLine>
        size="small"
        rowKey="label"
        data-testid="dues-totals"
        loading={totals.loading && lines.length === 0}
        pagination={false}
        dataSource={lines}
        rowClassName={(l) => `bd-dues-totals-${l.level}`}
        columns={[
          { key: 'label', title: t('dues.totals.period'), dataIndex: 'label' },
          { key: 'due', title: t('dues.col.due'), align: 'right', render: (_, l) => formatYuan(l.dueFen) },
          { key: 'collected', title: t('dues.totals.collected'), align: 'right', render: (_, l) => formatYuan(l.collectedFen) },
          { key: 'outstanding', title: t('dues.totals.outstanding'), align: 'right', render: (_, l) => formatYuan(l.outstandingFen) },
          { key: 'voluntary', title: t('dues.totals.voluntary'), align: 'right', render: (_, l) => formatYuan(l.voluntaryFen) },
          { key: 'received', title: t('dues.totals.received'), align: 'right', render: (_, l) => formatYuan(l.receivedFen) },
        ]}
      />
    </Space>
  );
}
