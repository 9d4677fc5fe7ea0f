import { Button, Card, Skeleton, Tag, Typography } from 'antd';
import { useNavigate } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { currentText, previousText, summariseCadence } from './cadence-view';
import type { CadenceLine } from './meeting-types';

/** 三会一课 at a glance on the home screen: what the last period missed and what this one still needs, soonest first. */
export function CadenceHomeCard() {
  const t = useT();
  const navigate = useNavigate();
  const cadence = useLoadWith('meetings.cadence', {});
  const s = cadence.value ? summariseCadence(cadence.value) : null;
  return (
    <Card title={t('meetings.home.title')} extra={<Button onClick={() => navigate('meetings')}>{t('meetings.home.open')}</Button>} data-testid="cadence-home">
      <ErrorAlert error={cadence.error} />
      {s ? (
        <div className="bd-cadence-home">
          {s.due.length === 0 ? <Typography.Paragraph className="bd-cadence-allmet">{t('meetings.home.allMet')}</Typography.Paragraph> : null}
          <Lines title={t('meetings.home.due')} lines={s.due} color="gold" text={(l) => currentText(t, l)} />
          <Lines title={t('meetings.home.overdue')} lines={s.overdue} color="red" text={(l) => previousText(t, l)} />
          {s.done.length ? (
            <Typography.Paragraph type="secondary">{t('meetings.home.done', { types: s.done.map((l) => t(`meetings.type.${l.type}`)).join('、') })}</Typography.Paragraph>
          ) : null}
        </div>
      ) : (
        <Skeleton active loading={cadence.loading} paragraph={{ rows: 3 }} />
      )}
    </Card>
  );
}

function Lines({ title, lines, color, text }: { title: string; lines: CadenceLine[]; color: string; text(l: CadenceLine): string }) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <ul className="bd-cadence-list">
        {lines.map((l) => (
          <li key={l.type}>
            <Tag color={color}>{t(`meetings.type.${l.type}`)}</Tag>
            {text(l)}
          </li>
        ))}
      </ul>
    </>
  );
}
