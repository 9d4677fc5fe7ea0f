import { ArrowLeftOutlined, FileExcelOutlined, LockOutlined, PrinterOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Badge, Button, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useLoadWith } from '../../hooks/use-load-with';
import { useNotifyError } from '../../hooks/use-notify-error';
import { useT } from '../../i18n/context';
import { downloadBase64 } from '../../lib/download';
import { ReportPrintPreview } from '../../print/reports/ReportPrintPreview';
import { FigureDrawer, type OpenFigure } from './FigureDrawer';
import { SubmitModal, UnlockModal } from './LockModals';
import { MemberDrawers } from './MemberDrawers';
import { ReportBanner } from './ReportBanner';
import { ReportScreen } from './ReportScreen';
import { periodState, STATE_COLOURS } from './report-logic';
import { SubmitRefusalAlert } from './SubmitRefusalAlert';
import { ValidationPanel } from './ValidationPanel';
import { VersionHistory } from './VersionHistory';

type Tab = 'report' | 'validation' | 'versions';

interface Props {
  periodId: string;
  orgCode: string;
  onBack(): void;
  /** The period's state changed (submitted, unlocked): the list is read again. */
  onChanged(): void;
}

/**
 * One period's report: the tables in the template's layout with every figure opening its names,
 * validation with the explanations, submission and unlock, versions and their differences,
 * print and Excel. A submitted period shows its latest stored version; otherwise the screen
 * shows the report computed from today's records (a draft).
 */
export function ReportView({ periodId, orgCode, onBack, onChanged }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const compute = useLoadWith('reports.compute', { period: periodId });
  const versionsLoad = useLoadWith('reports.versions', { period: periodId });
  const info = compute.value?.period ?? null;
  const versions = versionsLoad.value ?? [];
  const locked = info?.status === 'submitted';
  const [chosen, setChosen] = useState<number | 'current' | null>(null);
  const latest = versions.at(-1)?.version ?? null;
  // A locked period has no draft to show: its figures are the submitted ones.
  const view: number | 'current' = chosen !== null && !(locked && chosen === 'current') ? chosen : locked && latest ? latest : 'current';
  const ready = info !== null && versionsLoad.value !== null;
  const doc = useLoadWith('reports.document', ready ? (view === 'current' ? { period: periodId } : { period: periodId, version: view }) : null);
  const stored = useLoadWith('reports.version', ready && view !== 'current' ? { period: periodId, version: view } : null);
  const figures = view === 'current' ? compute.value?.figures : stored.value?.figures;
  const validation = view === 'current' ? compute.value?.validation : stored.value?.validation;

  const [tab, setTab] = useState<Tab>('report');
  const [openFigure, setOpenFigure] = useState<OpenFigure | null>(null);
  const [memberCode, setMemberCode] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [refusal, setRefusal] = useState<UiError | null>(null);
  const trySubmit = useApiCall('reports.submit');
  const explain = useApiCall('reports.explain');
  const exporter = useApiCall('reports.exportXlsx');

  const reloadAll = () => {
    compute.reload();
    versionsLoad.reload();
    doc.reload();
    onChanged();
  };

  const onSubmitted = (version: number) => {
    setSubmitting(false);
    setRefusal(null);
    setChosen(version);
    reloadAll();
    void message.success(t('reports.submit.done', { version }), 4);
  };

  const startSubmit = async () => {
    if (!info || !compute.value) return;
    setRefusal(null);
    // Only a report that can lock asks for confirmation; otherwise the backend says what stands in the way.
    if (compute.value.validation.ready && (info.status === 'due' || info.status === 'overdue' || info.status === 'unlocked')) {
      setSubmitting(true);
      return;
    }
    const r = await trySubmit.run({ period: periodId });
    if (r.ok) onSubmitted(r.value.version);
    else setRefusal(r.error);
  };

  const exportXlsx = async () => {
    const r = await exporter.run(view === 'current' ? { period: periodId } : { period: periodId, version: view });
    if (!r.ok) return notifyError(r.error);
    downloadBase64(r.value.fileName, r.value.contentBase64);
    void message.success(t('reports.export.done', { name: r.value.fileName }), 6);
  };

  const loadError = compute.error ?? versionsLoad.error ?? doc.error ?? stored.error;
  const state = info ? periodState(info) : null;
  const viewOptions = [
    ...(locked ? [] : [{ value: 'current' as const, label: t('reports.view.current') }]),
    ...versions.map((v) => ({ value: v.version, label: t(v.version > 1 ? 'reports.view.correction' : 'reports.view.version', { version: v.version }) })),
  ];

  return (
    <div className="bd-page bd-reports">
      <div className="bd-reports-top">
        <div className="bd-reports-heading">
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
            {t('reports.back')}
          </Button>
          <Typography.Title level={2} className="bd-page-title">
            {info?.label ?? t('common.loading')}
          </Typography.Title>
          {state ? (
            <Tag color={STATE_COLOURS[state]} data-testid="period-state">
              {t(`reports.state.${state}`)}
            </Tag>
          ) : null}
        </div>
        <Space wrap>
          {info && !locked ? (
            <Button type="primary" icon={<LockOutlined />} loading={trySubmit.loading} onClick={() => void startSubmit()}>
              {t(info.status === 'unlocked' ? 'reports.action.resubmit' : 'reports.action.submit')}
            </Button>
          ) : null}
          {info && locked ? (
            <Button danger icon={<UnlockOutlined />} onClick={() => setUnlocking(true)}>
              {t('reports.action.unlock')}
            </Button>
          ) : null}
          <Button icon={<PrinterOutlined />} disabled={!doc.value} onClick={() => setPrinting(true)}>
            {t('reports.action.print')}
          </Button>
          <Button icon={<FileExcelOutlined />} disabled={!doc.value} loading={exporter.loading} onClick={() => void exportXlsx()}>
            {t('reports.action.export')}
          </Button>
        </Space>
      </div>
      <ErrorAlert error={loadError} />
      {info && compute.value ? (
        <>
          <ReportBanner info={info} template={compute.value.template.title} view={view} versions={versions} />
          {viewOptions.length > 1 ? (
            <Space>
              <label htmlFor="bd-report-view">{t('reports.view.label')}</label>
              <Select<number | 'current'> id="bd-report-view" value={view} options={viewOptions} onChange={setChosen} className="bd-report-view-select" popupMatchSelectWidth={false} />
            </Space>
          ) : null}
          <SubmitRefusalAlert error={refusal} onClose={() => setRefusal(null)} onShowValidation={() => setTab('validation')} />
          <ErrorAlert error={explain.error} />
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as Tab)}
            items={[
              {
                key: 'report',
                label: t('reports.tab.report'),
                children: doc.value ? <ReportScreen doc={doc.value} onCell={(cell, label) => setOpenFigure({ key: cell.key, label, figure: figures?.[cell.key] ?? null })} /> : <Skeleton active />,
              },
              {
                key: 'validation',
                label: (
                  <Badge count={validation ? validation.errors + validation.unexplained : 0} offset={[10, -2]} size="small">
                    {t('reports.tab.validation')}
                  </Badge>
                ),
                children: validation ? (
                  <ValidationPanel
                    validation={validation}
                    editable={view === 'current' && !locked}
                    orgCode={orgCode}
                    onOpenMember={setMemberCode}
                    onExplain={async (key, text) => {
                      const r = await explain.run({ period: periodId, key, text });
                      if (r.ok) {
                        setRefusal(null);
                        compute.reload();
                        doc.reload();
                        void message.success(t('reports.validation.savedToast'), 3);
                      }
                      return r.ok;
                    }}
                  />
                ) : (
                  <Skeleton active />
                ),
              },
              {
                key: 'versions',
                label: t('reports.tab.versions', { count: versions.length }),
                children: <VersionHistory period={periodId} versions={versions} orgCode={orgCode} onOpenMember={setMemberCode} onView={(v) => (setChosen(v), setTab('report'))} />,
              },
            ]}
          />
          <SubmitModal period={info} open={submitting} onClose={() => setSubmitting(false)} onSubmitted={(v) => onSubmitted(v.version)} onRefused={setRefusal} />
          <UnlockModal
            period={info}
            open={unlocking}
            onClose={() => setUnlocking(false)}
            onUnlocked={() => {
              setUnlocking(false);
              setChosen('current');
              reloadAll();
              void message.success(t('reports.unlock.done'), 4);
            }}
          />
        </>
      ) : !loadError ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : null}
      <FigureDrawer open={openFigure} orgCode={orgCode} onOpenMember={setMemberCode} onClose={() => setOpenFigure(null)} />
      <MemberDrawers code={memberCode} onClose={() => setMemberCode(null)} onChanged={() => (compute.reload(), doc.reload())} />
      {printing && doc.value ? <ReportPrintPreview doc={doc.value} onClose={() => setPrinting(false)} /> : null}
    </div>
  );
}
