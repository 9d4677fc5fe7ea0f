import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import type { Authorisation, Delivered } from './types';

const REASONS = ['withdrawn', 'key-compromised', 'superseded', 'organisation-dissolved'] as const;
type Reason = (typeof REASONS)[number];

/** 撤销授权: at once here; the signed notice is saved for the subordinate to import. Keyed by target, so each opens afresh. */
export function RevokeModal({ target, onClose, onRevoked }: { target: Authorisation | null; onClose(): void; onRevoked(bundle: Delivered | null): void }) {
  const t = useT();
  const [reason, setReason] = useState<Reason>('withdrawn');
  const revoke = useApiCall('bundles.revoke');

  const submit = async () => {
    if (!target) return;
    const result = await revoke.run({ serial: target.serial, reason, notify: 'subject' });
    if (result.ok) onRevoked(result.value.bundle);
  };

  return (
    <Modal
      open={target !== null}
      title={target ? t('exchange.revoke.title', { name: target.subjectName }) : ''}
      okText={t('exchange.revoke.ok')}
      okButtonProps={{ danger: true, loading: revoke.loading }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={() => {
        revoke.setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('exchange.revoke.warning')} className="bd-form-alert" />
      <ErrorAlert error={revoke.error} className="bd-form-alert" />
      <Form layout="vertical">
        <Form.Item label={t('exchange.revoke.reason')} htmlFor="revoke-reason">
          <Select id="revoke-reason" value={reason} onChange={setReason} options={REASONS.map((r) => ({ value: r, label: t(`exchange.revoke.reason.${r}`) }))} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t('exchange.revoke.notice')}</Typography.Paragraph>
    </Modal>
  );
}
