import { App, Button, Card, Form, InputNumber, Space } from 'antd';
import { useEffect } from 'react';
import { useAppShell } from '../../app/app-context';
import { useFormIssues } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';

interface Values {
  idleLockMinutes: number;
}

const IDLE_FIELDS = [{ name: 'idleLockMinutes', labelKey: 'settings.idleMinutes' }] as const;

export function IdleLockCard() {
  const t = useT();
  const { message } = App.useApp();
  const { preferences, updatePreferences } = useAppShell();
  const [form] = Form.useForm<Values>();
  const showIssues = useFormIssues();

  useEffect(() => {
    form.setFieldsValue({ idleLockMinutes: preferences.idleLockMinutes });
  }, [form, preferences.idleLockMinutes]);

  const save = async ({ idleLockMinutes }: Values) => {
    const result = await updatePreferences({ idleLockMinutes });
    if (result.ok) void message.success(t('common.saved'));
    else showIssues(form, result.error, [], IDLE_FIELDS);
  };

  return (
    <Card title={t('settings.idle')}>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} requiredMark={false}>
        {/* The inner item owns the value; this one owns the label, tied to the input by its id. */}
        <Form.Item label={t('settings.idleMinutes')} extra={t('settings.idleHelp')} htmlFor="idleLockMinutes">
          <Space.Compact>
            <Form.Item
              name="idleLockMinutes"
              noStyle
              rules={[{ required: true, type: 'integer', min: 1, max: 240, message: t('settings.idleHelp') }]}
            >
              <InputNumber min={1} max={240} precision={0} suffix={t('common.minutes')} className="bd-minutes-input" />
            </Form.Item>
            <Button htmlType="submit">{t('common.save')}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Card>
  );
}
