import { Alert, Card, Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import { useAppShell } from '../../app/app-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { Fingerprint } from './Fingerprint';
import { FingerprintPrint } from './FingerprintPrint';
import { trustText } from './trust-text';
import type { Identity } from './types';

/** 本单位身份: who we are to the other installations — our code and the fingerprint of our key. */
export function IdentityTab({ identity }: { identity: Loaded<Identity> }) {
  const t = useT();
  const { branch } = useAppShell();
  const id = identity.value;
  return (
    <Card title={t('exchange.identity.title')} loading={identity.loading && !id}>
      <ErrorAlert error={identity.error} />
      <Typography.Paragraph>{t('exchange.identity.intro')}</Typography.Paragraph>
      {id ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'name', label: t('exchange.identity.org'), children: branch?.name ?? '' },
              { key: 'code', label: t('exchange.identity.code'), children: <span className="bd-mono">{id.orgCode}</span> },
              { key: 'created', label: t('exchange.identity.keyCreated'), children: dayjs(id.createdAt).format(t('format.date')) },
              { key: 'status', label: t('exchange.identity.status'), children: trustText(t, id) },
            ]}
          />
          <div className="bd-exchange-own-fp">
            <Typography.Text strong>{t('exchange.identity.fingerprint')}</Typography.Text>
            <Fingerprint groups={id.fingerprint} label={t('exchange.identity.fingerprint')} />
          </div>
          <Alert type="info" showIcon title={t('exchange.identity.howToCompare')} className="bd-exchange-gap" />
          <div className="bd-exchange-gap">
            <FingerprintPrint identity={id} />
          </div>
        </>
      ) : null}
    </Card>
  );
}
