import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import type { Loaded } from '../../hooks/use-load';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { BundleImport } from './BundleImport';
import { DeliveredNotice } from './DeliveredNotice';
import { sendablePeriods } from './exchange-logic';
import { LogTable } from './LogTable';
import { useDeliver } from './use-deliver';
import type { Delivered, Identity, LogEntry } from './types';

interface Props {
  identity: Loaded<Identity>;
  log: Loaded<LogEntry[]>;
  onChanged(): void;
}

/** 报送: the period's report bundle or a full replica to the level above, its cover sheet, and the receipt that comes back. */
export function SendTab({ identity, log, onChanged }: Props) {
  const t = useT();
  const periods = useLoadWith('reports.periods', {});
  const choices = sendablePeriods(periods.value ?? []);
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const chosen = choices.find((c) => c.period === period) ?? choices[0];
  const report = useApiCall('bundles.exportReport');
  const replica = useApiCall('bundles.exportReplica');
  const [delivered, setDelivered] = useState<Delivered | null>(null);
  const { deliver, printCover, preview } = useDeliver();
  const superior = identity.value?.superior;
  const to = superior ? (superior.name ? `${superior.name}（${superior.orgCode}）` : superior.orgCode) : '';

  const done = (d: Delivered) => {
    deliver(d);
    setDelivered(d);
    onChanged();
  };
  const exportReport = async () => {
    if (!chosen) return;
    const result = await report.run({ period: chosen.period, version: chosen.version });
    if (result.ok) done(result.value);
  };
  const exportReplica = async () => {
    const result = await replica.run({});
    if (result.ok) done(result.value);
  };

  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      {identity.value && !superior ? <Alert type="warning" showIcon title={t('exchange.send.notYet')} description={t('exchange.send.notYetNext')} /> : null}
      <Card title={t('exchange.send.title')}>
        <Typography.Paragraph>{superior ? t('exchange.send.intro', { to }) : t('exchange.send.introNoSuperior')}</Typography.Paragraph>
        <ErrorAlert error={periods.error ?? report.error ?? replica.error} />
        {delivered ? <DeliveredNotice delivered={delivered} next={t('exchange.send.deliveredNext', { to })} onPrint={() => printCover(delivered.coverSheet)} /> : null}
        <div className="bd-exchange-send-row">
          <Typography.Title level={5}>{t('exchange.send.report')}</Typography.Title>
          {choices.length === 0 && !periods.loading ? (
            <Empty description={t('exchange.send.noReport')} />
          ) : (
            <Form layout="inline">
              <Form.Item label={t('exchange.send.period')} htmlFor="send-period">
                <Select
                  id="send-period"
                  size="large"
                  className="bd-exchange-period"
                  value={chosen?.period}
                  onChange={setPeriod}
                  options={choices.map((c) => ({ value: c.period, label: t('exchange.send.periodOption', { label: c.label, version: c.version }) }))}
                />
              </Form.Item>
              <Form.Item>
                <Button type="primary" size="large" icon={<ExportOutlined />} disabled={!chosen || !superior} loading={report.loading} onClick={() => void exportReport()}>
                  {t('exchange.send.exportReport')}
                </Button>
              </Form.Item>
            </Form>
          )}
        </div>
        <div className="bd-exchange-send-row">
          <Typography.Title level={5}>{t('exchange.send.replica')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('exchange.send.replicaIntro')}</Typography.Paragraph>
          <Button size="large" icon={<ExportOutlined />} disabled={!superior} loading={replica.loading} onClick={() => void exportReplica()}>
            {t('exchange.send.exportReplica')}
          </Button>
        </div>
      </Card>
      <Card title={t('exchange.send.receiptTitle')}>
        <BundleImport testId="import-receipt" chooseLabel={t('exchange.send.chooseReceipt')} hint={t('exchange.send.receiptIntro')} onImported={onChanged} />
      </Card>
      <Card title={t('exchange.send.logTitle')}>
        <ErrorAlert error={log.error} />
        <LogTable testId="sent-log" entries={log.value ?? []} direction="out" loading={log.loading && !log.value} />
      </Card>
      {preview}
    </Space>
  );
}
