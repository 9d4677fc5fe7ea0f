import { App, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { FieldIssue, MemberDetail } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { EXPEL_DETAILS, KINDS_WITH_ORG, REMOVAL_KINDS, RETURN_KINDS, type EventKind } from '../../data/enums';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssueTargets } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';

interface Values {
  kind?: EventKind;
  date?: string | null;
  detail?: (typeof EXPEL_DETAILS)[number];
  org?: string;
  letterNumber?: string;
  note?: string;
}

const EVENT_FIELDS: readonly FieldSpec[] = [
  { name: 'kind', labelKey: 'event.field.kind', choice: true },
  { name: 'date', labelKey: 'event.field.date', choice: true },
  { name: 'detail', labelKey: 'event.field.detail', choice: true },
  { name: 'org', labelKey: 'event.field.org', max: 100 },
  { name: 'letterNumber', labelKey: 'event.field.letterNumber', max: 40 },
  { name: 'note', labelKey: 'event.field.note', max: 500 },
];

/** The events that make sense for this member now: someone who left can only come back, and so on. */
export function eventKindsFor(member: Pick<MemberDetail, 'membership' | 'memberType' | 'mobileMember' | 'lostContact'>): EventKind[] {
  if (member.membership === 'left') return [...RETURN_KINDS];
  const kinds: EventKind[] = [];
  if (member.memberType === 'probationary') kinds.push('full', 'probation-extended');
  kinds.push(member.mobileMember ? 'flow-return' : 'flow-out');
  kinds.push(member.lostContact ? 'contact-restored' : 'lost-contact');
  return [...kinds, ...REMOVAL_KINDS];
}

/** 记录变动: one membership event with its date and note; the backend checks it fits the history. */
export function RecordEventModal({ open, member, onClose, onRecorded }: { open: boolean; member: MemberDetail; onClose(): void; onRecorded(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useApiCall('members.recordEvent');
  const showIssues = useFormIssueTargets();
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);
  const kind = Form.useWatch<EventKind | undefined>('kind', form);

  useEffect(() => {
    if (open) form.setFieldsValue({ date: dayjs().format('YYYY-MM-DD') });
  }, [open, form]);

  const submit = async (v: Values) => {
    setUnmatched([]);
    const result = await record.run({
      code: member.code,
      kind: (v.kind ?? '') as EventKind,
      date: v.date ?? '',
      detail: v.detail ?? null,
      note: v.note?.trim() || null,
      letterNumber: v.letterNumber?.trim() || null,
      org: v.org?.trim() || null,
    });
    if (result.ok) {
      void message.success(t('event.record.done', { kind: t(`event.kind.${v.kind ?? 'import'}`), name: member.name }));
      form.resetFields();
      onRecorded();
    } else setUnmatched(showIssues(form, result.error, [{ prefix: [], specs: EVENT_FIELDS }]) ?? []);
  };

  return (
    <Modal
      open={open}
      title={t('event.record.title', { name: member.name })}
      okText={t('event.record.submit')}
      okButtonProps={{ loading: record.loading }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      <Typography.Paragraph type="secondary">{t('event.record.intro')}</Typography.Paragraph>
      <ErrorAlert error={record.error} className="bd-form-alert" />
      <IssueList issues={unmatched} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="kind" label={t('event.field.kind')} required>
          <Select
            placeholder={t('field.choose')}
            options={eventKindsFor(member).map((k) => ({ value: k, label: t(`event.kind.${k}`) }))}
            autoFocus
          />
        </Form.Item>
        {kind === 'expel' ? (
          <Form.Item name="detail" label={t('event.field.detail')} required>
            <Select placeholder={t('field.choose')} options={EXPEL_DETAILS.map((d) => ({ value: d, label: t(`event.detail.${d}`) }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="date" label={t('event.field.date')} required>
          <DateField />
        </Form.Item>
        {kind && KINDS_WITH_ORG.has(kind) ? (
          <>
            <Form.Item name="org" label={t(`event.org.${kind as 'transfer-in' | 'transfer-out' | 'flow-out'}`)}>
              <Input maxLength={100} />
            </Form.Item>
            {kind !== 'flow-out' ? (
              <Form.Item name="letterNumber" label={t('event.field.letterNumber')}>
                <Input maxLength={40} />
              </Form.Item>
            ) : null}
          </>
        ) : null}
        <Form.Item name="note" label={t('event.field.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
