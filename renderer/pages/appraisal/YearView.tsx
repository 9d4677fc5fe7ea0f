import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, InputNumber, Segmented, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useApi } from '../../hooks/api-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { AppraisalPrintPreview, type AppraisalPrint } from '../../print/appraisal/AppraisalPrintPreview';
import { collectedVoters, type AppraisalRow, type TallyKind, type Voters } from './appraisal-grid';
import { AppraisalErrorAlert } from './AppraisalErrorAlert';
import { CapModal } from './CapSetting';
import { EntryGrid } from './EntryGrid';
import { SummaryCard } from './SummaryCard';
import { RowsStore } from './rows-store';

const NO_ROWS: readonly AppraisalRow[] = [];

/** One appraisal year: the summary, the entry grid and the two prints. */
export function YearView({ year, onChanged }: { year: number; onChanged(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const input = useMemo(() => ({ year }), [year]);
  const list = useLoadWith('appraisal.list', input);
  const summary = useLoadWith('appraisal.summary', input);
  const [kind, setKind] = useState<TallyKind>('ballots');
  // What the secretary typed in “收回测评表 N 张”; until then, what the saved rows say.
  const [votersTyped, setVotersTyped] = useState<Partial<Voters>>({});
  const [printing, setPrinting] = useState<AppraisalPrint | null>(null);
  const [capOpen, setCapOpen] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);
  const close = useApiCall('appraisal.close');

  const loaded = list.value?.rows ?? NO_ROWS;
  const counted: Voters = {
    ballots: votersTyped.ballots ?? collectedVoters(loaded, 'ballots'),
    peer: votersTyped.peer ?? collectedVoters(loaded, 'peer'),
  };
  const api = useApi();
  // A newly loaded list (a reload after closing) replaces everything typed before it.
  const store = useMemo(() => new RowsStore(api, year, loaded), [api, year, loaded]);
  const states = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const reloadSummary = summary.reload;
  useEffect(
    () =>
      store.onSaved(() => {
        setMissing(null);
        reloadSummary();
      }),
    [store, reloadSummary],
  );

  const yearInfo = list.value?.year ?? summary.value?.year ?? null;
  const closed = !!yearInfo?.closedOn;
  const pending = states.filter((s) => !s.saved.result?.verdict).map((s) => s.saved.name);

  const flush = async () => {
    if (!(await store.saveAll(counted))) void message.warning(t('appraisal.print.unsaved'), 8);
  };
  const openPrint = async (which: AppraisalPrint) => {
    await flush();
    summary.reload();
    setPrinting(which);
  };
  const closeYear = async () => {
    await flush();
    const result = await close.run({ year });
    if (result.ok) {
      void message.success(t('appraisal.closed', { year }));
      close.setError(null);
      list.reload();
      summary.reload();
      onChanged();
    } else if (result.error.code === 'INVALID_INPUT') {
      setMissing((result.error.issues ?? []).flatMap((i) => (i.code === 'VERDICT_REQUIRED' && typeof i.params?.name === 'string' ? [i.params.name] : [])));
      close.setError(null);
    }
  };

  if (!list.value) {
    return (
      <Card>
        <ErrorAlert error={list.error} />
        {list.error ? null : <Skeleton active />}
      </Card>
    );
  }
  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      {closed && yearInfo?.closedOn ? <Alert type="info" showIcon title={t('appraisal.closedNotice', { date: formatDate(t, yearInfo.closedOn) })} /> : null}
      <AppraisalErrorAlert error={close.error} action="change" onClose={() => close.setError(null)} />
      <SummaryCard
        summary={summary.value}
        error={summary.error}
        pending={pending}
        missing={missing}
        closing={close.loading}
        onEditCap={() => setCapOpen(true)}
        onClose={() => void closeYear()}
      />
      <Card
        title={t('appraisal.grid.title')}
        extra={
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => void openPrint('ballot')}>
              {t('appraisal.printBallot')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => void openPrint('results')}>
              {t('appraisal.printResults')}
            </Button>
          </Space>
        }
      >
        <div className="bd-ag-toolbar">
          <Segmented<TallyKind>
            aria-label={t('appraisal.grid.kind')}
            value={kind}
            onChange={setKind}
            options={(['ballots', 'peer'] as const).map((k) => ({ value: k, label: t(`appraisal.grid.kind.${k}`) }))}
          />
          <label className="bd-ag-voters">
            {t(`appraisal.grid.voters.${kind}`)}
            <InputNumber
              min={1}
              max={100000}
              precision={0}
              value={counted[kind]}
              disabled={closed}
              aria-label={t(`appraisal.grid.voters.${kind}`)}
              onChange={(v) => {
                if (typeof v === 'number') setVotersTyped({ ...votersTyped, [kind]: v });
              }}
            />
            {t('appraisal.grid.votersUnit')}
          </label>
        </div>
        {closed ? null : (
          <Typography.Paragraph type="secondary" className="bd-ag-keys">
            {t('appraisal.grid.keys')}
          </Typography.Paragraph>
        )}
        {states.length ? <EntryGrid store={store} states={states} kind={kind} voters={counted} readOnly={closed} /> : <Alert type="info" title={t('appraisal.grid.empty')} />}
      </Card>
      {yearInfo && !closed ? <CapModal year={yearInfo} open={capOpen} onClose={() => setCapOpen(false)} onSaved={() => { setCapOpen(false); list.reload(); summary.reload(); }} /> : null}
      {printing && summary.value ? <AppraisalPrintPreview which={printing} summary={summary.value} ready={!summary.loading} onClose={() => setPrinting(null)} /> : null}
    </Space>
  );
}
