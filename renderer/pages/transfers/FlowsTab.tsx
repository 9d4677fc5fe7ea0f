import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { FlowEndModal, FlowStartModal } from './FlowModals';
import type { FlowRecord } from './letter-state';
import { MemberLink } from './LetterTags';
import { ListTable } from './TransferParts';

type Direction = FlowRecord['direction'];

/**
 * 流动党员: our members away with the 流动党员活动证 (外出流动, recorded as events on the
 * member), and members of other branches taking part here (流入, registered only).
 */
export function FlowsTab({ onChanged, onOpenMember }: { onChanged(): void; onOpenMember(code: string): void }) {
  const t = useT();
  const flows = useLoadWith('transfers.flows', {});
  const [starting, setStarting] = useState<Direction | null>(null);
  const [ending, setEnding] = useState<FlowRecord | null>(null);
  const changed = () => {
    flows.reload();
    onChanged();
  };

  const table = (direction: Direction) => {
    const rows = (flows.value ?? []).filter((f) => f.direction === direction);
    return (
      <ListTable<FlowRecord>
        rowKey="id"
        loading={flows.loading}
        rows={rows}
        empty={t(`transfers.flows.${direction}.empty`)}
        testId={`flows-${direction}`}
        columns={[
          { key: 'name', title: t('transfers.col.member'), render: (_v, f) => <MemberLink letter={f} onOpen={onOpenMember} />, width: 100 },
          { key: 'place', title: t(`transfers.flows.${direction}.place`), dataIndex: 'place' },
          { key: 'card', title: t('transfers.flows.card'), render: (_v, f) => f.activityCardNo ?? '—' },
          { key: 'contact', title: t('transfers.flows.contact'), render: (_v, f) => f.contact ?? '—' },
          { key: 'start', title: t(`transfers.flows.${direction}.startedOn`), render: (_v, f) => formatDate(t, f.startedOn), width: 130 },
          {
            key: 'state',
            title: t('transfers.col.status'),
            render: (_v, f) =>
              f.open ? <Tag color="blue">{t(`transfers.flows.${direction}.open`)}</Tag> : <Tag>{t(`transfers.flows.${direction}.ended`, { date: formatDate(t, f.endedOn) })}</Tag>,
          },
          {
            key: 'actions',
            title: t('transfers.col.actions'),
            render: (_v, f) =>
              f.open ? (
                <Button size="small" onClick={() => setEnding(f)}>
                  {t(`transfers.flows.${direction}.end`)}
                </Button>
              ) : null,
            width: 120,
          },
        ]}
      />
    );
  };

  const card = (direction: Direction) => (
    <Card
      title={t(`transfers.flows.${direction}.title`)}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setStarting(direction)}>
          {t(`transfers.flows.${direction}.add`)}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t(`transfers.flows.${direction}.intro`)}</Typography.Paragraph>
      {table(direction)}
    </Card>
  );

  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      <ErrorAlert error={flows.error} />
      {card('out')}
      {card('in')}
      <FlowStartModal
        direction={starting}
        onClose={() => setStarting(null)}
        onSaved={() => {
          setStarting(null);
          changed();
        }}
      />
      <FlowEndModal
        flow={ending}
        onClose={() => setEnding(null)}
        onSaved={() => {
          setEnding(null);
          changed();
        }}
      />
    </Space>
  );
}
