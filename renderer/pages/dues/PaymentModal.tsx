import { App, Button, Checkbox, Form, Input, Modal, Radio, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { FieldIssue } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { MemberPicker } from '../../components/MemberPicker';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssueTargets } from '../../hooks/use-form-issues';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';
import { formatYuan, parseYuan } from '../../lib/money';
import { defaultSpan, monthsFrom, nextReceiptNo, spanOutstanding } from './dues-logic';
import { readableDuesError, readableDuesParams, spanText, yuan } from './dues-text';
import { PAYMENT_KINDS, PAYMENT_METHODS, type PaymentKind, type PaymentMethod } from './dues-values';
import { MonthField } from './MonthField';
import { clearErrors } from './clear-errors';

/** Where a payment starts: nothing (choose the member), a member, or a member and months. */
export interface PaymentStart {
  memberCode?: string;
  memberName?: string;
  from?: string;
  to?: string;
}

interface Values {
  memberCode?: string | null;
  fromMonth?: string | null;
  toMonth?: string | null;
  /** 元 as typed; named after the backend's field so its issues land here. */
  amountFen?: string;
  kind: PaymentKind;
  method: PaymentMethod;
  receiptNo?: string;
  paidOn?: string | null;
  paidByCode?: string | null;
  note?: string;
  beyondLimitReason?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'memberCode', labelKey: 'dues.pay.member', choice: true },
  { name: 'fromMonth', labelKey: 'dues.pay.from', choice: true },
  { name: 'toMonth', labelKey: 'dues.pay.to', choice: true },
  { name: 'amountFen', labelKey: 'dues.pay.amount' },
  { name: 'kind', labelKey: 'dues.pay.kind', choice: true },
  { name: 'method', labelKey: 'dues.pay.method', choice: true },
  { name: 'receiptNo', labelKey: 'dues.pay.receiptNo', max: 40 },
  { name: 'paidOn', labelKey: 'dues.pay.paidOn', choice: true },
  { name: 'paidByCode', labelKey: 'dues.pay.paidBy', choice: true },
  { name: 'note', labelKey: 'dues.pay.note', max: 500 },
  { name: 'beyondLimitReason', labelKey: 'dues.pay.beyondLimitReason', max: 200 },
];

const LIMIT_CODES = new Set(['BACK_PAY_BEYOND_LIMIT', 'PREPAY_BEYOND_LIMIT']);

/** What the next payment starts from, kept by the page between openings (method, date, next receipt number). */
export interface PaymentMemory {
  method: PaymentMethod;
  receiptNo: string;
  paidOn: string;
}

interface Props {
  start: PaymentStart;
  /** The month on screen: the default span ends there. */
  month: string;
  onClose(): void;
  onRecorded(): void;
  onPrintReceipt(paymentId: number): void;
  memory: PaymentMemory | null;
  onRemember(memory: PaymentMemory): void;
}

/**
 * 登记交纳, made for the keyboard: member, months, amount (already the sum the months owe),
 * method, receipt number, Enter. "继续登记下一位" keeps it open with the next receipt number.
 */
export function PaymentModal({ start, month, onClose, onRecorded, onPrintReceipt, memory, onRemember }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useApiCall('dues.recordPayment');
  const showIssues = useFormIssueTargets();
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);
  const [needReason, setNeedReason] = useState(false);
  const [keepOpen, setKeepOpen] = useState(false);
  const amountTouched = useRef(false);
  // The months a caller chose (登记补交) are kept; otherwise the member's ledger sets them.
  const spanDefaultedFor = useRef<string | null>(start.from ? (start.memberCode ?? null) : null);
  const [initialValues] = useState<Values>(() => ({
    memberCode: start.memberCode ?? null,
    fromMonth: start.from ?? month,
    toMonth: start.to ?? start.from ?? month,
    kind: 'normal',
    method: memory?.method ?? 'cash',
    paidOn: memory?.paidOn ?? dayjs().format('YYYY-MM-DD'),
    receiptNo: memory?.receiptNo ?? '',
  }));

  const memberCode = Form.useWatch('memberCode', form) ?? null;
  const fromMonth = Form.useWatch('fromMonth', form) ?? null;
  const toMonth = Form.useWatch('toMonth', form) ?? null;
  const kind = Form.useWatch('kind', form);
  const thisMonth = dayjs().format('YYYY-MM');
  // Asked "as of" the last month chosen, so months paid ahead (预交) are in the ledger too.
  const asOf = toMonth && monthsFrom(thisMonth, toMonth) > 0 ? toMonth : thisMonth;
  const ledgerLoad = useLoadWith('dues.memberLedger', memberCode ? { memberCode, asOf } : null);
  const ledger = ledgerLoad.value?.memberCode === memberCode ? ledgerLoad.value : null;

  const focusMember = () => window.setTimeout(() => document.getElementById('dues-pay_memberCode')?.focus(), 80);

  useEffect(() => {
    if (!start.memberCode) focusMember();
  }, [start.memberCode]);

  // A member just chosen: the months run from the first unpaid one to the month on screen.
  useEffect(() => {
    if (!ledger || spanDefaultedFor.current === ledger.memberCode) return;
    spanDefaultedFor.current = ledger.memberCode;
    // Another member: the amount follows the new member's months again.
    amountTouched.current = false;
    const span = defaultSpan(ledger.paidTo, month, ledger.months[0]?.month ?? null);
    form.setFieldsValue({ fromMonth: span.from, toMonth: span.to });
  }, [ledger, month, form]);

  const owed = ledger && fromMonth && toMonth && monthsFrom(fromMonth, toMonth) >= 0 ? spanOutstanding(ledger, fromMonth, toMonth) : null;

  // The amount follows the months until the secretary types one of her own.
  const owedFen = owed?.fen ?? null;
  useEffect(() => {
    if (amountTouched.current || kind === 'voluntary' || owedFen === null || owedFen === 0) return;
    form.setFieldValue('amountFen', formatYuan(owedFen));
  }, [owedFen, kind, form]);

  const submit = async (v: Values) => {
    setUnmatched([]);
    const parsed = parseYuan(v.amountFen ?? '');
    if (!parsed.ok || parsed.fen === 0) {
      form.setFields([{ name: 'amountFen', errors: [t(`dues.amount.${parsed.ok ? 'zero' : parsed.problem}`)] }]);
      return;
    }
    const receiptNo = v.receiptNo?.trim() || null;
    const result = await record.run({
      memberCode: v.memberCode ?? '',
      ...(v.fromMonth ? { fromMonth: v.fromMonth } : {}),
      ...(v.toMonth ? { toMonth: v.toMonth } : {}),
      amountFen: parsed.fen,
      kind: v.kind,
      method: v.method,
      receiptNo,
      paidOn: v.paidOn ?? '',
      paidByCode: v.paidByCode ?? null,
      note: v.note?.trim() || null,
      beyondLimitReason: v.beyondLimitReason?.trim() || null,
    });
    if (!result.ok) {
      const error = readableDuesError(t, result.error);
      if (error.issues?.some((i) => i.code && LIMIT_CODES.has(i.code))) setNeedReason(true);
      setUnmatched(showIssues(form, error, [{ prefix: [], specs: FIELDS }]) ?? []);
      return;
    }
    const { payment, warnings } = result.value;
    const next = { method: v.method, paidOn: v.paidOn ?? '', receiptNo: receiptNo ? (nextReceiptNo(receiptNo) ?? '') : '' };
    onRemember(next);
    void message.success({
      content: (
        <span data-testid="dues-pay-done">
          {t('dues.pay.done', { name: payment.memberName, span: spanText(t, payment.fromMonth, payment.toMonth), amount: yuan(t, payment.amountFen) })}{' '}
          <Button size="small" onClick={() => onPrintReceipt(payment.id)}>
            {t('dues.pay.printReceipt')}
          </Button>
        </span>
      ),
      duration: 8,
    });
    for (const w of warnings) void message.warning(t(`dues.warning.${w.code}` as 'dues.warning.AMOUNT_BELOW_DUE', readableDuesParams(t, w.params)), 6);
    onRecorded();
    if (!keepOpen) {
      onClose();
      return;
    }
    amountTouched.current = false;
    spanDefaultedFor.current = null;
    setNeedReason(false);
    form.setFieldsValue({ memberCode: null, amountFen: '', receiptNo: next.receiptNo, paidByCode: null, note: '', beyondLimitReason: '' });
    focusMember();
  };

  return (
    <Modal
      open
      title={start.memberName ? t('dues.pay.titleFor', { name: start.memberName }) : t('dues.pay.title')}
      onCancel={onClose}
      width={680}
      footer={
        <div className="bd-dues-modal-footer">
          <Checkbox checked={keepOpen} onChange={(e) => setKeepOpen(e.target.checked)}>
            {t('dues.pay.keepOpen')}
          </Checkbox>
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={record.loading} onClick={() => form.submit()}>
              {t('dues.pay.submit')}
            </Button>
          </Space>
        </div>
      }
    >
      <ErrorAlert error={record.error} className="bd-form-alert" />
      <IssueList issues={unmatched} />
      <Form
        form={form}
        name="dues-pay"
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>) => clearErrors(form, changed)}
        className="bd-dues-pay-form"
      >
        <Form.Item name="memberCode" label={t('dues.pay.member')} required>
          <MemberPicker currentName={start.memberName ?? null} />
        </Form.Item>
        <div className="bd-dues-span">
          <Form.Item name="fromMonth" label={t('dues.pay.from')} required>
            <MonthField />
          </Form.Item>
          <Form.Item name="toMonth" label={t('dues.pay.to')} required>
            <MonthField />
          </Form.Item>
        </div>
        <Form.Item
          name="amountFen"
          label={t('dues.pay.amount')}
          required
          extra={
            owed && owed.fen !== null ? (
              <span data-testid="dues-pay-owed">
                {t('dues.pay.owed', { months: owed.months, amount: yuan(t, owed.fen) })}
                {owed.dueEach !== null ? t('dues.pay.dueEach', { amount: yuan(t, owed.dueEach) }) : ''}
              </span>
            ) : ledger?.noProfile ? (
              t('dues.pay.noProfile')
            ) : null
          }
        >
          <Input inputMode="decimal" suffix={t('dues.unit')} className="bd-dues-amount" onChange={() => (amountTouched.current = true)} />
        </Form.Item>
        <div className="bd-dues-span">
          <Form.Item name="kind" label={t('dues.pay.kind')}>
            <Radio.Group optionType="button" options={PAYMENT_KINDS.map((k) => ({ value: k, label: t(`dues.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="method" label={t('dues.pay.method')}>
            <Radio.Group optionType="button" options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`dues.method.${m}`) }))} />
          </Form.Item>
        </div>
        <Space wrap size="large" align="start">
          <Form.Item name="receiptNo" label={t('dues.pay.receiptNo')}>
            <Input maxLength={40} className="bd-dues-receipt-input" />
          </Form.Item>
          <Form.Item name="paidOn" label={t('dues.pay.paidOn')} required>
            <DateField />
          </Form.Item>
        </Space>
        <Form.Item name="paidByCode" label={t('dues.pay.paidBy')} extra={t('dues.pay.paidByHelp')}>
          <MemberPicker />
        </Form.Item>
        {needReason ? (
          <Form.Item name="beyondLimitReason" label={t('dues.pay.beyondLimitReason')} extra={t('dues.pay.beyondLimitHelp')}>
            <Input maxLength={200} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('dues.pay.note')}>
          <Input maxLength={500} />
        </Form.Item>
        {/* Enter in any field records the payment (implicit submission needs a submit button in the form). */}
        <button type="submit" className="bd-hidden-submit" tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}
