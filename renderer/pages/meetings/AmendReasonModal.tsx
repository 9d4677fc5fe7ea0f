import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/context';

/**
 * 更正: a finalised record changes only with a reason. It is asked before the form opens, kept
 * in the audit trail with what changed, and printed on the minutes.
 */
export function AmendReasonModal({ open, initial, onClose, onConfirm }: { open: boolean; initial?: string; onClose(): void; onConfirm(reason: string): void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.setFieldsValue({ reason: initial ?? '' });
  }, [open, initial, form]);
  return (
    <Modal
      open={open}
      title={t('meetings.amend.title')}
      okText={t('meetings.amend.start')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('meetings.amend.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => onConfirm(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('meetings.amend.reason')}
          rules={[{ required: true, whitespace: true, message: t('meetings.amend.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={200} placeholder={t('meetings.amend.reasonPlaceholder')} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
