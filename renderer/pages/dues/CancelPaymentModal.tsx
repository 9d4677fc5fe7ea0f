import { App, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import type { MemberLedger } from './dues-logic';
import { spanText, yuan } from './dues-text';

type Payment = MemberLedger['payments'][number];

/** 作废: a wrong payment stays in the book, marked, with the reason; the ledger is reckoned again without it. */
export function CancelPaymentModal({ payment, onClose, onCancelled }: { payment: Payment | null; onClose(): void; onCancelled(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const cancel = useApiCall('dues.cancelPayment');

  const submit = async ({ reason }: { reason?: string }) => {
    if (!payment) return;
    if (!reason?.trim()) {
      form.setFields([{ name: 'reason', errors: [t('dues.cancel.reasonRequired')] }]);
      return;
    }
    const result = await cancel.run({ paymentId: payment.id, reason: reason.trim() });
    if (result.ok) {
      void message.success(t('dues.cancel.done'), 4);
      form.resetFields();
      onCancelled();
    }
  };

  return (
    <Modal
      open={payment !== null}
      title={t('dues.cancel.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('dues.cancel.submit')}
      okButtonProps={{ danger: true, loading: cancel.loading }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {payment ? (
        <Typography.Paragraph>
          {t('dues.cancel.intro', {
            name: payment.memberName,
            span: payment.kind === 'voluntary' ? t('dues.kind.voluntary') : spanText(t, payment.fromMonth, payment.toMonth),
            amount: yuan(t, payment.amountFen),
          })}
        </Typography.Paragraph>
      ) : null}
      <ErrorAlert error={cancel.error} className="bd-form-alert" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label={t('dues.cancel.reason')} required>
          <Input maxLength={200} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
