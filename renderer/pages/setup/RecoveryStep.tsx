import { PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { PrintOnly } from '../../components/PrintOnly';
import { RecoverySheet } from '../../components/RecoverySheet';
import { useT } from '../../i18n/context';
import type { Created } from './SetupWizard';

/**
 * The only moment the recovery key is ever shown. Entering the app requires the tick, so
 * "I'll print it later" cannot happen by accident.
 */
export function RecoveryStep({ created }: { created: Created }) {
  const t = useT();
  const { enterUnlocked } = useAppShell();
  const [confirmed, setConfirmed] = useState(false);
  const sheet = (
    <RecoverySheet
      appName={t('app.nameFull')}
      branchName={created.branch.name}
      branchCode={created.branch.code}
      recoveryKey={created.recoveryKey}
      createdAt={created.createdAt}
    />
  );
  return (
    <form
      className="bd-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (confirmed) enterUnlocked(created.branch);
      }}
    >
      <Typography.Title level={3}>{t('wizard.recovery.heading')}</Typography.Title>
      <Typography.Paragraph strong>{t('wizard.recovery.intro')}</Typography.Paragraph>
      <div className="bd-actions bd-actions-start">
        <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => window.print()} autoFocus>
          {t('wizard.recovery.print')}
        </Button>
      </div>
      <div className="bd-sheet-preview">{sheet}</div>
      <PrintOnly>{sheet}</PrintOnly>
      <div className="bd-confirm-box">
        <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
          {t('wizard.recovery.confirm')}
        </Checkbox>
        {!confirmed ? <Typography.Text type="secondary">{t('wizard.recovery.confirmHint')}</Typography.Text> : null}
      </div>
      <div className="bd-actions">
        <Button type="primary" size="large" htmlType="submit" disabled={!confirmed}>
          {t('wizard.recovery.enter')}
        </Button>
      </div>
    </form>
  );
}
