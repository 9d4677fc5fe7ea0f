import { Alert, Space, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useLoad } from '../../hooks/use-load';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import '../../styles/exchange.css';
import { IdentityTab } from './IdentityTab';
import { ReceiveTab } from './ReceiveTab';
import { SendTab } from './SendTab';
import { SubordinatesTab } from './SubordinatesTab';
import { UpwardTab } from './UpwardTab';

type TabKey = 'identity' | 'upward' | 'send' | 'subordinates' | 'receive';

/**
 * 数据交换: how data crosses the air gap as .bdx files on a USB stick (docs/EXCHANGE.md). The
 * same screen serves both ends: a branch asks its 党委 for authorisation and sends its reports
 * up; a 党委 approves its branches and takes their bundles in. Each tab is one of those jobs.
 */
export function ExchangePage() {
  const t = useT();
  const [tab, setTab] = useState<TabKey>('identity');
  const identity = useLoad('bundles.identity');
  const authorisations = useLoad('bundles.authorisations');
  const enrolments = useLoad('bundles.enrolments');
  const held = useLoad('bundles.held');
  const log = useLoadWith('bundles.log', {});
  const { reload: reloadIdentity } = identity;
  const { reload: reloadAuthorisations } = authorisations;
  const { reload: reloadEnrolments } = enrolments;
  const { reload: reloadHeld } = held;
  const { reload: reloadLog } = log;
  // Any import or export can change any tab (an authorisation changes who we send to, a receipt the log).
  const onChanged = useCallback(() => {
    for (const reload of [reloadIdentity, reloadAuthorisations, reloadEnrolments, reloadHeld, reloadLog]) reload();
  }, [reloadIdentity, reloadAuthorisations, reloadEnrolments, reloadHeld, reloadLog]);

  return (
    <Space orientation="vertical" size="large" className="bd-page">
      <Typography.Title level={2} className="bd-page-title">
        {t('exchange.title')}
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        title={t('exchange.intro')}
        description={
          <ul className="bd-exchange-roles">
            <li>{t('exchange.role.branch')}</li>
            <li>{t('exchange.role.committee')}</li>
          </ul>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        size="large"
        items={[
          { key: 'identity', label: t('exchange.tab.identity'), children: <IdentityTab identity={identity} /> },
          { key: 'upward', label: t('exchange.tab.upward'), children: <UpwardTab identity={identity} authorisations={authorisations} onChanged={onChanged} /> },
          { key: 'send', label: t('exchange.tab.send'), children: <SendTab identity={identity} log={log} onChanged={onChanged} /> },
          {
            key: 'subordinates',
            label: t('exchange.tab.subordinates'),
            children: <SubordinatesTab identity={identity} enrolments={enrolments} authorisations={authorisations} onChanged={onChanged} />,
          },
          { key: 'receive', label: t('exchange.tab.receive'), children: <ReceiveTab log={log} held={held} onChanged={onChanged} /> },
        ]}
      />
    </Space>
  );
}
