import { Alert, Skeleton } from 'antd';
import { useT } from '../../i18n/context';
import { attendanceFigures, quorumView } from './attendance-display';
import type { MeetingCheck, MeetingType } from './meeting-types';

/**
 * The counts and the quorum as the backend reckons them for the record as it stands on the
 * screen (meetings.check), with the rule in words: it changes as people are marked absent.
 */
export function AttendanceSummary({ type, check }: { type: MeetingType; check: MeetingCheck | null }) {
  const t = useT();
  if (!check) return <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  const q = quorumView(t, check.quorum);
  return (
    <div className="bd-attendance-summary" aria-live="polite">
      <dl className="bd-figures" data-testid="attendance-figures">
        {attendanceFigures(t, type, check.counts).map((f) => (
          <div key={f.label} className={f.key ? 'bd-figure bd-figure-key' : 'bd-figure'}>
            <dt>{f.label}</dt>
            <dd>{t('meetings.count.people', { count: f.value })}</dd>
          </div>
        ))}
      </dl>
      <Alert
        type={q.status === 'met' ? 'success' : q.status === 'short' ? 'warning' : 'info'}
        showIcon
        data-testid="quorum"
        title={q.verdict ?? q.rule}
        description={q.verdict ? q.rule : undefined}
      />
    </div>
  );
}
