import { Alert, App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { FieldIssue } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatDate } from '../../lib/member-display';
import { showIssuesOnForm, type IssueField, type IssueContext } from './dev-issues';
import { DevIssueBox } from './DevIssueBox';
import { liveRecordsOf, type ApplicantDetail } from './pipeline';

type Outcome = 'full' | 'extend' | 'cancel';

interface Values {
  outcome?: Outcome;
  date?: string | null;
  months?: number | null;
  requestedOn?: string | null;
  approvedOn?: string | null;
  notes?: string;
}

const FIELDS: Record<string, MessageKey> = {
  outcome: 'dev.convert.outcome',
  date: 'dev.convert.date',
  months: 'dev.convert.months',
  requestedOn: 'dev.convert.requestedOn',
  approvedOn: 'dev.convert.approvedOn',
  notes: 'dev.field.notes',
};

/**
 * The 支部大会 on a 预备党员 (step 23): 按期转正, 延长预备期 or 取消预备党员资格, with the
 * 转正申请 (step 22) and the 上级党委审批 (step 24) when known. The backend writes the member
 * event: 转正 is dated on the last day of the 预备期, because 党龄 counts from then.
 */
export function ConvertModal({ person, ctx, onClose, onDone }: { person: ApplicantDetail; ctx: IssueContext; onClose(): void; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const convert = useApiCall('development.convert');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const outcome = Form.useWatch<Outcome | undefined>('outcome', form);
  const rounds = 1 + (person.probation?.extensions.length ?? 0);
  const needsRequest = liveRecordsOf(person, 'conversion-application').length < rounds;

  const fieldOf = (path: readonly (string | number)[]): IssueField | null => {
    const key = path[0];
    return typeof key === 'string' && FIELDS[key] ? { name: [key], label: t(FIELDS[key]) } : null;
  };

  const submit = async (v: Values) => {
    setUnmatched([]);
    const result = await convert.run({
      code: person.code,
      outcome: v.outcome ?? 'full',
      date: v.date ?? '',
      ...(v.outcome === 'extend' && typeof v.months === 'number' ? { months: v.months } : {}),
      ...(v.requestedOn ? { requestedOn: v.requestedOn } : {}),
      ...(v.approvedOn ? { approvedOn: v.approvedOn } : {}),
      notes: v.notes?.trim() || null,
    });
    if (result.ok) {
      const done = result.value;
      if (v.outcome === 'extend') void message.success(t('dev.convert.doneExtend', { name: done.name, months: v.months ?? 0 }));
      else if (v.outcome === 'cancel') void message.success(t('dev.convert.doneCancel', { name: done.name }));
      else void message.success(t('dev.convert.doneFull', { name: done.name, date: formatDate(t, done.fullDate) }));
      onDone();
      return;
    }
    if (result.error.code !== 'INVALID_INPUT' || !result.error.issues) return;
    setUnmatched(showIssuesOnForm(form, t, result.error.issues as FieldIssue[], fieldOf, ctx));
  };

  return (
    <Modal open title={t('dev.convert.title', { name: person.name })} okText={t('dev.convert.submit')} okButtonProps={{ loading: convert.loading }} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden width={640}>
      {person.probation ? (
        <Alert type="info" showIcon className="bd-form-alert" title={t('dev.convert.probation', { start: formatDate(t, person.probation.start), end: formatDate(t, person.probation.end) })} />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ outcome: 'full' }} onFinish={(v) => void submit(v)} className="bd-dev-convert-form">
        <ErrorAlert error={convert.error} className="bd-form-alert" />
        <DevIssueBox lines={unmatched} />
        <Form.Item name="outcome" label={t('dev.convert.outcome')} required>
          <Radio.Group optionType="button" options={(['full', 'extend', 'cancel'] as const).map((o) => ({ value: o, label: t(`dev.outcome.${o}`) }))} />
        </Form.Item>
        {needsRequest ? (
          <Form.Item name="requestedOn" label={t('dev.convert.requestedOn')} extra={t('dev.convert.requestedOnHelp')}>
            <DateField aria-label={t('dev.convert.requestedOn')} />
          </Form.Item>
        ) : null}
        <Form.Item name="date" label={t('dev.convert.date')} required extra={t('dev.convert.dateHelp')}>
          <DateField aria-label={t('dev.convert.date')} />
        </Form.Item>
        {outcome === 'extend' ? (
          <Form.Item name="months" label={t('dev.convert.months')} required extra={t('dev.convert.monthsHelp')}>
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
        ) : null}
        <Form.Item name="approvedOn" label={t('dev.convert.approvedOn')} extra={t('dev.convert.approvedOnHelp')}>
          <DateField aria-label={t('dev.convert.approvedOn')} />
        </Form.Item>
        <Form.Item name="notes" label={t('dev.field.notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
