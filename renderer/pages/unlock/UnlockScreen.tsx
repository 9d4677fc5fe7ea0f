import { Alert, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseField } from '../../components/PassphraseField';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { RecoverForm } from './RecoverForm';

interface UnlockValues {
  passphrase: string;
}

export function UnlockScreen() {
  const t = useT();
  const { status, enterUnlocked, lockReason, preferences } = useAppShell();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [form] = Form.useForm<UnlockValues>();
  const unlock = useApiCall('store.unlock');

  const submit = async ({ passphrase }: UnlockValues) => {
    const result = await unlock.run({ passphrase });
    if (result.ok) {
      enterUnlocked(result.value.branch);
      return;
    }
    // Empty and refocus, so the next attempt starts clean rather than appended to the wrong one.
    form.resetFields();
    form.focusField('passphrase');
  };

  return (
    <CenteredPage>
      <Card className="bd-unlock-card">
        <ErrorAlert error={status.problem} className="bd-form-alert" />
        {lockReason ? (
          <Alert
            type="info"
            showIcon
            className="bd-form-alert"
            title={lockReason === 'idle' ? t('unlock.idleLocked', { minutes: preferences.idleLockMinutes }) : t('unlock.expired')}
          />
        ) : null}
        {mode === 'passphrase' ? (
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
            <Typography.Title level={3}>{t('unlock.heading')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('unlock.intro')}</Typography.Paragraph>
            <ErrorAlert error={unlock.error} className="bd-form-alert" />
            <PassphraseField name="passphrase" labelKey="field.passphrase" autoComplete="current-password" autoFocus />
            <Button type="primary" htmlType="submit" size="large" block loading={unlock.loading}>
              {t('unlock.submit')}
            </Button>
            <div className="bd-below-form">
              <Button type="link" onClick={() => setMode('recovery')}>
                {t('unlock.forgot')}
              </Button>
            </div>
          </Form>
        ) : (
          <RecoverForm onBack={() => setMode('passphrase')} />
        )}
      </Card>
    </CenteredPage>
  );
}
