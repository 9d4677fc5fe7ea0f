import { Alert } from 'antd';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/context';
import { conflictText } from './appraisal-text';

/** ErrorAlert, with CONFLICT worded for what clashed (year already open, closed, report submitted). */
export function AppraisalErrorAlert({ error, action, onClose }: { error: UiError | null; action: 'open' | 'change'; onClose?: () => void }) {
  const t = useT();
  const conflict = error ? conflictText(t, error, action) : null;
  if (!error || !conflict) return <ErrorAlert error={error} className="bd-form-alert" {...(onClose ? { onClose } : {})} />;
  return <Alert className="bd-error-alert bd-form-alert" type="error" showIcon title={conflict.what} description={conflict.next} data-error-code={error.code} />;
}
