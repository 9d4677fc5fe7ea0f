import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { useApi } from '../../hooks/api-context';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';
import { formatDate } from '../../lib/member-display';
import type { TransferLetter } from './letter-state';
import { useFormSubmit } from './use-form-submit';

export type LetterAction = 'receipt' | 'confirm' | 'cancel';

interface Values {
  returnedOn?: string | null;
  date?: string | null;
  handler?: string;
  reason?: string;
}

const FIELDS: Record<LetterAction, readonly FieldSpec[]> = {
  receipt: [
    { name: 'returnedOn', labelKey: 'transfers.receipt.date', choice: true },
    { name: 'handler', labelKey: 'transfers.receipt.handler', max: 40 },
  ],
  confirm: [{ name: 'date', labelKey: 'transfers.confirm.date', choice: true }],
  cancel: [{ name: 'reason', labelKey: 'transfers.cancel.reason', max: 200 }],
};

/**
 * 登记回执 / 确认转出 / 作废 for one letter out. Each is one backend call; a refusal (already
 * confirmed, cancelled meanwhile, a date before the letter) comes back under the field or in
 * words above it, and nothing changes.
 */
export function LetterActionModal({ target, onClose, onDone }: { target: { action: LetterAction; letter: TransferLetter } | null; onClose(): void; onDone(letter: TransferLetter): void }) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const { form, busy, error, unmatched, run, clear } = useFormSubmit<Values>();
  const action = target?.action;
  const letter = target?.letter;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    const today = dayjs().format('YYYY-MM-DD');
    form.setFieldsValue({ returnedOn: today, date: target.letter.receiptReturnedOn ?? today });
  }, [target, form]);

  const close = () => {
    clear();
    onClose();
  };

  const submit = async (v: Values) => {
    if (!target) return;
    const { number } = target.letter;
    const done = await run([{ prefix: [], specs: FIELDS[target.action] }], () =>
      target.action === 'receipt'
        ? api.call('transfers.returnReceipt', { number, returnedOn: v.returnedOn ?? '', handler: v.handler?.trim() ?? '' })
        : target.action === 'confirm'
          ? api.call('transfers.confirmOut', { number, ...(v.date ? { date: v.date } : {}) })
          : api.call('transfers.cancel', { number, reason: v.reason?.trim() ?? '' }),
    );
    if (done) {
      void message.success(t(`transfers.${target.action}.done`, { number, name: target.letter.memberName }));
      onDone(done);
    }
  };

  const title = action && letter ? t(`transfers.${action}.title`, { number: letter.number, name: letter.memberName }) : '';
  return (
    <Modal
      open={target !== null}
      title={title}
      okText={action ? t(`transfers.${action}.submit`) : ''}
      okButtonProps={{ loading: busy, danger: action === 'cancel' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={620}
    >
      {letter && action === 'confirm' ? (
        <>
          <Typography.Paragraph>{t('transfers.confirm.intro', { name: letter.memberName, org: letter.toOrg })}</Typography.Paragraph>
          {!letter.receiptReturnedOn ? <Alert type="warning" showIcon className="bd-form-alert" title={t('transfers.confirm.noReceipt')} /> : null}
        </>
      ) : null}
      {letter && action === 'receipt' ? <Typography.Paragraph>{t('transfers.receipt.intro', { org: letter.toOrg, date: formatDate(t, letter.issuedOn) })}</Typography.Paragraph> : null}
      {letter && action === 'cancel' ? <Typography.Paragraph>{t('transfers.cancel.intro')}</Typography.Paragraph> : null}
      <ErrorAlert error={error} className="bd-form-alert" />
      <IssueList issues={unmatched} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {action === 'receipt' ? (
          <Form.Item name="returnedOn" label={t('transfers.receipt.date')} required>
            <DateField />
          </Form.Item>
        ) : null}
        {action === 'confirm' ? (
          <Form.Item name="date" label={t('transfers.confirm.date')} required extra={t('transfers.confirm.dateHelp')}>
            <DateField />
          </Form.Item>
        ) : null}
        {action === 'receipt' ? (
          <Form.Item name="handler" label={t('transfers.receipt.handler')} required extra={t('transfers.receipt.handlerHelp')}>
            <Input maxLength={40} autoFocus />
          </Form.Item>
        ) : null}
        {action === 'cancel' ? (
          <Form.Item name="reason" label={t('transfers.cancel.reason')} required>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} autoFocus />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
