import { SolutionOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FieldIssue } from '../../api/types';
import { useNavigate } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { placeIssues, type IssueContext } from './dev-issues';
import { DevIssueBox } from './DevIssueBox';
import { canAdmit, canConvert, liveRecordsOf, type ApplicantDetail } from './pipeline';

interface Props {
  person: ApplicantDetail;
  ctx: IssueContext;
  onChanged(): void;
  onConvert(): void;
}

/**
 * Where the file meets the roster. Once the 支部大会 and the 上级党委审批 are recorded, one
 * button puts the person on the roster as a 预备党员 (入党日期 = the 支部大会 date); after
 * that, the roster's record is shown here with the way to it and the 转正 decision.
 */
export function AdmissionCard({ person, ctx, onChanged, onConvert }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const admit = useApiCall('development.admit');
  const [problems, setProblems] = useState<string[]>([]);
  if (person.memberCode) return <MemberCard person={person} onConvert={onConvert} />;
  if (!canAdmit(person)) return null;
  const meeting = liveRecordsOf(person, 'branch-meeting')[0]!;
  const approval = liveRecordsOf(person, 'approval')[0]!;

  const run = async () => {
    setProblems([]);
    const result = await admit.run({ code: person.code });
    if (result.ok) {
      void message.success(t('dev.admit.done', { name: person.name, code: result.value.memberCode ?? '' }));
      onChanged();
    } else if (result.error.issues) {
      setProblems(placeIssues(t, result.error.issues as FieldIssue[], () => null, ctx).unmatched);
    }
  };

  return (
    <Card className="bd-dev-admission" title={t('dev.admit.title')} data-testid="dev-admission">
      <Typography.Paragraph>
        {t('dev.admit.intro', { name: person.name, meeting: formatDate(t, meeting.date), approval: formatDate(t, approval.date) })}
      </Typography.Paragraph>
      <ErrorAlert error={admit.error} className="bd-form-alert" />
      <DevIssueBox lines={problems} />
      <Button type="primary" size="large" icon={<UserSwitchOutlined />} loading={admit.loading} onClick={() => void run()}>
        {t('dev.admit.button')}
      </Button>
    </Card>
  );
}

/** The person's record on the roster: 党员编号, 类别, 入党日期, 转正日期, and a way to the roster. */
function MemberCard({ person, onConvert }: { person: ApplicantDetail; onConvert(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const member = useLoadWith('members.get', { code: person.memberCode! });
  const m = member.value;
  const type = !m ? null : m.membership === 'left' ? <Tag>{t('roster.left')}</Tag> : <Tag color={m.memberType === 'full' ? 'red' : 'orange'}>{t(m.memberType === 'full' ? 'dev.stage.full' : 'dev.stage.probationary')}</Tag>;
  const p = person.probation;
  return (
    <Card
      className="bd-dev-admission"
      title={t('dev.member.title')}
      data-testid="dev-member"
      extra={
        <Space wrap>
          {canConvert(person) ? (
            <Button type="primary" icon={<SolutionOutlined />} onClick={onConvert}>
              {t('dev.step.convert')}
            </Button>
          ) : null}
          <Button icon={<TeamOutlined />} onClick={() => navigate('members')}>
            {t('dev.member.openRoster')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={member.error} />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'code', label: t('member.code'), children: <span className="bd-mono">{person.memberCode}</span> },
          { key: 'type', label: t('dev.member.type'), children: type },
          { key: 'join', label: t('member.field.joinDate'), children: formatDate(t, m?.joinDate) },
          { key: 'full', label: t('member.field.fullDate'), children: formatDate(t, m?.fullDate) || '—' },
          {
            key: 'probation',
            label: t('dev.member.probation'),
            span: 2,
            children: p ? t('dev.member.probationValue', { start: formatDate(t, p.start), end: formatDate(t, p.end), extended: p.extensions.length ? t('dev.member.extended', { months: p.extensions.map((e) => e.months).join('、') }) : '' }) : '',
          },
        ]}
      />
    </Card>
  );
}
