import { CheckCircleOutlined, DownloadOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Space, Spin, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { readFileAsBase64 } from '../../lib/import-file';
import { bundleFileRefusal } from './exchange-logic';
import { ImportSummaryView } from './ImportSummaryView';
import { useDeliver } from './use-deliver';
import type { Delivered, ImportSummary } from './types';

interface Chosen {
  fileName: string;
  contentBase64: string;
}

interface Props {
  /** What to choose, in the words of this step ("选择上级的授权书文件"). */
  chooseLabel: string;
  hint?: ReactNode;
  testId: string;
  /** After anything was imported: the page reloads what it shows. */
  onImported(summary: ImportSummary): void;
}

/**
 * Import of any bundle, in the order of DESIGN.md: choose the file → the backend verifies it and
 * answers with the dry run (nothing written) → the secretary reads it and confirms → import →
 * the receipt (回执) to carry back. A refusal at any step says what and what to do, and that
 * nothing was written.
 */
export function BundleImport({ chooseLabel, hint, testId, onImported }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [done, setDone] = useState<{ summary: ImportSummary; receipt: Delivered | null } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const dryRun = useApiCall('bundles.dryRun');
  const importer = useApiCall('bundles.import');
  const { deliver, printCover, preview } = useDeliver();

  const restart = () => {
    setChosen(null);
    setSummary(null);
    setDone(null);
    setReadError(null);
    dryRun.setError(null);
    importer.setError(null);
  };

  const choose = async (file: File) => {
    restart();
    const refusal = bundleFileRefusal(file);
    if (refusal) {
      setReadError(refusal.code === 'empty' ? t('exchange.import.emptyFile') : t('exchange.import.tooLarge', { size: refusal.sizeMb }));
      return;
    }
    setReading(true);
    try {
      const picked = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
      setChosen(picked);
      const result = await dryRun.run({ contentBase64: picked.contentBase64 });
      if (result.ok) setSummary(result.value);
    } catch {
      setReadError(t('exchange.import.unreadable'));
    } finally {
      setReading(false);
    }
  };

  const apply = async () => {
    if (!chosen) return;
    const result = await importer.run({ contentBase64: chosen.contentBase64, confirm: true });
    if (!result.ok) return;
    setDone(result.value);
    setSummary(null);
    onImported(result.value.summary);
  };

  const refusal = dryRun.error ?? importer.error;
  const picker = (
    <Upload
      showUploadList={false}
      multiple={false}
      beforeUpload={(file) => {
        void choose(file);
        // Nothing is uploaded anywhere: the file is read here and sent to our own backend.
        return Upload.LIST_IGNORE;
      }}
    >
      <Button size="large" icon={<UploadOutlined />} type={chosen ? 'default' : 'primary'}>
        {chosen ? t('exchange.import.chooseAnother') : chooseLabel}
      </Button>
    </Upload>
  );

  return (
    <div className="bd-exchange-import" data-testid={testId}>
      {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
      <Space wrap>{picker}</Space>
      {chosen ? (
        <Typography.Paragraph className="bd-exchange-file">
          {t('exchange.import.file')}：<strong>{chosen.fileName}</strong>
        </Typography.Paragraph>
      ) : null}
      <Spin spinning={reading || dryRun.loading || importer.loading} description={t('exchange.import.checking')}>
        {readError ? <Alert type="error" showIcon title={readError} description={t('exchange.import.nothingWritten')} /> : null}
        {refusal ? (
          <div data-testid="import-refusal">
            <ErrorAlert error={refusal} />
            <Typography.Paragraph strong className="bd-exchange-nothing">
              {t('exchange.import.nothingWritten')}
            </Typography.Paragraph>
          </div>
        ) : null}
        {summary ? <SummaryStep summary={summary} busy={importer.loading} onApply={() => void apply()} onCancel={restart} /> : null}
        {done ? (
          <Result
            status="success"
            icon={<CheckCircleOutlined />}
            title={t('exchange.import.done', { kind: t(`exchange.kind.${done.summary.kind}`), sender: done.summary.senderName ?? done.summary.sender })}
            subTitle={done.receipt ? t('exchange.import.receiptHint', { sender: done.summary.senderName ?? done.summary.sender }) : undefined}
            extra={
              done.receipt ? (
                <Space wrap>
                  <Button type="primary" size="large" icon={<DownloadOutlined />} onClick={() => deliver(done.receipt!)}>
                    {t('exchange.import.downloadReceipt')}
                  </Button>
                  <Button size="large" icon={<PrinterOutlined />} onClick={() => printCover(done.receipt!.coverSheet)}>
                    {t('exchange.import.printReceipt')}
                  </Button>
                </Space>
              ) : null
            }
          >
            <ImportSummaryView summary={done.summary} />
          </Result>
        ) : null}
      </Spin>
      {preview}
    </div>
  );
}

function SummaryStep({ summary, busy, onApply, onCancel }: { summary: ImportSummary; busy: boolean; onApply(): void; onCancel(): void }) {
  const t = useT();
  const rejected = summary.counts.rejected ?? 0;
  return (
    <div className="bd-exchange-step">
      {summary.status === 'replayed' ? (
        <Alert
          type="info"
          showIcon
          data-testid="import-replayed"
          title={t('exchange.import.replayed', { at: summary.importedAt ? dayjs(summary.importedAt).format(t('format.dateTime')) : '' })}
          description={t('exchange.import.replayedNext')}
        />
      ) : summary.status === 'blocked' ? (
        <Alert type="warning" showIcon title={t('exchange.import.blocked', { count: rejected })} description={t('exchange.import.blockedNext')} />
      ) : (
        <Alert type="success" showIcon title={t('exchange.import.ready')} description={t('exchange.import.readyNext')} />
      )}
      <ImportSummaryView summary={summary} />
      <Space wrap className="bd-exchange-actions">
        {summary.status === 'ready' ? (
          <Button type="primary" size="large" onClick={onApply} loading={busy}>
            {t('exchange.import.apply')}
          </Button>
        ) : null}
        <Button size="large" onClick={onCancel}>
          {summary.status === 'ready' ? t('exchange.import.cancel') : t('exchange.import.close')}
        </Button>
      </Space>
    </div>
  );
}
