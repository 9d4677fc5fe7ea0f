import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { DevelopmentPrint, type DevelopmentPrintKind } from '../../print/development/DevelopmentPrints';
import { AdmissionCard } from './AdmissionCard';
import type { IssueContext } from './dev-issues';
import { ApplicantFormDrawer } from './ApplicantFormDrawer';
import { CancelStepModal } from './CancelStepModal';
import { ConvertModal } from './ConvertModal';
import { PersonSummary } from './PersonSummary';
import { rulesById, type RepeatKind, type StepDef, type StepRecord } from './pipeline';
import { RecordStepModal } from './RecordStepModal';
import { StageTag } from './StageTag';
import { StepItem } from './StepItem';

const PRINTS: readonly DevelopmentPrintKind[] = ['timeline', 'materials', 'notice'];

/**
 * One person's 发展 file: the summary (next step and its window, problems), the roster link
 * and 转正 once admitted, then the 25 steps by phase, each with its records, its rules and
 * articles, and its papers. Every change is one backend call; the file is then read again.
 */
export function PersonView({ code, onBack }: { code: string; onBack(): void }) {
  const t = useT();
  const detail = useLoadWith('development.get', { code });
  const timeline = useLoadWith('development.timeline', { code });
  const stepSet = useLoadWith('development.steps', { code });
  const [recording, setRecording] = useState<{ step: StepDef; kind: RepeatKind } | null>(null);
  const [cancelling, setCancelling] = useState<StepRecord | null>(null);
  const [converting, setConverting] = useState(false);
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState<DevelopmentPrintKind | null>(null);
  const person = detail.value?.code === code ? detail.value : null;
  const steps = stepSet.value;
  const ctx = useMemo<IssueContext>(
    () => ({ rules: rulesById(timeline.value?.rows ?? []), stepNames: new Map((steps?.steps ?? []).map((s) => [s.key, s.name])) }),
    [timeline.value, steps],
  );
  const rows = useMemo(() => new Map((timeline.value?.rows ?? []).map((r) => [r.step, r])), [timeline.value]);
  const { reload: reloadDetail } = detail;
  const { reload: reloadTimeline } = timeline;
  const changed = useCallback(() => {
    reloadDetail();
    reloadTimeline();
  }, [reloadDetail, reloadTimeline]);

  return (
    <div className="bd-page bd-page-wide bd-dev bd-dev-person-view">
      <div className="bd-dev-top">
        <Space wrap align="center">
          <Button size="large" icon={<ArrowLeftOutlined />} onClick={onBack}>
            {t('dev.back')}
          </Button>
          <Typography.Title level={2} className="bd-page-title">
            {person?.name ?? t('common.loading')}
          </Typography.Title>
          {person ? <StageTag stage={person.stage} /> : null}
          {person ? <span className="bd-mono bd-dev-muted">{person.code}</span> : null}
        </Space>
        {person ? (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('dev.person.edit')}
            </Button>
            {PRINTS.map((kind) => (
              <Button key={kind} icon={<PrinterOutlined />} onClick={() => setPrinting(kind)} disabled={!steps}>
                {t(`dev.person.print.${kind}`)}
              </Button>
            ))}
          </Space>
        ) : null}
      </div>
      <ErrorAlert error={detail.error ?? timeline.error ?? stepSet.error} />
      {!person || !steps ? <Skeleton active loading paragraph={{ rows: 12 }} /> : null}
      {person && steps ? (
        <Space orientation="vertical" size="large" className="bd-full-width">
          <PersonSummary person={person} steps={steps} ctx={ctx} />
          <AdmissionCard key={person.version} person={person} ctx={ctx} onChanged={changed} onConvert={() => setConverting(true)} />
          {steps.phases.map((phase) => (
            <Card key={phase.number} size="small" title={t('dev.phase', { n: phase.number, name: phase.name })} className="bd-dev-phase">
              {steps.steps
                .filter((s) => s.phase === phase.number)
                .map((step) => (
                  <StepItem
                    key={step.key}
                    step={step}
                    person={person}
                    row={rows.get(step.key)}
                    onRecord={(kind) => setRecording({ step, kind })}
                    onCancel={setCancelling}
                    onConvert={() => setConverting(true)}
                    onChanged={changed}
                  />
                ))}
            </Card>
          ))}
        </Space>
      ) : null}
      {recording && person ? (
        <RecordStepModal
          key={`${recording.step.key}-${recording.kind}`}
          code={code}
          target={recording}
          ctx={ctx}
          onClose={() => setRecording(null)}
          onRecorded={() => {
            setRecording(null);
            changed();
          }}
        />
      ) : null}
      {cancelling ? (
        <CancelStepModal
          record={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => {
            setCancelling(null);
            changed();
          }}
        />
      ) : null}
      {converting && person ? (
        <ConvertModal
          person={person}
          ctx={ctx}
          onClose={() => setConverting(false)}
          onDone={() => {
            setConverting(false);
            changed();
          }}
        />
      ) : null}
      {editing && person ? (
        <ApplicantFormDrawer
          person={person}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            changed();
          }}
        />
      ) : null}
      {printing && person && steps ? <DevelopmentPrint kind={printing} person={person} steps={steps} onClose={() => setPrinting(null)} /> : null}
    </div>
  );
}
