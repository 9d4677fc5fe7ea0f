import { ImportOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { PartyGroup } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { InReceiptPrintPreview } from '../../print/transfers/LetterPrintPreview';
import { formatMonth, newestFirst, type TransferLetter } from './letter-state';
import { MemberLink } from './LetterTags';
import { ListTable, TabTop } from './TransferParts';
import { RecordInDrawer } from './RecordInDrawer';

interface Props {
  letters: Loaded<TransferLetter[]>;
  list: readonly TransferLetter[];
  groups: readonly PartyGroup[];
  onChanged(): void;
  onOpenMember(code: string): void;
}

/** 转入: the letters that brought members here, each with its member and the 回执 to send back. */
export function InLettersTab({ letters, list, groups, onChanged, onOpenMember }: Props) {
  const t = useT();
  const rows = useMemo(() => newestFirst(list), [list]);
  const [recording, setRecording] = useState(false);
  const [printing, setPrinting] = useState<string | null>(null);
  return (
    <Space orientation="vertical" size="middle" className="bd-full-width">
      <TabTop intro={t('transfers.in.intro')}>
        <Button type="primary" size="large" icon={<ImportOutlined />} onClick={() => setRecording(true)}>
          {t('transfers.in.record')}
        </Button>
      </TabTop>
      <ErrorAlert error={letters.error} />
      <ListTable<TransferLetter>
        rowKey="number"
        loading={letters.loading}
        rows={rows}
        empty={t('transfers.in.empty')}
        testId="in-letters"
        columns={[
          { key: 'number', title: t('transfers.col.number'), render: (_v, l) => <span className="bd-mono">{l.number}</span>, width: 120 },
          { key: 'member', title: t('transfers.col.member'), render: (_v, l) => <MemberLink letter={l} onOpen={onOpenMember} />, width: 90 },
          { key: 'from', title: t('transfers.col.fromOrg'), dataIndex: 'fromOrg' },
          { key: 'issuedOn', title: t('transfers.col.issuedOn'), render: (_v, l) => formatDate(t, l.issuedOn), width: 130 },
          {
            key: 'valid',
            title: t('transfers.col.validity'),
            render: (_v, l) => (l.validDays === null ? '—' : t('transfers.validity', { days: l.validDays, until: formatDate(t, l.validUntil) })),
            width: 150,
          },
          { key: 'arrived', title: t('transfers.col.arrivedOn'), render: (_v, l) => formatDate(t, l.confirmedOn), width: 130 },
          { key: 'dues', title: t('transfers.col.duesPaidTo'), render: (_v, l) => (l.duesPaidTo ? formatMonth(t, l.duesPaidTo) : '—'), width: 120 },
          {
            key: 'actions',
            title: t('transfers.col.actions'),
            render: (_v, l) => (
              <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(l.number)}>
                {t('transfers.action.printInReceipt')}
              </Button>
            ),
            width: 130,
          },
        ]}
      />
      <RecordInDrawer
        open={recording}
        groups={groups}
        onClose={() => setRecording(false)}
        onRecorded={(memberCode) => {
          setRecording(false);
          onChanged();
          onOpenMember(memberCode);
        }}
      />
      {printing ? <InReceiptPrintPreview number={printing} onClose={() => setPrinting(null)} /> : null}
    </Space>
  );
}
