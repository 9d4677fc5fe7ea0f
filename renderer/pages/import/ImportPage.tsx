import { DownloadOutlined, InboxOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Result, Space, Spin, Steps, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { UiError } from '../../api/types';
import { useNavigate } from '../../app/navigation';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { downloadBase64 } from '../../lib/download';
import { fileRefusal, IMPORT_ACCEPT, MAX_IMPORT_BYTES, readFileAsBase64, withOverride, type ImportFieldChoice, type ImportSource, type MappingOverride } from '../../lib/import-file';
import { memberFieldLabelKey } from '../../lib/member-fields';
import { ImportProblemsSheet } from '../../print/ImportProblemsSheet';
import { PrintPreview } from '../../print/PrintPreview';
import { ImportPreviewPanel, type ImportPreview } from './ImportPreviewPanel';
import { ImportProblem } from './ImportProblem';

interface Chosen {
  fileName: string;
  contentBase64: string;
}

interface Options {
  sheet?: string;
  headerRow?: number;
  mapping: MappingOverride[];
}

/**
 * 从Excel导入: choose the file → preview (nothing is written; the mapping can be corrected) →
 * import the rows marked 将导入, all at once or none → the result, with the skipped rows to
 * download or print. Every call sends the file again: the backend keeps nothing between them.
 */
export function ImportPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [options, setOptions] = useState<Options>({ mapping: [] });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [printing, setPrinting] = useState(false);
  const previewCall = useApiCall('members.importPreview');
  const applyCall = useApiCall('members.importApply');
  const sheetCall = useApiCall('members.importErrorsSheet');

  const sourceOf = (file: Chosen, o: Options): ImportSource => ({
    ...file,
    ...(o.sheet ? { sheet: o.sheet } : {}),
    ...(o.headerRow ? { headerRow: o.headerRow } : {}),
    ...(o.mapping.length ? { mapping: o.mapping } : {}),
  });

  const runPreview = async (file: Chosen, next: Options) => {
    setOptions(next);
    const result = await previewCall.run(sourceOf(file, next));
    if (result.ok) setPreview(result.value);
  };

  const choose = async (file: File) => {
    setReadError(null);
    setPreview(null);
    setImported(null);
    previewCall.setError(null);
    const refusal = fileRefusal(file);
    if (refusal) {
      setReadError(t(`import.refused.${refusal.code}`, { size: refusal.sizeMb, max: MAX_IMPORT_BYTES / 1024 / 1024 }));
      return;
    }
    setReading(true);
    try {
      const picked = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
      setChosen(picked);
      await runPreview(picked, { mapping: [] });
    } catch {
      setReadError(t('import.refused.unreadable'));
    } finally {
      setReading(false);
    }
  };

  const apply = async () => {
    if (!chosen || !preview) return;
    const result = await applyCall.run({ ...sourceOf(chosen, options), expectedCount: preview.counts.import });
    if (result.ok) {
      setImported(result.value.imported);
      void message.success(t('import.done', { count: result.value.imported }));
    }
  };

  const downloadProblems = async () => {
    if (!chosen) return;
    const result = await sheetCall.run(sourceOf(chosen, options));
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64);
  };

  const restart = () => {
    setChosen(null);
    setPreview(null);
    setImported(null);
    setOptions({ mapping: [] });
    previewCall.setError(null);
    applyCall.setError(null);
  };

  const fieldLabel = (field: string) => {
    const key = memberFieldLabelKey(field);
    return key ? t(key) : field;
  };
  const error: UiError | null = previewCall.error ?? applyCall.error ?? sheetCall.error;
  const step = imported !== null ? 2 : preview ? 1 : 0;
  const skipped = preview?.rows.filter((r) => r.status === 'skip') ?? [];

  const problemsActions = skipped.length > 0 ? (
    <Space wrap>
      <Button icon={<DownloadOutlined />} onClick={() => void downloadProblems()} loading={sheetCall.loading}>
        {t('import.downloadProblems')}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
        {t('import.printProblems')}
      </Button>
    </Space>
  ) : null;

  return (
    <Space orientation="vertical" size="large" className="bd-page bd-page-wide">
      <Typography.Title level={2} className="bd-page-title">
        {t('import.title')}
      </Typography.Title>
      <Steps current={step} items={[{ title: t('import.step.choose') }, { title: t('import.step.preview') }, { title: t('import.step.done') }]} />
      {readError ? <Alert type="error" showIcon title={readError} description={t('import.refused.next')} className="bd-form-alert" /> : null}
      <ImportProblem error={error} fieldLabel={fieldLabel} />

      {step === 0 ? (
        <Card>
          <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
          <Spin spinning={reading || previewCall.loading} description={t('import.reading')}>
            <Upload.Dragger
              accept={IMPORT_ACCEPT}
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                void choose(file);
                // Nothing is uploaded anywhere: the file is read here and sent to our own backend.
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.choose')}</p>
              <p className="ant-upload-hint">{t('import.chooseHint', { max: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
            </Upload.Dragger>
          </Spin>
        </Card>
      ) : null}

      {step === 1 && chosen && preview ? (
        <>
          <Card>
            <div className="bd-import-bar">
              <Typography.Text>
                {t('import.file')}：<strong>{chosen.fileName}</strong>
              </Typography.Text>
              <Space wrap>
                <Button icon={<UploadOutlined />} onClick={restart}>
                  {t('import.chooseAgain')}
                </Button>
                {problemsActions}
                <Button type="primary" size="large" onClick={() => void apply()} loading={applyCall.loading} disabled={preview.counts.import === 0 || previewCall.loading}>
                  {t('import.apply', { count: preview.counts.import })}
                </Button>
              </Space>
            </div>
          </Card>
          <ImportPreviewPanel
            preview={preview}
            overrides={options.mapping}
            busy={previewCall.loading}
            onSheet={(sheet) => void runPreview(chosen, { sheet, mapping: [] })}
            onHeaderRow={(headerRow) => void runPreview(chosen, { ...options, headerRow, mapping: [] })}
            onMapping={(column: number, field: ImportFieldChoice) => void runPreview(chosen, { ...options, mapping: withOverride(options.mapping, column, field) })}
          />
        </>
      ) : null}

      {step === 2 ? (
        <Card>
          <Result
            status="success"
            title={t('import.done', { count: imported ?? 0 })}
            subTitle={skipped.length ? t('import.doneSkipped', { count: skipped.length }) : undefined}
            extra={
              <Space wrap className="bd-result-actions">
                <Button type="primary" size="large" onClick={() => navigate('members')}>
                  {t('import.backToRoster')}
                </Button>
                {problemsActions}
                <Button onClick={restart}>{t('import.another')}</Button>
              </Space>
            }
          />
        </Card>
      ) : null}

      {printing && chosen ? (
        <PrintPreview title={t('print.problems.title')} onClose={() => setPrinting(false)}>
          <ImportProblemsSheet fileName={chosen.fileName} date={dayjs().format('YYYY-MM-DD')} rows={skipped} />
        </PrintPreview>
      ) : null}
    </Space>
  );
}
