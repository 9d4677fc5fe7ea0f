import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import type { PeriodInfo, VersionSummary } from './report-types';

interface SubmitProps {
  period: PeriodInfo;
  open: boolean;
  onClose(): void;
  onSubmitted(v: VersionSummary): void;
  /** A refusal (not ready, not ended) is shown on the page, next to what must be fixed. */
  onRefused(error: UiError): void;
}

/** 上报并锁定: says what locking means before it happens. */
export function SubmitModal({ period, open, onClose, onSubmitted, onRefused }: SubmitProps) {
  const t = useT();
  const submit = useApiCall('reports.submit');
  const next = period.versions + 1;
  return (
    <Modal
      open={open}
      title={t('reports.submit.title', { period: period.label })}
      okText={t('reports.submit.ok')}
      cancelText={t('reports.cancel')}
      confirmLoading={submit.loading}
      onCancel={onClose}
      onOk={async () => {
        const r = await submit.run({ period: period.period });
        if (r.ok) onSubmitted(r.value);
        else {
          onRefused(r.error);
          onClose();
        }
      }}
    >
      <Typography.Paragraph>{t(next > 1 ? 'reports.submit.bodyCorrection' : 'reports.submit.body', { version: next })}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t('reports.submit.lock', { start: formatDate(t, period.start), end: formatDate(t, period.end) })} />
    </Modal>
  );
}

interface UnlockProps {
  period: PeriodInfo;
  open: boolean;
  onClose(): void;
  onUnlocked(): void;
}

/** 解锁更正: the reason is required, recorded in the audit trail and printed on the corrected version. */
export function UnlockModal({ period, open, onClose, onUnlocked }: UnlockProps) {
  const t = useT();
  const unlock = useApiCall('reports.unlock');
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={open}
      title={t('reports.unlock.title', { period: period.label })}
      okText={t('reports.unlock.ok')}
      cancelText={t('reports.cancel')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
      confirmLoading={unlock.loading}
      onCancel={onClose}
      onOk={async () => {
        const r = await unlock.run({ period: period.period, reason: reason.trim() });
        if (r.ok) {
          setReason('');
          onUnlocked();
        }
      }}
    >
      <Typography.Paragraph>{t('reports.unlock.body', { version: period.versions, next: period.versions + 1 })}</Typography.Paragraph>
      <label htmlFor="bd-unlock-reason" className="bd-label">
        {t('reports.unlock.reason')}
      </label>
      <Input.TextArea id="bd-unlock-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount placeholder={t('reports.unlock.placeholder')} />
      <Typography.Paragraph type="secondary" className="bd-below-form">
        {t('reports.unlock.audit')}
      </Typography.Paragraph>
      <ErrorAlert error={unlock.error} />
    </Modal>
  );
}
