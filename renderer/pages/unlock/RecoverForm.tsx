import { App, Button, Form, Input, Typography } from 'antd';
import { useAppShell } from '../../app/app-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';

interface RecoverValues {
  recoveryKey: string;
  newPassphrase: string;
  newPassphraseConfirm: string;
}

/** 忘记口令: the printed recovery key plus a new passphrase opens the store and rewraps the key. */
export function RecoverForm({ onBack }: { onBack: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { enterUnlocked } = useAppShell();
  const [form] = Form.useForm<RecoverValues>();
  const recover = useApiCall('store.recover');

  const submit = async ({ recoveryKey, newPassphrase }: RecoverValues) => {
    const result = await recover.run({ recoveryKey, newPassphrase });
    if (result.ok) {
      void message.success(t('recover.done'));
      enterUnlocked(result.value.branch);
    } else if (result.error.code === 'RECOVERY_KEY_MALFORMED' || result.error.code === 'WRONG_RECOVERY_KEY') {
      form.focusField('recoveryKey');
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
      <Typography.Title level={3}>{t('recover.heading')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('recover.intro')}</Typography.Paragraph>
      <ErrorAlert error={recover.error} className="bd-form-alert" />
      <Form.Item
        name="recoveryKey"
        label={t('field.recoveryKey')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('field.recoveryKey') }) }]}
        validateTrigger="onBlur"
      >
        <Input
          autoFocus
          autoComplete="off"
          spellCheck={false}
          className="bd-mono bd-recovery-input"
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
        />
      </Form.Item>
      <NewPassphraseFields
        name="newPassphrase"
        confirmName="newPassphraseConfirm"
        labelKey="field.newPassphrase"
        confirmLabelKey="field.newPassphraseConfirm"
      />
      <Button type="primary" htmlType="submit" size="large" block loading={recover.loading}>
        {t('recover.submit')}
      </Button>
      <div className="bd-below-form">
        <Button type="link" onClick={onBack}>
          {t('recover.back')}
        </Button>
      </div>
    </Form>
  );
}
