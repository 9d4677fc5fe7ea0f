import { Button, Card, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { deadlineLine } from './dev-issues';
import { countReminders, type Reminder } from './pipeline';

/**
 * What is overdue and what falls due in the next 30 days, across everyone in the pipeline.
 * The date box looks ahead (or back): "what will be due as of 1 June" is how a secretary plans
 * the next 支部大会. Empty means today.
 */
export function RemindersPanel({ onOpen }: { onOpen(code: string): void }) {
  const t = useT();
  const [asOf, setAsOf] = useState<string | null>(null);
  const reminders = useLoadWith('development.reminders', asOf ? { today: asOf } : {});
  const counts = countReminders(reminders.value ?? []);
  return (
    <Card
      title={t('dev.reminders.title')}
      className="bd-dev-reminders"
      aria-busy={reminders.loading}
      extra={
        <Space wrap>
          <span>{t('dev.reminders.asOf')}</span>
          <DateField value={asOf} onChange={setAsOf} aria-label={t('dev.reminders.asOf')} />
          <Button onClick={() => setAsOf(null)} disabled={asOf === null}>
            {t('dev.reminders.backToToday')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={reminders.error} />
      {reminders.value ? (
        <>
          <Typography.Paragraph data-testid="dev-reminder-counts">{t('dev.reminders.counts', counts)}</Typography.Paragraph>
          <ReminderList reminders={reminders.value} onOpen={onOpen} />
        </>
      ) : (
        <Skeleton active loading={reminders.loading} paragraph={{ rows: 2 }} />
      )}
    </Card>
  );
}

/** One line per reminder: how late or how soon, who, and the step with its rule. */
export function ReminderList({ reminders, onOpen, limit }: { reminders: readonly Reminder[]; onOpen?: (code: string) => void; limit?: number }) {
  const t = useT();
  if (reminders.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dev.reminders.none')} />;
  const shown = limit ? reminders.slice(0, limit) : reminders;
  return (
    <List
      size="small"
      className="bd-dev-reminder-list"
      dataSource={shown}
      renderItem={(r) => (
        <List.Item key={`${r.code}-${r.rule}-${r.due}`} data-testid="dev-reminder">
          <Space wrap size={[8, 2]} align="baseline">
            <ReminderTag reminder={r} />
            {onOpen ? (
              <Button type="link" className="bd-dev-link" onClick={() => onOpen(r.code)}>
                {r.name}
              </Button>
            ) : (
              <strong>{r.name}</strong>
            )}
            <span>{deadlineLine(t, r, (iso) => formatDate(t, iso))}</span>
          </Space>
        </List.Item>
      )}
      footer={limit && reminders.length > limit ? <Typography.Text type="secondary">{t('dev.reminders.more', { count: reminders.length - limit })}</Typography.Text> : undefined}
    />
  );
}

function ReminderTag({ reminder: r }: { reminder: Reminder }) {
  const t = useT();
  if (r.kind === 'overdue') return <Tag color="red">{t('dev.reminders.overdue', { days: -r.daysLeft })}</Tag>;
  if (r.daysLeft === 0) return <Tag color="volcano">{t('dev.reminders.today')}</Tag>;
  return <Tag color="orange">{t('dev.reminders.dueIn', { days: r.daysLeft })}</Tag>;
}
