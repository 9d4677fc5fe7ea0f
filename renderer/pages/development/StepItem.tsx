import { EditOutlined, FileTextOutlined, PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { DocumentChecklist } from './DocumentChecklist';
import { canCancel, canConvert, canRecord, CONVERSION_MEETING, isThoughtReport, THOUGHT_REPORT, type ApplicantDetail, type RepeatKind, type StepDef, type StepRecord, type TimelineRow } from './pipeline';
import { extraFieldsOf, recordDataParts, recordKindLabel } from './step-text';

const STATUS_COLORS: Record<TimelineRow['status'], string> = {
  done: 'green',
  'done-with-problem': 'gold',
  overdue: 'red',
  open: 'blue',
  missing: 'orange',
  pending: 'default',
};

interface Props {
  step: StepDef;
  person: ApplicantDetail;
  /** The step's line of the timeline: its rules with their articles, the window, the status. */
  row: TimelineRow | undefined;
  onRecord(kind: RepeatKind): void;
  onCancel(record: StepRecord): void;
  onConvert(): void;
  onChanged(): void;
}

/** One of the 25 steps: what was recorded, the rules it answers to and the papers it needs. */
export function StepItem({ step, person, row, onRecord, onCancel, onConvert, onChanged }: Props) {
  const t = useT();
  const records = person.steps.filter((r) => r.step === step.key);
  const actions = step.repeatable ? (
    <Space wrap>
      <Button size="small" icon={<PlusOutlined />} onClick={() => onRecord('review')} disabled={!canRecord(step, person)}>
        {t('dev.step.addReview')}
      </Button>
      <Button size="small" icon={<FileTextOutlined />} onClick={() => onRecord(THOUGHT_REPORT)} disabled={!canRecord(step, person)}>
        {t('dev.step.addReport')}
      </Button>
    </Space>
  ) : step.key === CONVERSION_MEETING ? (
    canConvert(person) ? (
      <Button size="small" type="primary" icon={<SolutionOutlined />} onClick={onConvert}>
        {t('dev.step.convert')}
      </Button>
    ) : null
  ) : canRecord(step, person) ? (
    <Button size="small" type={row?.status === 'open' || row?.status === 'overdue' ? 'primary' : 'default'} icon={<EditOutlined />} onClick={() => onRecord('review')}>
      {t('dev.step.record')}
    </Button>
  ) : null;

  return (
    <div className={`bd-dev-step bd-dev-step-${row?.status ?? 'pending'}`} data-testid={`dev-step-${step.key}`}>
      <div className="bd-dev-step-head">
        <span className="bd-dev-step-number">{step.number}</span>
        <strong className="bd-dev-step-name">{step.name}</strong>
        {row ? <Tag color={STATUS_COLORS[row.status]}>{t(`dev.status.${row.status}`)}</Tag> : null}
        <span className="bd-dev-step-actions">{actions}</span>
      </div>
      {records.length ? (
        <ul className="bd-dev-records">
          {records.map((r) => (
            <li key={r.id} className={r.cancelled ? 'bd-dev-record-cancelled' : undefined} data-testid="dev-record">
              <span className="bd-dev-record-date">{formatDate(t, r.date)}</span>
              {step.repeatable ? <Tag color={isThoughtReport(r) ? 'purple' : 'cyan'}>{recordKindLabel(t, r.data)}</Tag> : null}
              {r.people.length ? <span>{t('dev.record.people', { label: step.people?.label ?? '', names: r.people.map((p) => p.name).join('、') })}</span> : null}
              {recordDataParts(t, r.data).map((part) => (
                <span key={part}>{part}</span>
              ))}
              {r.notes ? <span className="bd-dev-muted">{r.notes}</span> : null}
              {r.cancelled ? <Tag>{t('dev.record.cancelled')}</Tag> : null}
              {canCancel(r, person) ? (
                <Button size="small" type="link" onClick={() => onCancel(r)}>
                  {t('dev.record.cancel')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {row && (row.ruleList.length || row.earliest || row.due) ? (
        <div className="bd-dev-rules">
          {row.ruleList.map((rule) => (
            <div key={rule.id} data-testid="dev-rule">
              <Tag color={rule.severity === 'hard' ? 'red' : 'default'}>{t(`dev.severity.${rule.severity}`)}</Tag>
              {t('dev.rule.line', { summary: rule.summary, articles: rule.articles })}
            </div>
          ))}
          {row.earliest ? <div className="bd-dev-window">{t('dev.step.earliest', { date: formatDate(t, row.earliest) })}</div> : null}
          {row.due ? <div className={`bd-dev-window${row.status === 'overdue' ? ' bd-dev-danger' : ''}`}>{t('dev.step.due', { date: formatDate(t, row.due) })}</div> : null}
        </div>
      ) : null}
      {extraFieldsOf(step) === 'notice' && person.notice ? (
        <div className="bd-dev-rules" data-testid="dev-notice-window">
          {t(person.notice.provisional ? 'dev.step.noticeProvisional' : 'dev.step.notice', { from: formatDate(t, person.notice.from), to: formatDate(t, person.notice.to), days: person.notice.days })}
        </div>
      ) : null}
      <DocumentChecklist code={person.code} documents={person.documents.filter((d) => d.step === step.key)} onChanged={onChanged} />
    </div>
  );
}
