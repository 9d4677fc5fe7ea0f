import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { byType, currentText, previousText, requirementText } from './cadence-view';
import { LocalRuleModal, type LocalRule } from './LocalRuleModal';
import type { CadenceLine } from './meeting-types';

/**
 * 会议频次: for each kind of meeting, held against required in this month, quarter or year, the
 * period before it, and the year so far. The 党课 rule is local practice: it is set here.
 */
export function CadenceCard() {
  const t = useT();
  const cadence = useLoadWith('meetings.cadence', {});
  const [editing, setEditing] = useState<LocalRule | null>(null);
  const ordered = cadence.value ? byType(cadence.value) : [];
  const lecture = ordered.find((l) => l.type === 'lecture');
  // With the rule at 0 the line is gone from the table, so the setting has its own button too.
  const editLecture = () => setEditing(lecture ? { period: lecture.period, min: lecture.required, basis: lecture.basis } : { period: 'quarter', min: 0, basis: null });
  return (
    <Card
      title={t('meetings.cadence.title')}
      data-testid="cadence-card"
      extra={
        <Button icon={<SettingOutlined />} onClick={editLecture}>
          {t('meetings.rule.edit')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('meetings.cadence.intro')}</Typography.Paragraph>
      <ErrorAlert error={cadence.error} />
      {cadence.value ? (
        <Table<CadenceLine>
          className="bd-cadence-table"
          rowKey="type"
          size="middle"
          pagination={false}
          dataSource={ordered}
          columns={[
            { key: 'type', title: t('meetings.cadence.type'), render: (_v, l) => <strong>{t(`meetings.type.${l.type}`)}</strong> },
            {
              key: 'rule',
              title: t('meetings.cadence.rule'),
              render: (_v, l) => (
                <span title={l.basis}>
                  {requirementText(t, l)}
                  {l.local ? <Tag className="bd-cadence-local">{t('meetings.rule.local')}</Tag> : null}
                </span>
              ),
            },
            {
              key: 'current',
              title: t('meetings.cadence.current'),
              render: (_v, l) => (
                <span className={l.current.met ? 'bd-cadence-met' : 'bd-cadence-due'}>
                  {l.current.met ? <Tag color="green">{t('meetings.cadence.met')}</Tag> : <Tag color="gold">{t('meetings.cadence.due')}</Tag>}
                  {currentText(t, l)}
                </span>
              ),
            },
            {
              key: 'previous',
              title: t('meetings.cadence.previous'),
              render: (_v, l) => (
                <span>
                  {l.previous.met ? null : <Tag color="red">{t('meetings.cadence.overdue')}</Tag>}
                  {previousText(t, l)}
                </span>
              ),
            },
            { key: 'year', title: t('meetings.cadence.year'), render: (_v, l) => t('meetings.cadence.yearValue', { met: l.yearToDate.met, periods: l.yearToDate.periods }) },
          ]}
        />
      ) : (
        <Skeleton active loading={cadence.loading} paragraph={{ rows: 4 }} />
      )}
      <LocalRuleModal
        rule={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          cadence.reload();
        }}
      />
    </Card>
  );
}
