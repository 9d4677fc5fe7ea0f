import { Card, Space } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { BundleImport } from './BundleImport';
import { HeldData } from './HeldData';
import { LogTable } from './LogTable';
import type { HeldOrganisation, LogEntry } from './types';

interface Props {
  log: Loaded<LogEntry[]>;
  held: Loaded<HeldOrganisation[]>;
  onChanged(): void;
}

/** 接收: a bundle from a level below, read before it is applied; what came in; what we hold of each level, read only. */
export function ReceiveTab({ log, held, onChanged }: Props) {
  const t = useT();
  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      <Card title={t('exchange.receive.title')}>
        <BundleImport testId="import-data" chooseLabel={t('exchange.receive.choose')} hint={t('exchange.receive.intro')} onImported={onChanged} />
      </Card>
      <Card title={t('exchange.receive.logTitle')}>
        <ErrorAlert error={log.error} />
        <LogTable testId="received-log" entries={log.value ?? []} direction="in" loading={log.loading && !log.value} />
      </Card>
      <HeldData held={held} />
    </Space>
  );
}
