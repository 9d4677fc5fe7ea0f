import { Alert, Button, Input, Typography } from 'antd';
import { useId } from 'react';
import { useT } from '../../i18n/context';

export function WelcomeStep({ dataDir, onNext }: { dataDir: string; onNext: () => void }) {
  const t = useT();
  const dirId = useId();
  return (
    <div className="bd-step">
      <Typography.Title level={3}>{t('wizard.welcome.heading')}</Typography.Title>
      <Typography.Paragraph>{t('wizard.welcome.intro')}</Typography.Paragraph>
      <div className="bd-field-block">
        <label htmlFor={dirId} className="bd-label">
          {t('wizard.welcome.dataDir')}
        </label>
        <Input id={dirId} value={dataDir} readOnly className="bd-mono" />
        <Typography.Text type="secondary">{t('wizard.welcome.dataDirHelp')}</Typography.Text>
      </div>
      <Alert
        className="bd-big-warning"
        type="warning"
        showIcon
        title={t('wizard.welcome.warningTitle')}
        description={t('wizard.welcome.warningBody')}
      />
      <div className="bd-actions">
        <Button type="primary" size="large" autoFocus onClick={onNext}>
          {t('wizard.welcome.start')}
        </Button>
      </div>
    </div>
  );
}
