import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { MEETING_TYPES, type MeetingSummary, type MeetingType } from './meeting-types';

const YEARS_BACK = 10;

/** The records of one year, newest first, with the type filter; how many of each type at the top. */
export function MeetingList({ onOpen }: { onOpen(code: string): void }) {
  const t = useT();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [type, setType] = useState<MeetingType | null>(null);
  const list = useLoadWith('meetings.list', { from: `${year}-01-01`, to: `${year}-12-31`, ...(type ? { type } : {}) });
  const rows = useMemo(() => list.value ?? [], [list.value]);
  const perType = useMemo(() => MEETING_TYPES.map((k) => [k, rows.filter((r) => r.type === k).length] as const).filter(([, n]) => n > 0), [rows]);

  return (
    <Card
      title={t('meetings.list.title', { year })}
      extra={
        <Space wrap>
          <Select
            aria-label={t('meetings.list.year')}
            value={year}
            onChange={setYear}
            options={Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: t('meetings.list.yearOption', { year: y }) }))}
            className="bd-meetings-filter"
          />
          <Select
            aria-label={t('meetings.list.type')}
            value={type ?? 'all'}
            onChange={(v: MeetingType | 'all') => setType(v === 'all' ? null : v)}
            options={[{ value: 'all', label: t('meetings.list.allTypes') }, ...MEETING_TYPES.map((k) => ({ value: k, label: t(`meetings.type.${k}`) }))]}
            className="bd-meetings-filter bd-meetings-filter-type"
          />
        </Space>
      }
    >
      <ErrorAlert error={list.error} />
      {perType.length ? (
        <Typography.Paragraph className="bd-meetings-per-type">
          {perType.map(([k, n]) => (
            <Tag key={k}>{t('meetings.list.perType', { type: t(`meetings.type.${k}`), count: n })}</Tag>
          ))}
        </Typography.Paragraph>
      ) : null}
      <Table<MeetingSummary>
        rowKey="code"
        size="middle"
        loading={list.loading}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('meetings.list.empty', { year }) }}
        onRow={(r) => ({ onDoubleClick: () => onOpen(r.code) })}
        data-testid="meetings-list"
        columns={[
          { key: 'date', title: t('meetings.list.date'), render: (_v, r) => formatDate(t, r.date), width: '10em' },
          { key: 'type', title: t('meetings.list.typeColumn'), render: (_v, r) => t(`meetings.type.${r.type}`), width: '10em' },
          { key: 'number', title: t('meetings.list.number'), render: (_v, r) => t('meetings.numberInYear', { n: r.numberInYear }), width: '6em' },
          { key: 'topic', title: t('meetings.list.topic'), render: (_v, r) => r.topic ?? <Typography.Text type="secondary">{t('meetings.list.noTopic')}</Typography.Text> },
          { key: 'attendance', title: t('meetings.list.attendance'), render: (_v, r) => t('meetings.list.attendanceValue', { present: r.present, expected: r.expected }), width: '8em' },
          {
            key: 'status',
            title: t('meetings.list.status'),
            width: '11em',
            render: (_v, r) => (
              <Space size={4} wrap>
                <Tag color={r.status === 'final' ? 'green' : 'gold'}>{t(r.status === 'final' ? 'meetings.status.final' : 'meetings.status.draft')}</Tag>
                {r.amendments > 0 ? <Tag color="orange">{t('meetings.status.amended', { count: r.amendments })}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'open',
            title: t('meetings.list.actions'),
            width: '7em',
            render: (_v, r) => (
              <Button onClick={() => onOpen(r.code)} aria-label={t('meetings.list.openLabel', { type: t(`meetings.type.${r.type}`), n: r.numberInYear })}>
                {t('meetings.list.open')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
