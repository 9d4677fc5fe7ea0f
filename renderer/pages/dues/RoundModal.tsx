import { Alert, App, Form, Input, Modal, Radio, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { describeIssue } from '../../lib/field-errors';
import { formatYuan } from '../../lib/money';
import { roundPayments, type SheetRow } from './dues-logic';
import { monthText, readableDuesError, yuan } from './dues-text';
import { PAYMENT_METHODS, type PaymentMethod } from './dues-values';

interface Props {
  month: string;
  rows: readonly SheetRow[];
  selected: ReadonlySet<string>;
  onClose(): void;
  onDone(): void;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  fromMonth: 'dues.pay.from',
  toMonth: 'dues.pay.to',
  amountFen: 'dues.pay.amount',
  receiptNo: 'dues.pay.receiptNo',
  paidOn: 'dues.pay.paidOn',
};

/**
 * 按应交金额登记本月: the chosen members pay what the month still owes, with one method and
 * date and consecutive receipt numbers. The list is the confirmation; it is recorded all or
 * none, so a refusal (someone paid meanwhile, a receipt number taken) leaves the book as it was.
 */
export function RoundModal({ month, rows, selected, onClose, onDone }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const record = useApiCall('dues.recordPayments');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [paidOn, setPaidOn] = useState<string | null>(() => dayjs().format('YYYY-MM-DD'));
  const [firstReceiptNo, setFirstReceiptNo] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const round = useMemo(() => roundPayments(rows, selected, { month, method, paidOn: paidOn ?? '', firstReceiptNo }), [rows, selected, month, method, paidOn, firstReceiptNo]);

  const submit = async () => {
    setProblems([]);
    const result = await record.run({ payments: round.payments.map(({ name: _name, ...p }) => p) });
    if (!result.ok) {
      const error = readableDuesError(t, result.error);
      setProblems(
        (error.issues ?? []).map((issue) => {
          const index = typeof issue.path[1] === 'number' ? issue.path[1] : -1;
          const field = String(issue.path[2] ?? '');
          const label = FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : '';
          const text = describeIssue(t, issue, label, field) ?? t('issue.other');
          return `${round.payments[index]?.name ?? ''}：${text}`;
        }),
      );
      return;
    }
    void message.success(t('dues.round.done', { count: result.value.payments.length, amount: yuan(t, round.totalFen), month: monthText(t, month) }), 5);
    onDone();
  };

  return (
    <Modal
      open
      title={t('dues.round.title', { month: monthText(t, month) })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('dues.round.confirm', { count: round.payments.length, amount: yuan(t, round.totalFen) })}
      okButtonProps={{ disabled: round.payments.length === 0 || !paidOn, loading: record.loading }}
      cancelText={t('common.cancel')}
      width={720}
    >
      <Typography.Paragraph type="secondary">{t('dues.round.intro')}</Typography.Paragraph>
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          className="bd-form-alert"
          data-testid="dues-round-problems"
          title={t('dues.round.refused')}
          description={
            <ul className="bd-issue-list">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <ErrorAlert error={record.error} className="bd-form-alert" />
      )}
      <Form layout="vertical" className="bd-dues-round-form">
        <Form.Item label={t('dues.pay.method')}>
          <Radio.Group optionType="button" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`dues.method.${m}`) }))} />
        </Form.Item>
        <div className="bd-dues-span">
          <Form.Item label={t('dues.pay.paidOn')} htmlFor="dues-round-paidOn" required>
            <DateField id="dues-round-paidOn" value={paidOn} onChange={setPaidOn} />
          </Form.Item>
          <Form.Item label={t('dues.round.firstReceiptNo')} htmlFor="dues-round-receipt" extra={t('dues.round.firstReceiptHelp')}>
            <Input id="dues-round-receipt" value={firstReceiptNo} maxLength={40} onChange={(e) => setFirstReceiptNo(e.target.value)} />
          </Form.Item>
        </div>
      </Form>
      <Table
        size="small"
        rowKey="memberCode"
        data-testid="dues-round-list"
        pagination={false}
        scroll={{ y: 300 }}
        dataSource={round.payments}
        columns={[
          { key: 'n', title: t('dues.col.number'), width: 60, render: (_, __, i) => i + 1 },
          { key: 'name', title: t('dues.col.name'), dataIndex: 'name' },
          { key: 'amount', title: t('dues.col.amount'), align: 'right', render: (_, p) => formatYuan(p.amountFen) },
          { key: 'receipt', title: t('dues.pay.receiptNo'), render: (_, p) => p.receiptNo ?? '' },
        ]}
      />
      <Typography.Paragraph strong className="bd-dues-round-total" data-testid="dues-round-total">
        {t('dues.round.total', { count: round.payments.length, amount: yuan(t, round.totalFen) })}
      </Typography.Paragraph>
      {round.skipped.length ? (
        <Typography.Paragraph type="secondary">
          {t('dues.round.skipped', { names: round.skipped.map((r) => `${r.name}（${t(`dues.status.${r.status}`)}）`).join('、') })}
        </Typography.Paragraph>
      ) : null}
    </Modal>
  );
}
