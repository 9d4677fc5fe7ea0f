import { DownOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useApiCall } from '../../hooks/use-api-call';
import { useNotifyError } from '../../hooks/use-notify-error';
import { useT } from '../../i18n/context';
import { downloadBase64 } from '../../lib/download';
import { periodsOf, type DuesPeriod } from './dues-logic';
import { periodText } from './dues-text';

type PeriodKey = 'month' | 'quarter' | 'year';

/** 打印登记表 and 导出Excel, each for the month on screen, its quarter or its year. */
export function PrintExportMenus({ month, onPrint }: { month: string; onPrint(period: DuesPeriod): void }) {
  const t = useT();
  const { message } = App.useApp();
  const exporter = useApiCall('dues.exportXlsx');
  const notifyError = useNotifyError();
  const periods = periodsOf(month);
  const items = (['month', 'quarter', 'year'] as const).map((k) => ({ key: k, label: periodText(t, periods[k]) }));

  const exportXlsx = async (period: DuesPeriod) => {
    const result = await exporter.run({ period });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    downloadBase64(result.value.fileName, result.value.contentBase64);
    void message.success(t('dues.export.done', { name: result.value.fileName }), 4);
  };

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onPrint(periods[key as PeriodKey]) }}>
        <Button icon={<PrinterOutlined />}>
          {t('dues.print.register')} <DownOutlined />
        </Button>
      </Dropdown>
      <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => void exportXlsx(periods[key as PeriodKey]) }}>
        <Button icon={<FileExcelOutlined />} loading={exporter.loading}>
          {t('dues.export')} <DownOutlined />
        </Button>
      </Dropdown>
    </>
  );
}
