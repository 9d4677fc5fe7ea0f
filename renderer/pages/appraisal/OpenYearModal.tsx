import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { DateField } from '../../components/DateField';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssues } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';
import { AppraisalErrorAlert } from './AppraisalErrorAlert';
import { CapChoice, ONE_THIRD } from './CapSetting';

interface Values {
  year: number | null;
  openedOn: string | null;
  excellentCapPercent: number | null;
  note?: string;
}

const FIELDS = [
  { name: 'year', labelKey: 'appraisal.year' as const },
  { name: 'openedOn', labelKey: 'appraisal.openModal.openedOn' as const },
  { name: 'excellentCapPercent', labelKey: 'appraisal.cap' as const },
  { name: 'note', labelKey: 'appraisal.openModal.note' as const, max: 500 },
];

/** Opens a year's appraisal, after saying what opening does (who is appraised, the cap, closing). */
export function OpenYearModal({ open, opened, onClose, onOpened }: { open: boolean; opened: readonly number[]; onClose(): void; onOpened(year: number): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const call = useApiCall('appraisal.open');
  const showIssues = useFormIssues();

  useEffect(() => {
    if (!open) return;
    // This year, or the next not yet opened (a secretary preparing December's meeting early).
    let year = dayjs().year();
    while (opened.includes(year)) year += 1;
    form.setFieldsValue({ year, openedOn: dayjs().format('YYYY-MM-DD'), excellentCapPercent: ONE_THIRD, note: '' });
  }, [open, opened, form]);

  const submit = async (v: Values) => {
    // Blank fields go as they are (null) so that the backend names what is missing.
    const input = { year: v.year, excellentCapPercent: v.excellentCapPercent, ...(v.openedOn ? { openedOn: v.openedOn } : {}), ...(v.note ? { note: v.note } : {}) };
    const result = await call.run(input as Parameters<typeof call.run>[0]);
    if (result.ok) {
      void message.success(t('appraisal.opened', { year: result.value.year }));
      onOpened(result.value.year);
    } else showIssues(form, result.error, [], FIELDS);
  };

  return (
    <Modal
      open={open}
      title={t('appraisal.openModal.title')}
      okText={t('appraisal.openModal.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: call.loading }}
      onOk={() => form.submit()}
      onCancel={() => {
        call.setError(null);
        onClose();
      }}
      width={640}
      destroyOnHidden
    >
      <ul className="bd-appraisal-explain">
        {(['what1', 'what2', 'what3', 'what4'] as const).map((k) => (
          <li key={k}>
            <Typography.Text>{t(`appraisal.openModal.${k}`)}</Typography.Text>
          </li>
        ))}
      </ul>
      <AppraisalErrorAlert error={call.error} action="open" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="year" label={t('appraisal.year')} required>
          <InputNumber min={2000} max={2100} precision={0} className="bd-appraisal-year-input" />
        </Form.Item>
        <Form.Item name="openedOn" label={t('appraisal.openModal.openedOn')} required>
          <DateField />
        </Form.Item>
        <Form.Item name="excellentCapPercent" label={t('appraisal.cap')}>
          <CapChoice />
        </Form.Item>
        <Form.Item name="note" label={t('appraisal.openModal.note')}>
          <Input maxLength={500} placeholder={t('appraisal.openModal.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
