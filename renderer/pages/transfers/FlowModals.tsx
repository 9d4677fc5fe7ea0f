import { App, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { FieldIssue, UiError } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { MemberPicker } from '../../components/MemberPicker';
import { useApi } from '../../hooks/api-context';
import { useFormIssueTargets } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';
import { formatDate } from '../../lib/member-display';
import type { FlowRecord } from './letter-state';

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

/** One flow form's submit state: busy, the last error and the issues that found no field. */
function useFlowSubmit<V>() {
  const [form] = Form.useForm<V>();
  const showIssues = useFormIssueTargets();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);
  const run = async <T,>(targets: readonly FieldSpec[], call: () => Promise<{ ok: true; value: T } | { ok: false; error: UiError }>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setUnmatched([]);
    const result = await call();
    setBusy(false);
    if (result.ok) return result.value;
    setError(result.error);
    setUnmatched(showIssues(form, result.error, [{ prefix: [], specs: targets }]) ?? []);
    return null;
  };
  const clear = useCallback(() => {
    setError(null);
    setUnmatched([]);
  }, []);
  return { form, busy, error, unmatched, run, clear };
}

/** 登记外出流动 (one of ours, with the 活动证) or 登记流入党员 (someone from elsewhere taking part here). */
export function FlowStartModal({ direction, onClose, onSaved }: { direction: FlowRecord['direction'] | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const s = useFlowSubmit<StartValues>();
  const { form } = s;

  useEffect(() => {
    if (!direction) return;
    form.resetFields();
    form.setFieldsValue({ startedOn: dayjs().format('YYYY-MM-DD') });
  }, [direction, form]);

  const submit = async (v: StartValues) => {
    if (!direction) return;
    const common = {
      place: v.place?.trim() ?? '',
      activityCardNo: v.activityCardNo?.trim() || null,
      contact: v.contact?.trim() || null,
      startedOn: v.startedOn ?? '',
      note: v.note?.trim() || null,
    };
    const saved = await s.run(startFields(direction), () =>
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
    <Modal
      open={direction !== null}
      title={direction ? t(`transfers.flows.${direction}.add`) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: s.busy }}
      onOk={() => form.submit()}
      onCancel={() => {
        s.clear();
        onClose();
      }}
      destroyOnHidden
      width={620}
    >
      <ErrorAlert error={s.error} className="bd-form-alert" />
      <IssueList issues={s.unmatched} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
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
    </Modal>
  );
}

/** 登记返回 / 结束: the member is back (a 流动返回 event), or the visitor has left. */
export function FlowEndModal({ flow, onClose, onSaved }: { flow: FlowRecord | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const s = useFlowSubmit<{ endedOn?: string | null }>();
  const { form } = s;

  useEffect(() => {
    if (!flow) return;
    form.resetFields();
    form.setFieldsValue({ endedOn: dayjs().format('YYYY-MM-DD') });
  }, [flow, form]);

  const submit = async (v: { endedOn?: string | null }) => {
    if (!flow) return;
    const saved = await s.run(END_FIELDS, () => api.call('transfers.flowEnd', { id: flow.id, endedOn: v.endedOn ?? '' }));
    if (saved) {
      void message.success(t(`transfers.flows.${flow.direction}.endDone`, { name: flow.name }));
      onSaved();
    }
  };

  return (
    <Modal
      open={flow !== null}
      title={flow ? t(`transfers.flows.${flow.direction}.endTitle`, { name: flow.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: s.busy }}
      onOk={() => form.submit()}
      onCancel={() => {
        s.clear();
        onClose();
      }}
      destroyOnHidden
    >
      {flow ? <Typography.Paragraph>{t('transfers.flows.endIntro', { place: flow.place, date: formatDate(t, flow.startedOn) })}</Typography.Paragraph> : null}
      <ErrorAlert error={s.error} className="bd-form-alert" />
      <IssueList issues={s.unmatched} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="endedOn" label={t('transfers.flows.endedOn')} required>
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
