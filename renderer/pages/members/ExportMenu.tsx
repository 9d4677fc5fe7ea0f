import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useApiCall } from '../../hooks/use-api-call';
import { useNotifyError } from '../../hooks/use-notify-error';
import { useT } from '../../i18n/context';
import { downloadBase64 } from '../../lib/download';

type Layout = 'roster' | 'collection-form';

/** 导出Excel: the roster as a list, or in the national 采集表 layout, for whoever asked for it. */
export function ExportMenu({ membership }: { membership: 'active' | 'left' | 'all' }) {
  const t = useT();
  const { message } = App.useApp();
  const exporter = useApiCall('members.export');
  const notifyError = useNotifyError();

  const run = async (layout: Layout) => {
    const result = await exporter.run({ layout, membership });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    downloadBase64(result.value.fileName, result.value.contentBase64);
    void message.success(t('roster.export.done', { name: result.value.fileName }), 6);
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'roster', label: t('roster.export.roster') },
          { key: 'collection-form', label: t('roster.export.collectionForm') },
        ],
        onClick: ({ key }) => void run(key as Layout),
      }}
    >
      <Button icon={<FileExcelOutlined />} loading={exporter.loading}>
        {t('roster.export')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
