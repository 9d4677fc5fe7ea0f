import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { BundleImport } from './BundleImport';
import { DeliveredNotice } from './DeliveredNotice';
import { Fingerprint } from './Fingerprint';
import { FingerprintPrint } from './FingerprintPrint';
import { scopeText, StatusTag, validUntilText } from './StatusTag';
import { useDeliver } from './use-deliver';
import type { Authorisation, Delivered, Identity } from './types';

interface Props {
  identity: Loaded<Identity>;
  authorisations: Loaded<Authorisation[]>;
  onChanged(): void;
}

/** 向上级申请授权: send the enrolment request up, import the authorisation that comes back, see who vouches for us. */
export function UpwardTab({ identity, authorisations, onChanged }: Props) {
  const t = useT();
  const { branch } = useAppShell();
  const exporter = useApiCall('bundles.exportEnrolment');
  const [exported, setExported] = useState<Delivered | null>(null);
  const { deliver, printCover, preview } = useDeliver();
  const id = identity.value;
  const superior = branch?.parentName ? `${branch.parentName}（${branch.parentCode ?? ''}）` : (branch?.parentCode ?? '');

  const exportRequest = async () => {
    const result = await exporter.run({});
    if (!result.ok) return;
    setExported(result.value);
    deliver(result.value);
    onChanged();
  };

  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      <Card title={t('exchange.upward.step1')}>
        <Typography.Paragraph>{t('exchange.upward.step1Intro', { superior })}</Typography.Paragraph>
        <ErrorAlert error={exporter.error} />
        <Space wrap>
          <Button type="primary" size="large" icon={<ExportOutlined />} loading={exporter.loading} onClick={() => void exportRequest()}>
            {t('exchange.upward.export')}
          </Button>
          {id ? <FingerprintPrint identity={id} /> : null}
        </Space>
        {exported ? <DeliveredNotice delivered={exported} next={t('exchange.upward.exportedNext')} onPrint={() => printCover(exported.coverSheet)} /> : null}
      </Card>
      <Card title={t('exchange.upward.step2')}>
        <BundleImport testId="import-authorisation" chooseLabel={t('exchange.upward.choose')} hint={t('exchange.upward.step2Intro')} onImported={onChanged} />
      </Card>
      <Card title={t('exchange.upward.mine')}>
        <ErrorAlert error={identity.error ?? authorisations.error} />
        {id ? <OurAuthorisation identity={id} chain={(authorisations.value ?? []).filter((a) => !a.issuedByUs)} /> : null}
      </Card>
      {preview}
    </Space>
  );
}

function OurAuthorisation({ identity, chain }: { identity: Identity; chain: Authorisation[] }) {
  const t = useT();
  const a = identity.authorisation;
  if (!a || !identity.superior) return <Alert type="warning" showIcon title={t('exchange.trust.none')} description={t('exchange.upward.noneNext')} />;
  const s = identity.superior;
  return (
    <div data-testid="our-authorisation">
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'by', label: t('exchange.upward.by'), children: s.name ? `${s.name}（${s.orgCode}）` : s.orgCode },
          { key: 'fp', label: t('exchange.upward.superiorFingerprint'), children: <Fingerprint groups={s.fingerprint} label={t('exchange.upward.superiorFingerprint')} size="normal" /> },
          { key: 'scope', label: t('exchange.scope'), children: <span className="bd-mono">{scopeText(t, a.scope)}</span> },
          { key: 'until', label: t('exchange.validUntil'), children: validUntilText(t, a.validUntil) },
          { key: 'status', label: t('exchange.status'), children: <StatusTag status={a.status} /> },
        ]}
      />
      <Typography.Title level={5} className="bd-exchange-gap">
        {t('exchange.upward.chain')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('exchange.upward.chainIntro')}</Typography.Paragraph>
      <Table<Authorisation>
        rowKey={(r) => `${r.issuer}/${r.serial}`}
        size="small"
        pagination={false}
        dataSource={chain}
        columns={[
          { key: 'issuer', title: t('exchange.chain.issuer'), render: (_v, r) => (r.root ? <Tag>{t('exchange.chain.root')}</Tag> : r.issuer) },
          { key: 'subject', title: t('exchange.chain.subject'), render: (_v, r) => `${r.subjectName}（${r.subject}）` },
          { key: 'scope', title: t('exchange.scope'), className: 'bd-mono bd-nowrap', render: (_v, r) => scopeText(t, r.scope) },
          { key: 'until', title: t('exchange.validUntil'), className: 'bd-nowrap', render: (_v, r) => validUntilText(t, r.validUntil) },
          { key: 'fp', title: t('exchange.chain.fingerprint'), width: 260, render: (_v, r) => <span className="bd-mono">{r.fingerprint.join(' ')}</span> },
        ]}
      />
    </div>
  );
}
