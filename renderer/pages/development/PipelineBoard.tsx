import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { Fragment, useMemo } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { groupByStage, PIPELINE_STAGES, type ApplicantRow } from './pipeline';
import { StageTag } from './StageTag';

/**
 * The four phases side by side (申请人 → 积极分子 → 发展对象 → 预备党员), each person with the
 * step they wait for and its last day; overdue people first. Those whose 预备期 has been
 * decided are listed below.
 */
export function PipelineBoard({ onOpen }: { onOpen(code: string): void }) {
  const t = useT();
  const list = useLoadWith('development.list', {});
  const { columns, finished } = useMemo(() => groupByStage(list.value ?? []), [list.value]);
  if (!list.value) return list.error ? <ErrorAlert error={list.error} /> : <Skeleton active loading={list.loading} />;
  return (
    <>
      <ErrorAlert error={list.error} />
      <div className="bd-dev-board" data-testid="dev-board">
        {PIPELINE_STAGES.map((stage, i) => (
          <Fragment key={stage}>
            {i > 0 ? <ArrowRightOutlined className="bd-dev-board-arrow" aria-hidden /> : null}
            <Card size="small" className="bd-dev-column" title={t('dev.column', { stage: t(`dev.stage.${stage}`), count: columns[stage].length })} data-testid={`dev-column-${stage}`}>
              {columns[stage].length === 0 ? <Typography.Text type="secondary">{t('dev.column.empty')}</Typography.Text> : null}
              {columns[stage].map((row) => (
                <PersonCard key={row.code} row={row} onOpen={onOpen} />
              ))}
            </Card>
          </Fragment>
        ))}
      </div>
      <Card size="small" title={t('dev.finished.title', { count: finished.length })}>
        {finished.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dev.finished.none')} />
        ) : (
          <Table<ApplicantRow>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={finished}
            onRow={(row) => ({ onClick: () => onOpen(row.code), className: 'bd-dev-clickable' })}
            columns={[
              { key: 'name', title: t('dev.col.name'), dataIndex: 'name' },
              { key: 'stage', title: t('dev.col.stage'), render: (_, row) => <StageTag stage={row.stage} /> },
              { key: 'applied', title: t('dev.col.applied'), render: (_, row) => formatDate(t, row.applicationDate) },
              { key: 'member', title: t('dev.col.memberCode'), render: (_, row) => <span className="bd-mono">{row.memberCode}</span> },
              { key: 'last', title: t('dev.col.lastStep'), render: (_, row) => (row.lastStep ? `${row.lastStep.number}. ${row.lastStep.name}（${formatDate(t, row.lastStep.date)}）` : '') },
            ]}
          />
        )}
      </Card>
    </>
  );
}

function PersonCard({ row, onOpen }: { row: ApplicantRow; onOpen(code: string): void }) {
  const t = useT();
  const due = row.nextDeadline?.due ?? row.next?.due ?? null;
  return (
    <button type="button" className={`bd-dev-person${row.overdue ? ' bd-dev-person-overdue' : ''}`} onClick={() => onOpen(row.code)} data-testid="dev-person">
      <span className="bd-dev-person-name">
        {row.name}
        {row.overdue ? <Tag color="red">{t('dev.overdue')}</Tag> : null}
      </span>
      {row.next ? <span>{t('dev.person.next', { number: row.next.stepNumber, step: row.next.name })}</span> : <span>{t('dev.person.noNext')}</span>}
      {row.next?.earliest ? <span className="bd-dev-person-date">{t('dev.person.earliest', { date: formatDate(t, row.next.earliest) })}</span> : null}
      {due ? <span className={`bd-dev-person-date${row.overdue ? ' bd-dev-danger' : ''}`}>{t('dev.person.due', { date: formatDate(t, due) })}</span> : null}
      {row.violations > 0 ? <span className="bd-dev-warn">{t('dev.person.problems', { count: row.violations })}</span> : null}
    </button>
  );
}
