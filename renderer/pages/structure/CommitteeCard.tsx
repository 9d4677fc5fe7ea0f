import { Button, Card, Descriptions, Empty, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Committee } from '../../api/types';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { TermModal } from './TermModal';

/** 支部委员会: the current term, who holds which post, and the way to record a 换届. */
export function CommitteeCard({ committee }: { committee: Loaded<Committee> }) {
  const t = useT();
  const [electing, setElecting] = useState(false);
  const c = committee.value;
  return (
    <Card
      title={t('structure.committee')}
      extra={
        <Button type="primary" onClick={() => setElecting(true)} disabled={!c}>
          {c?.term ? t('structure.term.new') : t('structure.term.first')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('structure.committee.intro')}</Typography.Paragraph>
      {!c ? <Skeleton active loading={committee.loading} /> : null}
      {c ? (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 3 }}
          className="bd-form-alert"
          items={[
            { key: 'active', label: t('structure.count.active'), children: c.counts.active },
            { key: 'full', label: t('structure.count.full'), children: c.counts.full },
            { key: 'probationary', label: t('structure.count.probationary'), children: c.counts.probationary },
            ...(c.term
              ? [
                  { key: 'start', label: t('structure.term.start'), children: formatDate(t, c.term.termStart) },
                  { key: 'years', label: t('structure.term.years'), children: t('structure.term.yearsValue', { years: c.term.termYears }) },
                  { key: 'next', label: t('structure.term.next'), children: <strong>{formatDate(t, c.term.nextElection)}</strong> },
                ]
              : []),
          ]}
        />
      ) : null}
      {c && !c.term ? <Empty description={t('structure.term.none')} /> : null}
      {c?.term ? (
        <Table
          rowKey={(p) => `${p.post}-${p.memberCode}`}
          size="middle"
          pagination={false}
          dataSource={c.posts}
          columns={[
            { key: 'post', title: t('structure.post'), render: (_v, p) => t(`structure.post.${p.post}`) },
            { key: 'name', title: t('structure.post.holder'), dataIndex: 'name' },
          ]}
        />
      ) : null}
      {c ? (
        <TermModal
          open={electing}
          committee={c}
          onClose={() => setElecting(false)}
          onSaved={() => {
            setElecting(false);
            committee.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
