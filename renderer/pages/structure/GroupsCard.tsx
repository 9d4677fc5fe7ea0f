import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PartyGroup } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MemberPicker } from '../../components/MemberPicker';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssues } from '../../hooks/use-form-issues';
import { useLoad } from '../../hooks/use-load';
import { useT } from '../../i18n/context';

const GROUP_FIELDS = [
  { name: 'name', labelKey: 'structure.group.name' as const, max: 40 },
  { name: 'leaderCode', labelKey: 'structure.group.leader' as const, choice: true },
];

/** 党小组: list, add, rename, and choose the 组长 from the roster. */
export function GroupsCard({ onChanged }: { onChanged(): void }) {
  const t = useT();
  const groups = useLoad('groups.list');
  const [editing, setEditing] = useState<PartyGroup | 'new' | null>(null);
  return (
    <Card
      title={t('structure.groups')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('structure.group.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('structure.groups.intro')}</Typography.Paragraph>
      <ErrorAlert error={groups.error} />
      <Table<PartyGroup>
        rowKey="code"
        size="middle"
        loading={groups.loading}
        dataSource={groups.value ?? []}
        pagination={false}
        locale={{ emptyText: t('structure.groups.empty') }}
        columns={[
          { key: 'name', title: t('structure.group.name'), dataIndex: 'name' },
          { key: 'leader', title: t('structure.group.leader'), render: (_v, g) => g.leaderName ?? '—' },
          { key: 'count', title: t('structure.group.count'), render: (_v, g) => t('structure.group.countValue', { count: g.memberCount }) },
          {
            key: 'actions',
            title: t('structure.actions'),
            render: (_v, g) => (
              <Button size="small" onClick={() => setEditing(g)}>
                {t('structure.group.edit')}
              </Button>
            ),
          },
        ]}
      />
      <GroupModal
        group={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          groups.reload();
          onChanged();
        }}
      />
    </Card>
  );
}

interface GroupValues {
  name?: string;
  leaderCode?: string | null;
}

function GroupModal({ group, onClose, onSaved }: { group: PartyGroup | 'new' | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<GroupValues>();
  const save = useApiCall('groups.save');
  const showIssues = useFormIssues();
  const existing = group && group !== 'new' ? group : null;

  useEffect(() => {
    if (group === null) return;
    form.resetFields();
    if (existing) form.setFieldsValue({ name: existing.name, leaderCode: existing.leaderCode });
  }, [group, existing, form]);

  const submit = async (v: GroupValues) => {
    const result = await save.run({ ...(existing ? { code: existing.code } : {}), name: v.name ?? '', leaderCode: v.leaderCode ?? null });
    if (result.ok) {
      void message.success(t('structure.group.saved', { name: result.value.name }));
      onSaved();
    } else showIssues(form, result.error, [], GROUP_FIELDS);
  };

  return (
    <Modal
      open={group !== null}
      title={existing ? t('structure.group.editTitle', { name: existing.name }) : t('structure.group.add')}
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
      <ErrorAlert error={save.error} className="bd-form-alert" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label={t('structure.group.name')} required>
          <Input maxLength={40} autoFocus placeholder={t('structure.group.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="leaderCode" label={t('structure.group.leader')}>
          <MemberPicker currentName={existing?.leaderName ?? null} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
