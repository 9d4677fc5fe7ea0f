import { Alert, Button } from 'antd';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { blockers, submitRefusal } from './report-logic';

const REFUSED = { both: 'reports.refused.notReady', errors: 'reports.refused.notReadyErrors', unexplained: 'reports.refused.notReadyUnexplained' } as const;

interface Props {
  error: UiError | null;
  onShowValidation(): void;
  onClose(): void;
}

/** Why the report was not submitted, in the backend's own terms, with the way to what must be fixed. */
export function SubmitRefusalAlert({ error, onShowValidation, onClose }: Props) {
  const t = useT();
  if (!error) return null;
  const refusal = submitRefusal(error);
  if (!refusal) return <ErrorAlert error={error} onClose={onClose} />;
  if (refusal.kind === 'not-ended') {
    return <Alert type="warning" showIcon closable={{ onClose }} title={t('reports.refused.notEnded', { end: formatDate(t, refusal.end) })} description={t('reports.refused.notEnded.next')} />;
  }
  if (refusal.kind === 'already-submitted') {
    return <Alert type="warning" showIcon closable={{ onClose }} title={t('reports.refused.submitted')} description={t('reports.refused.submitted.next')} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      className="bd-report-refusal"
      data-testid="submit-refusal"
      closable={{ onClose }}
      title={t(REFUSED[blockers(refusal.errors, refusal.unexplained)], { errors: refusal.errors, unexplained: refusal.unexplained })}
      description={
        <>
          <ul>
            {refusal.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Button onClick={onShowValidation}>{t('reports.refused.show')}</Button>
        </>
      }
    />
  );
}
