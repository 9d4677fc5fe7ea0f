import { Alert, App, Button, Col, Drawer, Form, Input, Row, Select, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { FieldIssue, MemberRecord, PartyGroup } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { ADDITION_KINDS } from '../../data/enums';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssueTargets } from '../../hooks/use-form-issues';
import { useIdAutoFill } from '../../hooks/use-id-auto-fill';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import {
  ADDITION_FIELDS,
  draftToAddition,
  draftToFields,
  MEMBER_FIELDS,
  memberToDraft,
  type AdditionDraft,
  type MemberDraft,
} from '../../lib/member-fields';
import { MemberFormFields } from './MemberFormFields';

export type MemberFormMode = { kind: 'add' } | { kind: 'edit'; code: string; focusField?: string };

interface Props {
  mode: MemberFormMode | null;
  groups: readonly PartyGroup[];
  onClose(): void;
  onSaved(member: MemberRecord): void;
}

type Values = MemberDraft & { addition?: AdditionDraft; reason?: string };

const today = () => dayjs().format('YYYY-MM-DD');

const ISSUE_TARGETS = [
  { prefix: ['fields'], specs: MEMBER_FIELDS },
  { prefix: ['addition'], specs: ADDITION_FIELDS, formPath: ['addition'] },
];

/**
 * Adding and correcting a member, in a wide drawer so the roster stays where it was. Nothing
 * is saved unless the backend accepts the whole record; its problems come back under each
 * field. An edit carries the version it was opened at: if someone saved in between, the
 * backend answers CONFLICT and the form offers to reload.
 */
export function MemberFormDrawer({ mode, groups, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editCode = mode?.kind === 'edit' ? mode.code : null;
  const loaded = useLoadWith('members.get', editCode ? { code: editCode } : null);
  const create = useApiCall('members.create');
  const update = useApiCall('members.update');
  const showIssues = useFormIssueTargets();
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);
  const [conflict, setConflict] = useState(false);
  const { onValuesChange, reset: resetIdFill } = useIdAutoFill(form);
  const alertRef = useRef<HTMLDivElement | null>(null);
  const record = editCode && loaded.value?.code === editCode ? loaded.value : null;

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    resetIdFill();
    if (mode.kind === 'add') form.setFieldsValue({ lostContact: false, mobileMember: false, addition: { kind: 'import', date: today() } });
  }, [mode, form, resetIdFill]);

  useEffect(() => {
    if (!record) return;
    form.resetFields();
    form.setFieldsValue(memberToDraft(record));
    const focus = mode?.kind === 'edit' ? mode.focusField : undefined;
    if (focus) window.setTimeout(() => form.scrollToField(focus, { block: 'center', focus: true }), 50);
  }, [record, form, mode]);

  const submit = async (values: Values) => {
    setUnmatched([]);
    setConflict(false);
    const fields = draftToFields(values);
    const result = record
      ? await update.run({ code: record.code, version: record.version, fields, reason: values.reason?.trim() || null })
      : await create.run({ fields, addition: draftToAddition(values.addition ?? {}) });
    if (result.ok) {
      void message.success(t(record ? 'member.form.updated' : 'member.form.created', { name: result.value.name }));
      onSaved(result.value);
      return;
    }
    if (result.error.code === 'CONFLICT') setConflict(true);
    const leftOver = showIssues(form, result.error, ISSUE_TARGETS);
    setUnmatched(leftOver ?? []);
    // A problem under a field scrolls to that field; any other sits at the top of a long form,
    // far from the Save button that was just pressed, so bring it into view.
    if (leftOver === null || leftOver.length === (result.error.issues?.length ?? 0)) {
      window.requestAnimationFrame(() => alertRef.current?.scrollIntoView({ block: 'start' }));
    }
  };

  const call = record ? update : create;
  const additionKind = Form.useWatch<AdditionDraft['kind']>(['addition', 'kind'], form);
  const title = mode?.kind === 'edit' ? t('member.form.editTitle', { name: record?.name ?? '' }) : t('member.form.addTitle');

  return (
    <Drawer
      open={mode !== null}
      onClose={onClose}
      title={title}
      size={920}
      destroyOnHidden
      footer={
        <Space className="bd-drawer-footer">
          <Button type="primary" size="large" onClick={() => form.submit()} loading={call.loading} disabled={!!editCode && !record}>
            {t('common.save')}
          </Button>
          <Button size="large" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Space>
      }
    >
      {editCode && !record ? <Skeleton active loading={loaded.loading} paragraph={{ rows: 12 }} /> : null}
      <ErrorAlert error={loaded.error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={onValuesChange} hidden={!!editCode && !record} className="bd-member-form">
        <div ref={alertRef} className="bd-scroll-anchor" />
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            className="bd-form-alert"
            title={t('member.form.conflict')}
            description={t('member.form.conflictNext')}
            action={
              <Button onClick={() => { setConflict(false); update.setError(null); loaded.reload(); }}>
                {t('member.form.reload')}
              </Button>
            }
          />
        ) : (
          <ErrorAlert error={call.error} className="bd-form-alert" />
        )}
        <IssueList issues={unmatched} />
        <MemberFormFields groups={groups} />
        {record ? (
          <section className="bd-form-section">
            <Form.Item name="reason" label={t('member.form.reason')} extra={t('member.form.reasonHelp')}>
              <Input maxLength={200} />
            </Form.Item>
          </section>
        ) : (
          <section className="bd-form-section" aria-labelledby="member-section-addition">
            <Typography.Title level={4} id="member-section-addition" className="bd-form-section-title">
              {t('member.section.addition')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('member.addition.help')}</Typography.Paragraph>
            <Row gutter={20}>
              <Col xs={24} md={12}>
                <Form.Item name={['addition', 'kind']} label={t('member.addition.kind')} required>
                  <Select options={ADDITION_KINDS.map((k) => ({ value: k, label: t(`member.addition.kind.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['addition', 'date']} label={t('member.addition.date')} required extra={additionKind === 'develop' ? t('member.addition.developHelp') : undefined}>
                  <DateField />
                </Form.Item>
              </Col>
              {additionKind === 'transfer-in' ? (
                <>
                  <Col xs={24} md={12}>
                    <Form.Item name={['addition', 'fromOrg']} label={t('member.addition.fromOrg')}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={['addition', 'letterNumber']} label={t('member.addition.letterNumber')}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                </>
              ) : null}
            </Row>
          </section>
        )}
      </Form>
    </Drawer>
  );
}
