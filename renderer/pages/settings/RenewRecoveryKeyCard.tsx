import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseField } from '../../components/PassphraseField';
import { PrintOnly } from '../../components/PrintOnly';
import { RecoverySheet } from '../../components/RecoverySheet';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';

/**
 * 重新生成恢复密钥: for a sheet that was lost, or seen by someone who should not have it. The
 * passphrase is asked again so that an unlocked, unattended screen is not enough. The new
 * key is shown once, like at set-up; the old one stops working at that moment.
 */
export function RenewRecoveryKeyCard() {
  const t = useT();
  const { branch } = useAppShell();
  const [form] = Form.useForm<{ passphrase: string }>();
  const renew = useApiCall('store.renewRecoveryKey');
  const [renewed, setRenewed] = useState<{ key: string; at: Date } | null>(null);

  const submit = async ({ passphrase }: { passphrase: string }) => {
    const result = await renew.run({ passphrase });
    form.resetFields();
    if (result.ok) setRenewed({ key: result.value.recoveryKey, at: new Date() });
  };

  const sheet = renewed ? (
    <RecoverySheet appName={t('app.nameFull')} branchName={branch?.name ?? ''} branchCode={branch?.code ?? ''} recoveryKey={renewed.key} createdAt={renewed.at} />
  ) : null;

  return (
    <Card title={t('settings.renewKey')}>
      <Typography.Paragraph type="secondary">{t('settings.renewKey.intro')}</Typography.Paragraph>
      <Alert type="warning" showIcon className="bd-form-alert" title={t('settings.renewKey.warning')} />
      {renewed ? (
        <>
          <Alert type="success" showIcon className="bd-form-alert" title={t('settings.renewKey.done')} description={t('settings.renewKey.doneNext')} />
          <div className="bd-actions bd-actions-start">
            <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => window.print()} autoFocus>
              {t('wizard.recovery.print')}
            </Button>
            <Button size="large" onClick={() => setRenewed(null)}>
              {t('settings.renewKey.hide')}
            </Button>
          </div>
          <div className="bd-sheet-preview">{sheet}</div>
          <PrintOnly>{sheet}</PrintOnly>
        </>
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} className="bd-narrow-form">
          <ErrorAlert error={renew.error} className="bd-form-alert" />
          <PassphraseField name="passphrase" labelKey="settings.renewKey.passphrase" autoComplete="current-password" />
          <Button htmlType="submit" loading={renew.loading} danger>
            {t('settings.renewKey.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
