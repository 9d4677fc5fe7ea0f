import { Button, Card, Skeleton, Typography } from 'antd';
import { useNavigate } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { countReminders } from './pipeline';
import { ReminderList } from './RemindersPanel';

const SHOWN = 5;

/** The home screen's 发展党员 card: what is overdue or due within 30 days, as of today. */
export function DevelopmentHomeCard() {
  const t = useT();
  const navigate = useNavigate();
  const reminders = useLoadWith('development.reminders', {});
  return (
    <Card title={t('dev.home.title')} extra={<Button onClick={() => navigate('development')}>{t('dev.home.open')}</Button>} data-testid="dev-home-card">
      <ErrorAlert error={reminders.error} />
      {reminders.value ? (
        <>
          <Typography.Paragraph>{t('dev.reminders.counts', countReminders(reminders.value))}</Typography.Paragraph>
          <ReminderList reminders={reminders.value} limit={SHOWN} />
        </>
      ) : (
        <Skeleton active loading={reminders.loading} paragraph={{ rows: 1 }} />
      )}
    </Card>
  );
}
