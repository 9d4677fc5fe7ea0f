import { Button, Form, Typography, type FormInstance } from 'antd';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { useT } from '../../i18n/context';
import { MIN_PASSPHRASE_CHARS } from '../../lib/passphrase-strength';

export interface PassphraseValues {
  passphrase: string;
  passphraseConfirm: string;
}

interface Props {
  form: FormInstance<PassphraseValues>;
  /** Set when the backend refused the passphrase at the branch step (WEAK_PASSPHRASE). */
  error: UiError | null;
  onBack: () => void;
  onNext: (passphrase: string) => void;
}

export function PassphraseStep({ form, error, onBack, onNext }: Props) {
  const t = useT();
  return (
    <Form form={form} layout="vertical" onFinish={(values) => onNext(values.passphrase)} className="bd-step bd-narrow-form" requiredMark={false}>
      <Typography.Title level={3}>{t('wizard.passphrase.heading')}</Typography.Title>
      <Typography.Paragraph>{t('wizard.passphrase.intro', { min: MIN_PASSPHRASE_CHARS })}</Typography.Paragraph>
      <ErrorAlert error={error} className="bd-form-alert" />
      <NewPassphraseFields
        name="passphrase"
        confirmName="passphraseConfirm"
        labelKey="field.passphrase"
        confirmLabelKey="field.passphraseConfirm"
        autoFocus
      />
      <div className="bd-actions">
        <Button onClick={onBack}>{t('common.back')}</Button>
        <Button type="primary" htmlType="submit">
          {t('common.next')}
        </Button>
      </div>
    </Form>
  );
}
