import { Alert, Card, Descriptions, Space } from 'antd';
import dayjs from 'dayjs';
import { codeName } from '../../data/codes';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { deadlineLine, violationLine, type IssueContext } from './dev-issues';
import type { ApplicantDetail, StepSetDoc } from './pipeline';

/**
 * The top of a person's file: who, which rule set, what is next and by when, and every
 * problem the rules see in what is recorded (soft rules save and warn, so problems can exist).
 */
export function PersonSummary({ person, steps, ctx }: { person: ApplicantDetail; steps: StepSetDoc | null; ctx: IssueContext }) {
  const t = useT();
  const next = person.next;
  const overdue = person.deadlines.some((d) => d.due < today());
  const names = new Map((steps?.steps ?? []).map((s) => [s.key, `${s.number}. ${s.name}`]));
  return (
    <Space orientation="vertical" size="middle" className="bd-full-width">
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'gender', label: t('member.field.gender'), children: person.gender === '1' || person.gender === '2' ? t(`member.gender.${person.gender}`) : '' },
            { key: 'birth', label: t('member.field.birthDate'), children: formatDate(t, person.birthDate) },
            { key: 'id', label: t('member.field.idNumber'), children: <span className="bd-mono">{person.idNumber}</span> },
            { key: 'applied', label: t('dev.field.applicationDate'), children: formatDate(t, person.applicationDate) },
            { key: 'education', label: t('member.field.education'), children: codeName('education', person.education) },
            { key: 'mobile', label: t('member.field.mobile'), children: person.mobile },
            { key: 'rules', label: t('dev.person.ruleSet'), span: 'filled', children: person.ruleSetTitle },
          ]}
        />
      </Card>
      {person.ruleSetNote ? <Alert type="warning" showIcon title={person.ruleSetNote} /> : null}
      <Alert
        type={overdue ? 'error' : next ? 'info' : 'success'}
        showIcon
        data-testid="dev-next"
        title={next ? t('dev.next', { number: next.stepNumber, step: next.name }) : t('dev.next.none')}
        description={
          <>
            {next?.earliest ? <div>{t('dev.step.earliest', { date: formatDate(t, next.earliest) })}</div> : null}
            {person.deadlines.map((d) => (
              <div key={`${d.rule}-${d.due}`} className={d.due < today() ? 'bd-dev-danger' : undefined}>
                {deadlineLine(t, d, (iso) => formatDate(t, iso))}
              </div>
            ))}
          </>
        }
      />
      {person.violations.length ? (
        <Alert
          type="warning"
          showIcon
          data-testid="dev-violations"
          title={t('dev.violations.title', { count: person.violations.length })}
          description={
            <ul className="bd-issue-list">
              {person.violations.map((v) => (
                <li key={`${v.rule}-${v.recordId}-${v.code}`}>{violationLine(t, v, ctx)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {person.missing.length ? (
        <Alert type="warning" showIcon title={t('dev.missing', { steps: person.missing.map((k) => names.get(k) ?? k).join('；') })} />
      ) : null}
    </Space>
  );
}

const today = () => dayjs().format('YYYY-MM-DD');
