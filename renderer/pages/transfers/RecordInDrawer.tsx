import { App, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { PartyGroup } from '../../api/types';
import { DateField } from '../../components/DateField';
import { useApi } from '../../hooks/api-context';
import { useIdAutoFill } from '../../hooks/use-id-auto-fill';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';
import { draftToFields, MEMBER_FIELDS, type MemberDraft } from '../../lib/member-fields';
import { MemberFormFields } from '../members/MemberFormFields';
import { arrivalIssues } from './letter-state';
import { FormDrawer } from './TransferParts';
import { MonthField } from './MonthField';
import { useFormSubmit } from './use-form-submit';
import { useWarningLines } from './WarningList';

interface LetterValues {
  number?: string;
  fromOrg?: string;
  addressee?: string;
  issuedOn?: string | null;
  validDays?: number | null;
  duesPaidTo?: string | null;
}

type Values = MemberDraft & { letter?: LetterValues; arrivedOn?: string | null; handler?: string };

const LETTER_FIELDS: readonly FieldSpec[] = [
  { name: 'number', labelKey: 'transfers.in.field.number', max: 40 },
  { name: 'fromOrg', labelKey: 'transfers.in.field.fromOrg', max: 100 },
  { name: 'addressee', labelKey: 'transfers.in.field.addressee', max: 100 },
  { name: 'issuedOn', labelKey: 'transfers.in.field.issuedOn', choice: true },
  { name: 'validDays', labelKey: 'transfers.field.validDays' },
  { name: 'duesPaidTo', labelKey: 'transfers.in.field.duesPaidTo', choice: true },
];
const ARRIVAL_FIELDS: readonly FieldSpec[] = [
  { name: 'arrivedOn', labelKey: 'transfers.in.field.arrivedOn', choice: true },
  { name: 'handler', labelKey: 'transfers.in.field.handler', max: 40 },
];
const TARGETS = [
  { prefix: ['letter'], specs: LETTER_FIELDS, formPath: ['letter'] },
  { prefix: ['fields'], specs: MEMBER_FIELDS },
  { prefix: [], specs: ARRIVAL_FIELDS },
];

const blankToNull = (s: string | undefined) => s?.trim() || null;

/**
 * 登记转入: the arriving letter (its number, sender, dates, 党费交至) and the member as the letter
 * and their file describe them. One call creates the member with a 转入 event carrying the
 * letter number and origin, or nothing at all. The new member then opens.
 */
export function RecordInDrawer({ open, groups, onClose, onRecorded }: { open: boolean; groups: readonly PartyGroup[]; onClose(): void; onRecorded(memberCode: string): void }) {
  const t = useT();
  const api = useApi();
  const { message, notification } = App.useApp();
  const submitState = useFormSubmit<Values>();
  const { form, run, clear } = submitState;
  const { onValuesChange, reset: resetIdFill } = useIdAutoFill(form);
  const warningLines = useWarningLines();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    resetIdFill();
    form.setFieldsValue({ lostContact: false, mobileMember: false, arrivedOn: dayjs().format('YYYY-MM-DD') });
  }, [open, form, resetIdFill]);

  const close = () => {
    clear();
    onClose();
  };

  const submit = async (v: Values) => {
    const l = v.letter ?? {};
    const input = {
      letter: {
        number: l.number?.trim() ?? '',
        fromOrg: l.fromOrg?.trim() ?? '',
        issuedOn: l.issuedOn ?? '',
        validDays: typeof l.validDays === 'number' ? l.validDays : null,
        duesPaidTo: l.duesPaidTo ?? null,
        addressee: blankToNull(l.addressee),
      },
      arrivedOn: v.arrivedOn ?? '',
      fields: draftToFields(v),
      handler: blankToNull(v.handler),
    };
    const recorded = await run(TARGETS, () => api.call('transfers.recordIn', input), arrivalIssues);
    if (recorded) {
      const { letter, member, warnings } = recorded;
      void message.success(t('transfers.in.done', { name: member.name, number: letter.number }));
      if (warnings.length) {
        notification.warning({
          title: t('transfers.in.warningsTitle'),
          description: warningLines(warnings).map((line) => <p key={line}>{line}</p>),
          duration: 0,
        });
      }
      onRecorded(member.code);
    }
  };

  return (
    <FormDrawer
      open={open}
      title={t('transfers.in.title')}
      size={920}
      submitLabel={t('transfers.in.submit')}
      submit={submitState}
      onClose={close}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={onValuesChange} className="bd-member-form bd-record-in-form">
        <section className="bd-form-section" aria-labelledby="in-section-letter">
          <Typography.Title level={4} id="in-section-letter" className="bd-form-section-title">
            {t('transfers.in.section.letter')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('transfers.in.letterHelp')}</Typography.Paragraph>
          <Row gutter={20}>
            <Col xs={24} md={8}>
              <Form.Item name={['letter', 'number']} label={t('transfers.in.field.number')} required>
                <Input maxLength={40} autoFocus className="bd-mono" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name={['letter', 'fromOrg']} label={t('transfers.in.field.fromOrg')} required extra={t('transfers.in.field.fromOrgHelp')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['letter', 'issuedOn']} label={t('transfers.in.field.issuedOn')} required>
                <DateField />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['letter', 'validDays']} label={t('transfers.field.validDays')}>
                <InputNumber precision={0} suffix={t('transfers.daysUnit')} className="bd-transfers-days" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['letter', 'duesPaidTo']} label={t('transfers.in.field.duesPaidTo')} extra={t('transfers.in.field.duesPaidToHelp')}>
                <MonthField />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name={['letter', 'addressee']} label={t('transfers.in.field.addressee')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
        </section>
        <section className="bd-form-section" aria-labelledby="in-section-arrival">
          <Typography.Title level={4} id="in-section-arrival" className="bd-form-section-title">
            {t('transfers.in.section.arrival')}
          </Typography.Title>
          <Row gutter={20}>
            <Col xs={24} md={8}>
              <Form.Item name="arrivedOn" label={t('transfers.in.field.arrivedOn')} required extra={t('transfers.in.field.arrivedOnHelp')}>
                <DateField />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="handler" label={t('transfers.in.field.handler')} extra={t('transfers.in.field.handlerHelp')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          </Row>
        </section>
        <MemberFormFields groups={groups} />
      </Form>
    </FormDrawer>
  );
}
