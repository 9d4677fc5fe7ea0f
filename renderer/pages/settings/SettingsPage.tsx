import { Space, Typography } from 'antd';
import { useT } from '../../i18n/context';
import { BackupsCard } from './BackupsCard';
import { BranchEditCard } from './BranchEditCard';
import { ChangePassphraseCard } from './ChangePassphraseCard';
import { DisplayCard } from './DisplayCard';
import { IdleLockCard } from './IdleLockCard';
import { RenewRecoveryKeyCard } from './RenewRecoveryKeyCard';

export function SettingsPage() {
  const t = useT();
  return (
    <Space orientation="vertical" size="large" className="bd-page">
      <Typography.Title level={2} className="bd-page-title">
        {t('settings.title')}
      </Typography.Title>
      <DisplayCard />
      <IdleLockCard />
      <ChangePassphraseCard />
      <RenewRecoveryKeyCard />
      <BackupsCard />
      <BranchEditCard />
    </Space>
  );
}
