import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { Committee, FieldIssue } from '../../api/types';
import { useAppShell } from '../../app/app-context';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { MemberPicker } from '../../components/MemberPicker';
import { COMMITTEE_POSTS, type CommitteePost } from '../../data/enums';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssueTargets } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';

interface Values {
  termStart?: string | null;
  termYears?: 3 | 5;
  posts?: { post?: CommitteePost; memberCode?: string | null }[];
  notes?: string;
}

const TERM_FIELDS = [
  { name: 'termStart', labelKey: 'structure.term.start' as const, choice: true },
  { name: 'termYears', labelKey: 'structure.term.years' as const, choice: true },
  { name: 'notes', labelKey: 'structure.term.notes' as const, max: 500 },
];

/** 村/社区 (categories ③ and ⑦) elect every 5 years, other branches every 3 (DOMAIN.md §1.4). */
const FIVE_YEAR_CATEGORIES: ReadonlySet<string> = new Set(['3', '7']);
/** From 7 full members a 支委会 is required: start with the usual four posts. */
const COMMITTEE_FROM = 7;

/** 换届: a new term from its election date, with the posts and who holds them. The old term closes that day. */
export function TermModal({ open, committee, onClose, onSaved }: { open: boolean; committee: Committee; onClose(): void; onSaved(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const { branch } = useAppShell();
  const [form] = Form.useForm<Values>();
  const save = useApiCall('committee.saveTerm');
  const showIssues = useFormIssueTargets();
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);

  useEffect(() => {
    if (!open) return;
    const posts: CommitteePost[] = committee.counts.full >= COMMITTEE_FROM ? ['secretary', 'organisation', 'publicity', 'discipline'] : ['secretary'];
    form.setFieldsValue({
      termStart: dayjs().format('YYYY-MM-DD'),
      termYears: branch?.category && FIVE_YEAR_CATEGORIES.has(branch.category) ? 5 : 3,
      posts: posts.map((post) => ({ post, memberCode: null })),
    });
  }, [open, form, committee.counts.full, branch?.category]);

  const submit = async (v: Values) => {
    setUnmatched([]);
    const result = await save.run({
      termStart: v.termStart ?? '',
      termYears: v.termYears ?? 3,
      posts: (v.posts ?? []).map((p) => ({ post: (p.post ?? '') as CommitteePost, memberCode: p.memberCode ?? '' })),
      ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
    });
    if (result.ok) {
      void message.success(t('structure.term.saved'));
      form.resetFields();
      onSaved();
    } else setUnmatched(showIssues(form, result.error, [{ prefix: [], specs: TERM_FIELDS }]) ?? []);
  };

  return (
    <Modal
      open={open}
      title={committee.term ? t('structure.term.new') : t('structure.term.first')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={680}
    >
      <Typography.Paragraph type="secondary">
        {committee.term ? t('structure.term.newIntro') : t('structure.term.firstIntro')}
      </Typography.Paragraph>
      <ErrorAlert error={save.error} className="bd-form-alert" />
      <IssueList issues={unmatched} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Space size="large" wrap align="start">
          <Form.Item name="termStart" label={t('structure.term.start')} required>
            <DateField />
          </Form.Item>
          <Form.Item name="termYears" label={t('structure.term.years')} required>
            <Radio.Group
              optionType="button"
              options={[3, 5].map((y) => ({ value: y, label: t('structure.term.yearsValue', { years: y }) }))}
            />
          </Form.Item>
        </Space>
        <Typography.Text strong>{t('structure.posts')}</Typography.Text>
        <Form.List name="posts">
          {(fields, { add, remove }) => (
            <div className="bd-post-rows">
              {fields.map((field) => (
                <Space key={field.key} align="baseline" className="bd-post-row" wrap>
                  <Form.Item name={[field.name, 'post']} noStyle>
                    <Select
                      aria-label={t('structure.post')}
                      className="bd-post-select"
                      options={COMMITTEE_POSTS.map((p) => ({ value: p, label: t(`structure.post.${p}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'memberCode']} noStyle>
                    <MemberPicker aria-label={t('structure.post.holder')} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('structure.post.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ post: 'member', memberCode: null })}>
                {t('structure.post.add')}
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="notes" label={t('structure.term.notes')} className="bd-term-notes">
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
