import { App, Button, Drawer, Form, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { FieldIssue } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useIdAutoFill } from '../../hooks/use-id-auto-fill';
import { useT } from '../../i18n/context';
import { MEMBER_FIELDS, type MemberDraft } from '../../lib/member-fields';
import { MemberFormFields } from '../members/MemberFormFields';
import { showIssuesOnForm, type IssueField } from './dev-issues';
import { DevIssueBox } from './DevIssueBox';
import { APPLICANT_FIELD_NAMES, applicantFieldsOf, type ApplicantDetail } from './pipeline';

type Values = MemberDraft & { applicationDate?: string | null; reason?: string };

/** Mounted while open (so each opening starts blank). */
interface Props {
  /** Given: correct this person's fields; absent: add a new 入党申请人. */
  person?: ApplicantDetail | null;
  onClose(): void;
  onSaved(person: ApplicantDetail): void;
}

/**
 * 新增入党申请人 (with the date the application was received: step 1) and the correction of a
 * person's own fields. The backend checks everything, the age rule (细则第五条) included; its
 * problems come back under each field and nothing is saved.
 */
export function ApplicantFormDrawer({ person, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiCall('development.create');
  const update = useApiCall('development.update');
  const idAutoFill = useIdAutoFill(form);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const call = person ? update : create;

  const initialValues = useMemo(() => {
    const draft: Values = {};
    if (person) for (const name of APPLICANT_FIELD_NAMES) if (person[name] !== null && person[name] !== '') draft[name] = person[name];
    return draft;
  }, [person]);

  const fieldOf = useMemo(() => {
    const labels = new Map(MEMBER_FIELDS.map((f) => [f.name as string, t(f.labelKey)]));
    return (path: readonly (string | number)[]): IssueField | null => {
      if (path[0] === 'applicationDate') return { name: ['applicationDate'], label: t('dev.field.applicationDate') };
      const name = path[0] === 'fields' ? path[1] : undefined;
      return typeof name === 'string' && labels.has(name) ? { name: [name], label: labels.get(name)! } : null;
    };
  }, [t]);

  const submit = async (values: Values) => {
    setUnmatched([]);
    const fields = applicantFieldsOf(values);
    const result = person
      ? await update.run({ code: person.code, version: person.version, fields, reason: values.reason?.trim() || null })
      : await create.run({ fields, applicationDate: values.applicationDate ?? '' });
    if (result.ok) {
      void message.success(t(person ? 'dev.form.updated' : 'dev.form.created', { name: result.value.name }));
      onSaved(result.value);
      return;
    }
    if (result.error.code !== 'INVALID_INPUT' || !result.error.issues) return;
    setUnmatched(showIssuesOnForm(form, t, result.error.issues as FieldIssue[], fieldOf));
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={920}
      destroyOnHidden
      title={person ? t('dev.form.editTitle', { name: person.name }) : t('dev.form.addTitle')}
      footer={
        <Space className="bd-drawer-footer">
          <Button type="primary" size="large" onClick={() => form.submit()} loading={call.loading}>
            {t('common.save')}
          </Button>
          <Button size="large" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)} onValuesChange={idAutoFill.onValuesChange} className="bd-dev-form">
        <ErrorAlert error={call.error} className="bd-form-alert" />
        <DevIssueBox lines={unmatched} />
        {person ? null : (
          <section className="bd-form-section">
            <Typography.Paragraph type="secondary">{t('dev.form.intro')}</Typography.Paragraph>
            <Form.Item name="applicationDate" label={t('dev.field.applicationDate')} required extra={t('dev.field.applicationDateHelp')}>
              <DateField />
            </Form.Item>
          </section>
        )}
        <MemberFormFields groups={[]} only={APPLICANT_FIELD_NAMES} />
        {person ? (
          <Form.Item name="reason" label={t('member.form.reason')} extra={t('dev.form.reasonHelp')}>
            <Input maxLength={200} />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
