import { App, Button, Card, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { BackupInfo } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useLoad } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatBytes } from '../../lib/format';

const REASONS = new Set(['manual', 'on-close', 'before-migration', 'before-import', 'before-restore']);

export function BackupsCard() {
  const t = useT();
  const { message } = App.useApp();
  const list = useLoad('backup.list');
  const create = useApiCall('backup.create');
  const verify = useApiCall('backup.verify');
  const [verifying, setVerifying] = useState<string | null>(null);

  const createNow = async () => {
    const result = await create.run({});
    if (result.ok) {
      void message.success(t('settings.backups.created', { name: result.value.name }));
      list.reload();
    }
  };

  const verifyOne = async (name: string) => {
    setVerifying(name);
    const result = await verify.run({ name });
    setVerifying(null);
    if (result.ok) void message.success(t('settings.backups.verified', { name, version: result.value.schemaVersion }), 6);
  };

  const reasonLabel = (reason: string) =>
    t((REASONS.has(reason) ? `backup.reason.${reason}` : 'backup.reason.unknown') as MessageKey);

  return (
    <Card
      title={t('settings.backups')}
      extra={
        <Button type="primary" onClick={() => void createNow()} loading={create.loading}>
          {t('settings.backups.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.backups.intro')}</Typography.Paragraph>
      <ErrorAlert error={create.error ?? verify.error ?? list.error} className="bd-form-alert" />
      <Table<BackupInfo>
        rowKey="name"
        size="small"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        loading={list.loading}
        dataSource={list.value ?? []}
        locale={{ emptyText: t('settings.backups.empty') }}
        columns={[
          {
            key: 'createdAt',
            title: t('settings.backups.createdAt'),
            render: (_v, b) => dayjs(b.createdAt).format(t('format.dateTime')),
          },
          { key: 'reason', title: t('settings.backups.reason'), render: (_v, b) => reasonLabel(b.reason) },
          { key: 'bytes', title: t('settings.backups.size'), render: (_v, b) => formatBytes(b.bytes) },
          {
            key: 'actions',
            title: t('settings.backups.actions'),
            render: (_v, b) => (
              <Button size="small" onClick={() => void verifyOne(b.name)} loading={verifying === b.name}>
                {t('settings.backups.verify')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
