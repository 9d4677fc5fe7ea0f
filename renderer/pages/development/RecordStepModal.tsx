import { App, Col, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import type { FieldIssue } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MemberPicker } from '../../components/MemberPicker';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { showIssuesOnForm, violationLine, type IssueContext } from './dev-issues';
import { DevIssueBox } from './DevIssueBox';
import { peopleInput, THOUGHT_REPORT, type ApplicantDetail, type RepeatKind, type StepDef } from './pipeline';
import { extraFieldsOf, recordIssueField, VOTE_KEYS } from './step-text';

interface Values {
  date?: string | null;
  members?: (string | null)[];
  names?: string;
  days?: number | null;
  hours?: number | null;
  noticeFrom?: string | null;
  workingDays?: number | null;
  notes?: string;
  [vote: string]: unknown;
}

interface Props {
  code: string;
  /** The step to record, and for a repeatable one which kind of record (考察 or 思想汇报). Mounted per target (keyed), so each opens blank. */
  target: { step: StepDef; kind: RepeatKind };
  ctx: IssueContext;
  onClose(): void;
  onRecorded(detail: ApplicantDetail): void;
}

/** Puts the form's data fields into the record's flat data (blank ones left out). */
function dataOf(step: StepDef, kind: RepeatKind, v: Values): Record<string, string | number> | undefined {
  const out: Record<string, string | number> = {};
  const put = (key: string, value: unknown) => {
    if (typeof value === 'number' || (typeof value === 'string' && value !== '')) out[key] = value;
  };
  if (step.repeatable && kind === THOUGHT_REPORT) out.kind = THOUGHT_REPORT;
  const extra = extraFieldsOf(step);
  if (extra === 'training') ['days', 'hours'].forEach((k) => put(k, v[k]));
  if (extra === 'notice') ['noticeFrom', 'workingDays'].forEach((k) => put(k, v[k]));
  if (extra === 'votes') VOTE_KEYS.forEach((k) => put(k, v[k]));
  return Object.keys(out).length ? out : undefined;
}

/**
 * Records one step: its date, the people it names, its own data and notes. The backend checks
 * every time rule; a date that breaks one is refused and the rule and article appear under the
 * field, with nothing saved. Rules that only warn save the record and say so.
 */
export function RecordStepModal({ code, target, ctx, onClose, onRecorded }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useApiCall('development.recordStep');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { step, kind } = target;
  const people = step.people;

  const submit = async (v: Values) => {
    setUnmatched([]);
    const { people: list, slotOf } = peopleInput({ members: v.members ?? [], names: v.names ?? null });
    const data = dataOf(step, kind, v);
    const result = await record.run({
      code,
      step: step.key,
      date: v.date ?? '',
      ...(list.length ? { people: list } : {}),
      ...(data ? { data } : {}),
      notes: v.notes?.trim() || null,
    });
    if (result.ok) {
      const { warnings, ...detail } = result.value;
      void message.success(t('dev.record.done', { step: step.name, name: detail.name }));
      if (warnings.length) {
        modal.warning({ title: t('dev.record.warningsTitle'), content: (
            <ul className="bd-issue-list">
              {warnings.map((w) => (
                <li key={w.message}>{violationLine(t, w, ctx)}</li>
              ))}
            </ul>
          ) });
      }
      onRecorded(detail);
      return;
    }
    if (result.error.code !== 'INVALID_INPUT' || !result.error.issues) return;
    setUnmatched(showIssuesOnForm(form, t, result.error.issues as FieldIssue[], (path) => recordIssueField(t, path, step, slotOf), ctx));
  };

  const title = step.repeatable
    ? t(kind === THOUGHT_REPORT ? 'dev.record.titleReport' : 'dev.record.titleReview', { number: step.number, step: step.name })
    : t('dev.record.title', { number: step.number, step: step.name });
  const extra = extraFieldsOf(step);

  return (
    <Modal
      open
      title={title}
      okText={t('dev.record.submit')}
      okButtonProps={{ loading: record.loading }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={680}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} className="bd-dev-record-form">
        <ErrorAlert error={record.error} className="bd-form-alert" />
        <DevIssueBox lines={unmatched} />
        <Form.Item name="date" label={t('dev.field.date')} required extra={t('dev.field.dateHelp')}>
          <DateField aria-label={t('dev.field.date')} />
        </Form.Item>
        {people ? (
          <>
            <Typography.Paragraph type="secondary">
              {people.fullMember
                ? t('dev.people.fullMemberHelp', { label: people.label, count: people.min === people.max ? t('dev.people.exactly', { n: people.min }) : t('dev.people.range', { min: people.min, max: people.max }) })
                : t('dev.people.help', { label: people.label })}
            </Typography.Paragraph>
            <Row gutter={16}>
              {Array.from({ length: people.fullMember ? people.max : 1 }, (_, slot) => (
                <Col key={slot} xs={24} md={12}>
                  <Form.Item name={['members', slot]} label={t('dev.people.slot', { label: people.label, n: slot + 1 })} required={people.fullMember && slot < people.min}>
                    <MemberPicker aria-label={t('dev.people.slot', { label: people.label, n: slot + 1 })} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            {people.fullMember ? null : (
              <Form.Item name="names" label={t('dev.people.names', { label: people.label })} extra={t('dev.people.namesHelp')}>
                <Input maxLength={120} />
              </Form.Item>
            )}
          </>
        ) : null}
        {extra === 'training' ? (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="days" label={t('dev.field.days')}>
                <InputNumber min={0} max={365} className="bd-full-width" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="hours" label={t('dev.field.hours')}>
                <InputNumber min={0} max={5000} className="bd-full-width" />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {extra === 'notice' ? (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="noticeFrom" label={t('dev.field.noticeFrom')} extra={t('dev.field.noticeFromHelp')}>
                <DateField aria-label={t('dev.field.noticeFrom')} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="workingDays" label={t('dev.field.workingDays')} extra={t('dev.field.workingDaysHelp')}>
                <InputNumber min={1} max={30} precision={0} className="bd-full-width" />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {extra === 'votes' ? (
          <>
            <Typography.Paragraph type="secondary">{t('dev.field.votesHelp')}</Typography.Paragraph>
            <Row gutter={12}>
              {VOTE_KEYS.map((k) => (
                <Col key={k} xs={12} md={8}>
                  <Form.Item name={k} label={t(`dev.field.vote.${k}`)}>
                    <InputNumber min={0} max={100000} precision={0} className="bd-full-width" />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </>
        ) : null}
        <Form.Item name="notes" label={t('dev.field.notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
