import { Alert, Form, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { MEETING_TYPES, type MeetingInput, type MeetingType } from './meeting-types';

interface Values {
  type: MeetingType;
  date: string | null;
  groupCode?: string | null;
}

/**
 * 新建会议: the kind of meeting and its day. The backend answers with the record pre-filled for
 * that kind (the usual agenda, the people expected that day, the secretary in the chair); nothing
 * is saved until the secretary saves the draft.
 */
export function NewMeetingModal({ open, onClose, onDrafted }: { open: boolean; onClose(): void; onDrafted(draft: MeetingInput): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const draft = useApiCall('meetings.draft');
  const type = Form.useWatch('type', form);
  const groups = useLoadWith('groups.list', open ? {} : null);

  useEffect(() => {
    if (open) form.setFieldsValue({ type: 'committee', date: dayjs().format('YYYY-MM-DD'), groupCode: null });
  }, [open, form]);

  const submit = async (v: Values) => {
    const r = await draft.run({ type: v.type, date: v.date ?? '', ...(v.type === 'group' ? { groupCode: v.groupCode ?? null } : {}) });
    if (r.ok) onDrafted(r.value);
  };

  const noGroups = type === 'group' && groups.value?.length === 0;
  return (
    <Modal
      open={open}
      title={t('meetings.new.title')}
      okText={t('meetings.new.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={draft.loading}
      okButtonProps={{ disabled: noGroups }}
      width={640}
      destroyOnHidden
    >
      <ErrorAlert error={draft.error} className="bd-form-alert" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} className="bd-new-meeting">
        <Form.Item name="type" label={t('meetings.field.type')} rules={[{ required: true, message: t('form.requiredChoice', { label: t('meetings.field.type') }) }]}>
          <Radio.Group className="bd-type-choice">
            {MEETING_TYPES.map((k) => (
              <Radio key={k} value={k}>
                <span className="bd-type-name">{t(`meetings.type.${k}`)}</span>
                <span className="bd-type-hint">{t(`meetings.expected.${k}`)}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="date" label={t('meetings.field.date')} rules={[{ required: true, message: t('form.required', { label: t('meetings.field.date') }) }]}>
          <DateField />
        </Form.Item>
        {type === 'group' ? (
          <Form.Item name="groupCode" label={t('meetings.field.groupCode')} rules={[{ required: true, message: t('form.requiredChoice', { label: t('meetings.field.groupCode') }) }]}>
            <Select options={(groups.value ?? []).map((g) => ({ value: g.code, label: g.name }))} loading={groups.loading} />
          </Form.Item>
        ) : null}
        {noGroups ? <Alert type="warning" showIcon title={t('meetings.new.noGroups')} /> : null}
      </Form>
    </Modal>
  );
}
