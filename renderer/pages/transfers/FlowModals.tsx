import { App, Form, Input, Modal, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { MemberPicker } from '../../components/MemberPicker';
import { useApi } from '../../hooks/api-context';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';
import { formatDate } from '../../lib/member-display';
import type { FlowRecord } from './letter-state';
import { useFormSubmit } from './use-form-submit';

interface StartValues {
  memberCode?: string | null;
  name?: string;
  place?: string;
  activityCardNo?: string;
  contact?: string;
  startedOn?: string | null;
  note?: string;
}

const startFields = (direction: FlowRecord['direction']): readonly FieldSpec[] => [
  { name: 'memberCode', labelKey: 'transfers.field.member', choice: true },
  { name: 'name', labelKey: 'transfers.flows.in.name', max: 40 },
  { name: 'place', labelKey: `transfers.flows.${direction}.place`, max: 100 },
  { name: 'activityCardNo', labelKey: 'transfers.flows.card', max: 40 },
  { name: 'contact', labelKey: 'transfers.flows.contact', max: 100 },
  { name: 'startedOn', labelKey: `transfers.flows.${direction}.startedOn`, choice: true },
  { name: 'note', labelKey: 'transfers.field.note', max: 500 },
];
const END_FIELDS: readonly FieldSpec[] = [{ name: 'endedOn', labelKey: 'transfers.flows.endedOn', choice: true }];


type FlowSubmit = Pick<ReturnType<typeof useFormSubmit>, 'busy' | 'error' | 'unmatched' | 'clear'> & { form: FormInstance };

/**
 * What both flow dialogs share: 保存 / 取消, the refusal above the form, and the form opening
 * afresh with today in its date field.
 */
function FlowModal(props: { open: boolean; title: string; submit: FlowSubmit; dateField: string; onClose(): void; intro?: ReactNode; children: ReactNode }) {
  const { open, title, submit, dateField, onClose, intro, children } = props;
  const t = useT();
  const { form } = submit;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldValue(dateField, dayjs().format('YYYY-MM-DD'));
  }, [open, form, dateField]);
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: submit.busy }}
      onOk={() => form.submit()}
      onCancel={() => {
        submit.clear();
        onClose();
      }}
      destroyOnHidden
      width={620}
    >
      {intro}
      <ErrorAlert error={submit.error} className="bd-form-alert" />
      <IssueList issues={submit.unmatched} />
      {children}
    </Modal>
  );
}

/** 登记外出流动 (one of ours, with the 活动证) or 登记流入党员 (someone from elsewhere taking part here). */
export function FlowStartModal({ direction, onClose, onSaved }: { direction: FlowRecord['direction'] | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const s = useFormSubmit<StartValues>();

  const submit = async (v: StartValues) => {
    if (!direction) return;
    const common = {
      place: v.place?.trim() ?? '',
      activityCardNo: v.activityCardNo?.trim() || null,
      contact: v.contact?.trim() || null,
      startedOn: v.startedOn ?? '',
      note: v.note?.trim() || null,
    };
    const saved = await s.run([{ prefix: [], specs: startFields(direction) }], () =>
      direction === 'out'
        ? api.call('transfers.flowStart', { direction, memberCode: v.memberCode ?? '', ...common })
        : api.call('transfers.flowStart', { direction, name: v.name?.trim() ?? '', ...common }),
    );
    if (saved) {
      void message.success(t(`transfers.flows.${direction}.done`, { name: saved.name }));
      onSaved();
    }
  };

  return (
    <FlowModal open={direction !== null} title={direction ? t(`transfers.flows.${direction}.add`) : ''} submit={s} dateField="startedOn" onClose={onClose}>
      <Form form={s.form} layout="vertical" onFinish={(v) => void submit(v)}>
        {direction === 'out' ? (
          <Form.Item name="memberCode" label={t('transfers.field.member')} required>
            <MemberPicker aria-label={t('transfers.field.member')} />
          </Form.Item>
        ) : (
          <Form.Item name="name" label={t('transfers.flows.in.name')} required>
            <Input maxLength={40} autoFocus />
          </Form.Item>
        )}
        {direction ? (
          <Form.Item name="place" label={t(`transfers.flows.${direction}.place`)} required extra={t(`transfers.flows.${direction}.placeHelp`)}>
            <Input maxLength={100} />
          </Form.Item>
        ) : null}
        <Form.Item name="activityCardNo" label={t('transfers.flows.card')} extra={t('transfers.flows.cardHelp')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="contact" label={t('transfers.flows.contact')}>
          <Input maxLength={100} />
        </Form.Item>
        {direction ? (
          <Form.Item name="startedOn" label={t(`transfers.flows.${direction}.startedOn`)} required>
            <DateField />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('transfers.field.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </FlowModal>
  );
}

/** 登记返回 / 登记离开: the member is back (a 流动返回 event), or the visitor has left. */
export function FlowEndModal({ flow, onClose, onSaved }: { flow: FlowRecord | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const s = useFormSubmit<{ endedOn?: string | null }>();

  const submit = async (v: { endedOn?: string | null }) => {
    if (!flow) return;
    const saved = await s.run([{ prefix: [], specs: END_FIELDS }], () => api.call('transfers.flowEnd', { id: flow.id, endedOn: v.endedOn ?? '' }));
    if (saved) {
      void message.success(t(`transfers.flows.${flow.direction}.endDone`, { name: flow.name }));
      onSaved();
    }
  };

  return (
    <FlowModal
      open={flow !== null}
      title={flow ? t(`transfers.flows.${flow.direction}.endTitle`, { name: flow.name }) : ''}
      submit={s}
      dateField="endedOn"
      onClose={onClose}
      intro={flow ? <Typography.Paragraph>{t('transfers.flows.endIntro', { place: flow.place, date: formatDate(t, flow.startedOn) })}</Typography.Paragraph> : null}
    >
      <Form form={s.form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="endedOn" label={t('transfers.flows.endedOn')} required>
          <DateField />
        </Form.Item>
      </Form>
    </FlowModal>
  );
}
