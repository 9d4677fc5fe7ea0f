import { App, Form, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssues } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';
import { capText } from './appraisal-text';
import { AppraisalErrorAlert } from './AppraisalErrorAlert';
import type { AppraisalYear } from './appraisal-grid';

/** The backend reads 33 as exactly one third. */
export const ONE_THIRD = 33;

interface ChoiceProps {
  value?: number;
  onChange?: (value: number | null) => void;
  id?: string;
}

/** 三分之一 (the usual rule) or a local percentage: a form control holding the percent. */
export function CapChoice({ value = ONE_THIRD, onChange, id }: ChoiceProps) {
  const t = useT();
  const third = value === ONE_THIRD;
  return (
    <Space orientation="vertical" size="small">
      <Radio.Group id={id} value={third ? 'third' : 'other'} onChange={(e) => onChange?.(e.target.value === 'third' ? ONE_THIRD : 30)}>
        <Space orientation="vertical">
          <Radio value="third">{t('appraisal.cap.thirdOption')}</Radio>
          <Radio value="other">
            <Space>
              {t('appraisal.cap.otherOption')}
              {third ? null : (
                <InputNumber
                  min={1}
                  max={100}
                  precision={0}
                  value={value}
                  suffix="%"
                  aria-label={t('appraisal.cap.percent')}
                  onChange={(v) => onChange?.(typeof v === 'number' ? v : null)}
                />
              )}
            </Space>
          </Radio>
        </Space>
      </Radio.Group>
      <Typography.Text type="secondary">{t('appraisal.cap.hint')}</Typography.Text>
    </Space>
  );
}

export const CAP_FIELDS = [{ name: 'excellentCapPercent', labelKey: 'appraisal.cap' as const }];

/** Changes the 优秀 share of an open year (appraisal.setCap); the summary's warning follows. */
export function CapModal({ year, open, onClose, onSaved }: { year: AppraisalYear; open: boolean; onClose(): void; onSaved(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ excellentCapPercent: number | null }>();
  const save = useApiCall('appraisal.setCap');
  const showIssues = useFormIssues();
  useEffect(() => {
    if (open) form.setFieldsValue({ excellentCapPercent: year.excellentCapPercent });
  }, [open, year.excellentCapPercent, form]);

  const submit = async ({ excellentCapPercent }: { excellentCapPercent: number | null }) => {
    // A cleared percentage goes as it is, for the backend to say what is missing.
    const result = await save.run({ year: year.year, excellentCapPercent: excellentCapPercent as number });
    if (result.ok) {
      void message.success(t('appraisal.cap.saved', { cap: capText(t, result.value.excellentCapPercent) }));
      onSaved();
    } else showIssues(form, result.error, [], CAP_FIELDS);
  };

  return (
    <Modal
      open={open}
      title={t('appraisal.cap.editTitle', { year: year.year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.loading }}
      onOk={() => form.submit()}
      onCancel={() => {
        save.setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <AppraisalErrorAlert error={save.error} action="change" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="excellentCapPercent" label={t('appraisal.cap')}>
          <CapChoice />
        </Form.Item>
      </Form>
    </Modal>
  );
}
