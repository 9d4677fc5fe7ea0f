import { App, Button, Card, Form, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PassphraseField } from '../../components/PassphraseField';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';

interface Values {
  currentPassphrase: string;
  newPassphrase: string;
  newPassphraseConfirm: string;
}

export function ChangePassphraseCard() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useApiCall('store.changePassphrase');

  const submit = async ({ currentPassphrase, newPassphrase }: Values) => {
    const result = await change.run({ currentPassphrase, newPassphrase });
    if (result.ok) {
      form.resetFields();
      void message.success(t('settings.passphrase.done'));
    } else if (result.error.code === 'WRONG_PASSPHRASE') {
      form.setFieldValue('currentPassphrase', '');
      form.focusField('currentPassphrase');
    }
  };

  return (
    <Card title={t('settings.passphrase')}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} className="bd-narrow-form">
        <Typography.Paragraph type="secondary">{t('settings.passphrase.intro')}</Typography.Paragraph>
        <ErrorAlert error={change.error} className="bd-form-alert" />
        <PassphraseField name="currentPassphrase" labelKey="field.currentPassphrase" autoComplete="current-password" />
        <NewPassphraseFields
          name="newPassphrase"
          confirmName="newPassphraseConfirm"
          labelKey="field.newPassphrase"
          confirmLabelKey="field.newPassphraseConfirm"
        />
        <Button type="primary" htmlType="submit" loading={change.loading}>
          {t('settings.passphrase')}
        </Button>
      </Form>
    </Card>
  );
}
