import { Alert } from 'antd';
import type { UiError } from '../api/types';
import { useT } from '../i18n/context';
import { translateError } from '../i18n/translate';

interface Props {
  error: Pick<UiError, 'params'> & { code: string } | null;
  onClose?: () => void;
  className?: string;
}

/** Every failure the same way: what happened (title), what to do next (description). */
export function ErrorAlert({ error, onClose, className }: Props) {
  const t = useT();
  if (!error) return null;
  const { what, next } = translateError(t, error);
  return (
    <Alert
      className={['bd-error-alert', className].filter(Boolean).join(' ')}
      type="error"
      showIcon
      title={what}
      description={next}
      data-error-code={error.code}
      {...(onClose ? { closable: { onClose } } : {})}
    />
  );
}
