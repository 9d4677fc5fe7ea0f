import { ExportOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { BundleImport } from './BundleImport';
import { DeliveredNotice } from './DeliveredNotice';
import { EnrolmentApproval } from './EnrolmentApproval';
import { ourScope } from './exchange-logic';
import { RevokeModal } from './RevokeModal';
import { scopeText, StatusTag, statusOf, validUntilText } from './StatusTag';
import { useDeliver } from './use-deliver';
import type { Authorisation, Delivered, Enrolment, Identity } from './types';

interface Props {
  identity: Loaded<Identity>;
  enrolments: Loaded<Enrolment[]>;
  authorisations: Loaded<Authorisation[]>;
  onChanged(): void;
}

/**
 * 审批下级 (the level above's side of 逐级授权): import a subordinate's enrolment request,
 * compare its fingerprint, approve it for a scope, send the authorisation back down; revoke later.
 */
export function SubordinatesTab({ identity, enrolments, authorisations, onChanged }: Props) {
  const t = useT();
  const exporter = useApiCall('bundles.exportAuthorisation');
  const [approved, setApproved] = useState<{ id: number; name: string } | null>(null);
  const [revoking, setRevoking] = useState<Authorisation | null>(null);
  // Shown in the card whose button made it: the approval's authorisation, or a later export or revocation.
  const [delivered, setDelivered] = useState<{ bundle: Delivered; place: 'approval' | 'issued' } | null>(null);
  const { deliver, printCover, preview } = useDeliver();
  const pending = (enrolments.value ?? []).filter((e) => e.status === 'pending');
  const issued = (authorisations.value ?? []).filter((a) => a.issuedByUs && !a.root);
  const scope = identity.value ? ourScope(identity.value) : null;

  const exportFor = async (which: { enrolmentId: number } | { orgCode: string }) => {
    const result = await exporter.run(which);
    if (!result.ok) return;
    deliver(result.value);
    setDelivered({ bundle: result.value, place: 'enrolmentId' in which ? 'approval' : 'issued' });
    if ('enrolmentId' in which) setApproved(null);
  };
  const notice = (place: 'approval' | 'issued') =>
    delivered?.place === place ? (
      <DeliveredNotice delivered={delivered.bundle} next={t('exchange.sub.deliveredNext', { code: delivered.bundle.recipient })} onPrint={() => printCover(delivered.bundle.coverSheet)} />
    ) : null;

  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      <Card title={t('exchange.sub.step1')}>
        <BundleImport testId="import-enrolment" chooseLabel={t('exchange.sub.choose')} hint={t('exchange.sub.step1Intro')} onImported={onChanged} />
      </Card>
      <Card title={t('exchange.sub.step2')}>
        <ErrorAlert error={enrolments.error ?? exporter.error} />
        {approved ? (
          <Alert
            type="success"
            showIcon
            className="bd-exchange-gap-below"
            title={t('exchange.sub.approved', { name: approved.name })}
            description={t('exchange.sub.approvedNext')}
            action={
              <Button type="primary" size="large" icon={<ExportOutlined />} loading={exporter.loading} onClick={() => void exportFor({ enrolmentId: approved.id })}>
                {t('exchange.sub.exportAuthorisation')}
              </Button>
            }
          />
        ) : null}
        {notice('approval')}
        {pending.length === 0 ? <Empty description={t('exchange.sub.noPending')} /> : null}
        {pending.map((e) => (
          <EnrolmentApproval
            key={e.id}
            enrolment={e}
            ourScope={scope ?? ''}
            onApproved={() => {
              setApproved({ id: e.id, name: e.orgName });
              onChanged();
            }}
          />
        ))}
      </Card>
      <Card title={t('exchange.sub.issued')}>
        <ErrorAlert error={authorisations.error} />
        <Typography.Paragraph type="secondary">{t('exchange.sub.issuedIntro')}</Typography.Paragraph>
        {notice('issued')}
        <Table<Authorisation>
          rowKey="serial"
          size="middle"
          pagination={false}
          loading={authorisations.loading && !authorisations.value}
          dataSource={issued}
          locale={{ emptyText: t('exchange.sub.noneIssued') }}
          columns={[
            { key: 'org', title: t('exchange.sub.col.org'), render: (_v, a) => `${a.subjectName}（${a.subject}）` },
            { key: 'scope', title: t('exchange.scope'), className: 'bd-mono', render: (_v, a) => scopeText(t, a.scope) },
            { key: 'from', title: t('exchange.sub.col.from'), render: (_v, a) => dayjs(a.validFrom).format(t('format.date')) },
            { key: 'until', title: t('exchange.validUntil'), render: (_v, a) => validUntilText(t, a.validUntil) },
            { key: 'status', title: t('exchange.status'), render: (_v, a) => <StatusTag status={statusOf(a)} /> },
            {
              key: 'actions',
              title: t('exchange.actions'),
              render: (_v, a) =>
                statusOf(a) === 'revoked' ? null : (
                  <Space wrap>
                    <Button size="small" icon={<ExportOutlined />} onClick={() => void exportFor({ orgCode: a.subject })}>
                      {t('exchange.sub.exportAgain')}
                    </Button>
                    <Button size="small" danger icon={<StopOutlined />} onClick={() => setRevoking(a)}>
                      {t('exchange.sub.revoke')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <RevokeModal
        key={revoking?.serial ?? 'none'}
        target={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(bundle) => {
          setRevoking(null);
          if (bundle) {
            deliver(bundle);
            setDelivered({ bundle, place: 'issued' });
          }
          onChanged();
        }}
      />
      {preview}
    </Space>
  );
}
