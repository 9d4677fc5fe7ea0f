import { Form, Input, InputNumber, Skeleton, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { defaultNoticeStart, type ApplicantDetail, type StepSetDoc } from '../../pages/development/pipeline';
import { PrintPreview } from '../PrintPreview';
import { MaterialsSheet } from './MaterialsSheet';
import { NoticeSheet } from './NoticeSheet';
import { TimelineSheet } from './TimelineSheet';

export type DevelopmentPrintKind = 'timeline' | 'materials' | 'notice';

interface Props {
  kind: DevelopmentPrintKind;
  person: ApplicantDetail;
  steps: StepSetDoc;
  onClose(): void;
}

/** The three prints of a person's file, each in the shared print view. */
export function DevelopmentPrint({ kind, person, steps, onClose }: Props) {
  if (kind === 'timeline') return <TimelinePrint person={person} onClose={onClose} />;
  if (kind === 'materials') return <MaterialsPrint person={person} steps={steps} onClose={onClose} />;
  return <NoticePrint person={person} onClose={onClose} />;
}

function TimelinePrint({ person, onClose }: { person: ApplicantDetail; onClose(): void }) {
  const t = useT();
  const doc = useLoadWith('development.timeline', { code: person.code });
  return (
    <PrintPreview
      title={t('dev.print.timeline', { name: person.name })}
      onClose={onClose}
      ready={!!doc.value}
      preview={doc.value ? undefined : <Skeleton active loading={doc.loading} />}
      note={t('dev.print.landscapeNote')}
    >
      <ErrorAlert error={doc.error} />
      {doc.value ? <TimelineSheet doc={doc.value} /> : null}
    </PrintPreview>
  );
}

function MaterialsPrint({ person, steps, onClose }: { person: ApplicantDetail; steps: StepSetDoc; onClose(): void }) {
  const t = useT();
  const { branch } = useAppShell();
  const printedOn = useMemo(() => dayjs().format('YYYY-MM-DD'), []);
  return (
    <PrintPreview title={t('dev.print.materials.title', { name: person.name })} onClose={onClose}>
      <MaterialsSheet person={person} steps={steps} orgName={branch?.name ?? ''} printedOn={printedOn} />
    </PrintPreview>
  );
}

/**
 * The 公示: its first day (by default the one recorded with the 预审), its length in working
 * days (blank: the rule set's) and the person's unit and post, which the file does not hold.
 * The backend counts the working days over the holiday calendar and writes the text.
 */
function NoticePrint({ person, onClose }: { person: ApplicantDetail; onClose(): void }) {
  const t = useT();
  const [from, setFrom] = useState<string | null>(() => defaultNoticeStart(person, dayjs().format('YYYY-MM-DD')));
  const [days, setDays] = useState<number | null>(person.notice?.days ?? null);
  const [unitTyped, setUnit] = useState('');
  const unit = useDebouncedValue(unitTyped.trim(), 300);
  const doc = useLoadWith('development.publicNotice', from ? { code: person.code, from, ...(days ? { workingDays: days } : {}), ...(unit ? { unit } : {}) } : null);
  const inputs = (
    <Form layout="inline" className="bd-dev-notice-inputs">
      <Form.Item label={t('dev.notice.from')}>
        <DateField value={from} onChange={setFrom} aria-label={t('dev.notice.from')} />
      </Form.Item>
      <Form.Item label={t('dev.notice.days')}>
        <InputNumber min={1} max={30} precision={0} value={days} onChange={(v) => setDays(typeof v === 'number' ? v : null)} aria-label={t('dev.notice.days')} />
      </Form.Item>
      <Form.Item label={t('dev.notice.unit')}>
        <Input value={unitTyped} onChange={(e) => setUnit(e.target.value)} maxLength={100} aria-label={t('dev.notice.unit')} className="bd-dev-notice-unit" />
      </Form.Item>
    </Form>
  );
  return (
    <PrintPreview
      title={t('dev.print.notice', { name: person.name })}
      onClose={onClose}
      ready={!!doc.value && !doc.loading}
      preview={
        <Space orientation="vertical" size="middle" className="bd-full-width">
          <div className="bd-dev-notice-toolbar">{inputs}</div>
          <ErrorAlert error={doc.error} />
          {doc.value ? <NoticeSheet doc={doc.value} /> : <Skeleton active loading={doc.loading} />}
        </Space>
      }
    >
      {doc.value ? <NoticeSheet doc={doc.value} /> : null}
    </PrintPreview>
  );
}
