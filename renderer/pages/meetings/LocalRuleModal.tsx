import { Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { PERIODS, type Period } from './meeting-types';

interface Values {
  period: Period;
  min: number;
}

/**
 * How often this branch holds 党课. No national number exists (DOMAIN.md §3.1: quarterly is
 * common local practice), so the branch sets its own; the change is recorded in the audit trail.
 */
export interface LocalRule {
  period: Period;
  min: number;
  basis: string | null;
}

export function LocalRuleModal({ rule, onClose, onSaved }: { rule: LocalRule | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const save = useApiCall('meetings.setLocalRule');
  useEffect(() => {
    if (rule) form.setFieldsValue({ period: rule.period, min: rule.min });
  }, [rule, form]);
  const submit = async (v: Values) => {
    const r = await save.run({ type: 'lecture', period: v.period, min: v.min });
    if (r.ok) onSaved();
  };
  return (
    <Modal
      open={rule !== null}
      title={t('meetings.rule.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.loading}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('meetings.rule.intro')}</Typography.Paragraph>
      {rule?.basis ? <Typography.Paragraph type="secondary">{rule.basis}</Typography.Paragraph> : null}
      <ErrorAlert error={save.error} className="bd-form-alert" />
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)} className="bd-rule-form">
        <Form.Item name="period" label={t('meetings.rule.period')}>
          <Select options={PERIODS.map((p) => ({ value: p, label: t(`meetings.period.every.${p}`) }))} className="bd-rule-period" />
        </Form.Item>
        <Form.Item name="min" label={t('meetings.rule.min')} rules={[{ required: true, message: t('form.required', { label: t('meetings.rule.min') }) }]}>
          <InputNumber min={0} max={12} precision={0} suffix={t('meetings.rule.times')} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" className="bd-rule-zero">
        {t('meetings.rule.zero')}
      </Typography.Paragraph>
    </Modal>
  );
}
