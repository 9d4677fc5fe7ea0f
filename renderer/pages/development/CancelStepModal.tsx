import { App, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import type { StepRecord } from './pipeline';

/** A wrong record is cancelled with a reason, never erased: it stays in the file, struck through. */
export function CancelStepModal({ record, onClose, onCancelled }: { record: StepRecord; onClose(): void; onCancelled(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const cancel = useApiCall('development.cancelStep');
  const submit = async ({ reason }: { reason?: string }) => {
    const result = await cancel.run({ id: record.id, reason: reason?.trim() ?? '' });
    if (result.ok) {
      void message.success(t('dev.cancel.done'));
      onCancelled();
    } else if (result.error.code === 'INVALID_INPUT') form.setFields([{ name: 'reason', errors: [t('form.required', { label: t('dev.cancel.reason') })] }]);
  };
  return (
    <Modal
      open
      title={t('dev.cancel.title', { step: record.name, date: formatDate(t, record.date) })}
      okText={t('dev.cancel.confirm')}
      okButtonProps={{ danger: true, loading: cancel.loading }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('dev.cancel.intro')}</Typography.Paragraph>
      <ErrorAlert error={cancel.error?.code === 'INVALID_INPUT' ? null : cancel.error} className="bd-form-alert" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label={t('dev.cancel.reason')} required>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
