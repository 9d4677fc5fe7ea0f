import { Alert } from 'antd';
import dayjs from 'dayjs';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/context';

/**
 * A failed save or finalise. CONFLICT means two different things here, and the general message
 * (about fixed codes) fits neither: the report period of the meeting's date has been submitted
 * and is locked, or the record changed since it was opened.
 */
export function MeetingErrorAlert({ error }: { error: UiError | null }) {
  const t = useT();
  if (!error) return null;
  if (error.code !== 'CONFLICT') return <ErrorAlert error={error} className="bd-form-alert" />;
  const locked = error.params?.period !== undefined;
  const date = typeof error.params?.date === 'string' ? dayjs(error.params.date).format(t('format.date')) : '';
  return (
    <Alert
      type="error"
      showIcon
      className="bd-form-alert bd-error-alert"
      data-error-code={error.code}
      title={locked ? t('meetings.error.periodLocked', { period: String(error.params?.period ?? ''), date }) : t('meetings.error.changed')}
      description={locked ? t('meetings.error.periodLocked.next') : t('meetings.error.changed.next')}
    />
  );
}
