import { EyeOutlined, FileDoneOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { OpInput } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MemberPicker } from '../../components/MemberPicker';
import { useApi } from '../../hooks/api-context';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';
import { LetterSheet } from '../../print/transfers/LetterSheet';
import { PrintPreview } from '../../print/PrintPreview';
import type { LetterDoc, TransferWarning } from './letter-state';
import { FormDrawer } from './TransferParts';
import { useFormSubmit } from './use-form-submit';
import { WarningList } from './WarningList';

interface Values {
  memberCode?: string | null;
  toOrg?: string;
  addressee?: string;
  validDays?: number | null;
  issuedOn?: string | null;
  note?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'memberCode', labelKey: 'transfers.field.member', choice: true },
  { name: 'toOrg', labelKey: 'transfers.field.toOrg', max: 100 },
  { name: 'addressee', labelKey: 'transfers.field.addressee', max: 100 },
  { name: 'validDays', labelKey: 'transfers.field.validDays' },
  { name: 'issuedOn', labelKey: 'transfers.field.issuedOn', choice: true },
  { name: 'note', labelKey: 'transfers.field.note', max: 500 },
];
const TARGETS = [{ prefix: [], specs: FIELDS }];

/** The form as the contract's input: blanks travel as '' so the backend names them under the field. */
function toInput(v: Values): OpInput<'transfers.issueOut'> {
  return {
    memberCode: v.memberCode ?? '',
    toOrg: v.toOrg?.trim() ?? '',
    addressee: v.addressee?.trim() ?? '',
    ...(typeof v.validDays === 'number' ? { validDays: v.validDays } : {}),
    ...(v.issuedOn ? { issuedOn: v.issuedOn } : {}),
    note: v.note?.trim() || null,
  };
}

/**
 * 开具介绍信: choose the member, where the relationship goes, to whom the letter is addressed
 * and for how long it is valid; see the letter exactly as it will print (number included),
 * with anything missing from the record pointed out; then issue it. Issuing opens the print.
 */
export function IssueOutDrawer({ open, onClose, onIssued }: { open: boolean; onClose(): void; onIssued(number: string): void }) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const submitState = useFormSubmit<Values>();
  const { form, run, clear } = submitState;
  const defaults = useLoadWith('transfers.outDefaults', open ? {} : null);
  const [preview, setPreview] = useState<{ input: OpInput<'transfers.issueOut'>; doc: LetterDoc; warnings: TransferWarning[] } | null>(null);
  const maxDays = defaults.value?.maxValidDaysOut;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ issuedOn: dayjs().format('YYYY-MM-DD') });
  }, [open, form]);

  useEffect(() => {
    if (open && defaults.value && form.getFieldValue('validDays') === undefined) form.setFieldsValue({ validDays: defaults.value.validDays });
  }, [open, defaults.value, form]);

  const close = () => {
    clear();
    onClose();
  };

  const showPreview = async (v: Values) => {
    const input = toInput(v);
    const shown = await run(TARGETS, () => api.call('transfers.previewOut', input));
    if (shown) setPreview({ input, ...shown });
  };

  // A refusal here (the record changed since the preview) shows on the form behind it.
  const issue = async () => {
    if (!preview) return;
    const issued = await run(TARGETS, () => api.call('transfers.issueOut', preview.input));
    setPreview(null);
    if (issued) {
      void message.success(t('transfers.issue.done', { number: issued.letter.number, name: issued.letter.memberName }));
      onIssued(issued.letter.number);
    }
  };

  return (
    <FormDrawer
      open={open}
      title={t('transfers.issue.title')}
      size={720}
      submitLabel={t('transfers.issue.preview')}
      submitIcon={<EyeOutlined />}
      submit={submitState}
      onClose={close}
      // Escape belongs to the letter's preview while it is open.
      keyboard={!preview}
    >
      <Typography.Paragraph type="secondary">{t('transfers.issue.intro')}</Typography.Paragraph>
      <ErrorAlert error={defaults.error} className="bd-form-alert" />
      <Form form={form} layout="vertical" onFinish={(v) => void showPreview(v)} className="bd-issue-form">
        <Form.Item name="memberCode" label={t('transfers.field.member')} required>
          <MemberPicker aria-label={t('transfers.field.member')} />
        </Form.Item>
        <Form.Item name="toOrg" label={t('transfers.field.toOrg')} required extra={t('transfers.field.toOrgHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="addressee" label={t('transfers.field.addressee')} required extra={t('transfers.field.addresseeHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={20}>
          <Col xs={24} md={12}>
            <Form.Item name="validDays" label={t('transfers.field.validDays')} required extra={maxDays ? t('transfers.field.validDaysHelp', { max: maxDays }) : undefined}>
              {/* No min/max here: the backend says what the allowed range is, rather than the field silently changing the number. */}
              <InputNumber precision={0} suffix={t('transfers.daysUnit')} className="bd-transfers-days" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuedOn" label={t('transfers.field.issuedOn')} required>
              <DateField />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('transfers.field.note')} extra={t('transfers.field.noteHelp')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
      {preview ? (
        <PrintPreview
          title={t('transfers.issue.previewTitle', { number: preview.doc.number })}
          note={t('transfers.issue.previewNote')}
          onClose={() => setPreview(null)}
          action={
            <Button type="primary" size="large" icon={<FileDoneOutlined />} loading={submitState.busy} onClick={() => void issue()} autoFocus>
              {t('transfers.issue.submit', { number: preview.doc.number })}
            </Button>
          }
          preview={
            <>
              <WarningList warnings={preview.warnings} />
              <LetterSheet doc={preview.doc} draft />
            </>
          }
        >
          {null}
        </PrintPreview>
      ) : null}
    </FormDrawer>
  );
}
