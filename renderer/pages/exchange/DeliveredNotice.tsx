import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useT } from '../../i18n/context';
import type { Delivered } from './types';

/**
 * After an export: which file was saved, what to do with it, and the cover sheet to print for
 * it. `next` says where the file goes in this step's words.
 */
export function DeliveredNotice({ delivered, next, onPrint }: { delivered: Delivered; next: string; onPrint(): void }) {
  const t = useT();
  return (
    <Alert
      type="success"
      showIcon
      className="bd-exchange-gap"
      data-testid="delivered"
      title={t('exchange.delivered', { file: delivered.fileName, kind: t(`exchange.kind.${delivered.kind}`) })}
      description={next}
      action={
        <Button size="large" icon={<PrinterOutlined />} onClick={onPrint}>
          {t('exchange.printCover')}
        </Button>
      }
    />
  );
}
