import { FileAddOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { LetterPrintPreview } from '../../print/transfers/LetterPrintPreview';
import { IssueOutDrawer } from './IssueOutDrawer';
import { LetterActionModal, type LetterAction } from './LetterActionModal';
import { letterActions, newestFirst, overdueLetters, receiptState, type TransferLetter } from './letter-state';
import { LetterStatusTag, MemberLink, ReceiptTag } from './LetterTags';
import { ListTable, TabTop } from './TransferParts';

interface Props {
  letters: Loaded<TransferLetter[]>;
  list: readonly TransferLetter[];
  onChanged(): void;
  onOpenMember(code: string): void;
}

/**
 * 转出: every letter out, newest first, with where its 回执 stands; overdue receipts are listed
 * above the table (the branch stays responsible for the member until the receipt is back).
 */
export function OutLettersTab({ letters, list, onChanged, onOpenMember }: Props) {
  const t = useT();
  const today = dayjs().format('YYYY-MM-DD');
  const rows = useMemo(() => newestFirst(list), [list]);
  const overdue = useMemo(() => overdueLetters(list, today), [list, today]);
  const [issuing, setIssuing] = useState(false);
  const [printing, setPrinting] = useState<string | null>(null);
  const [acting, setActing] = useState<{ action: LetterAction; letter: TransferLetter } | null>(null);
  const [left, setLeft] = useState<TransferLetter | null>(null);

  return (
    <Space orientation="vertical" size="middle" className="bd-full-width">
      <TabTop intro={t('transfers.out.intro')}>
        <Button type="primary" size="large" icon={<FileAddOutlined />} onClick={() => setIssuing(true)}>
          {t('transfers.out.issue')}
        </Button>
      </TabTop>
      {left ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setLeft(null) }}
          title={t('transfers.confirm.doneTitle', { name: left.memberName, number: left.number })}
          description={t('transfers.confirm.doneText')}
          action={
            left.memberCode ? (
              <Button onClick={() => onOpenMember(left.memberCode!)}>{t('transfers.openMember')}</Button>
            ) : null
          }
          data-testid="transfer-done"
        />
      ) : null}
      {overdue.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('transfers.overdue.title', { count: overdue.length })}
          description={
            <>
              <ul className="bd-transfers-overdue">
                {overdue.map(({ letter, days }) => (
                  <li key={letter.number}>{t('transfers.overdue.item', { number: letter.number, name: letter.memberName, org: letter.toOrg, days })}</li>
                ))}
              </ul>
              {t('transfers.overdue.next')}
            </>
          }
          data-testid="overdue-receipts"
        />
      ) : null}
      <ErrorAlert error={letters.error} />
      <ListTable<TransferLetter>
        rowKey="number"
        loading={letters.loading}
        rows={rows}
        empty={t('transfers.out.empty')}
        testId="out-letters"
        columns={[
          { key: 'number', title: t('transfers.col.number'), render: (_v, l) => <span className="bd-mono">{l.number}</span>, width: 100 },
          { key: 'member', title: t('transfers.col.member'), render: (_v, l) => <MemberLink letter={l} onOpen={onOpenMember} />, width: 90 },
          {
            key: 'to',
            title: t('transfers.col.toOrg'),
            render: (_v, l) => (
              <>
                <div>{l.toOrg}</div>
                {l.addressee && l.addressee !== l.toOrg ? <div className="bd-transfers-sub">{t('transfers.col.addresseeValue', { addressee: l.addressee })}</div> : null}
              </>
            ),
          },
          {
            key: 'issued',
            title: t('transfers.col.issuedValidity'),
            render: (_v, l) => (
              <>
                <div>{formatDate(t, l.issuedOn)}</div>
                {l.validDays === null ? null : <div className="bd-transfers-sub">{t('transfers.validity', { days: l.validDays, until: formatDate(t, l.validUntil) })}</div>}
              </>
            ),
            width: 170,
          },
          { key: 'receipt', title: t('transfers.col.receipt'), render: (_v, l) => <ReceiptTag state={receiptState(l, today)} />, width: 190 },
          { key: 'status', title: t('transfers.col.status'), render: (_v, l) => <LetterStatusTag letter={l} />, width: 90 },
          {
            key: 'actions',
            title: t('transfers.col.actions'),
            width: 200,
            render: (_v, l) => {
              const can = letterActions(l);
              return (
                <Space size={4} wrap>
                  <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(l.number)}>
                    {t('transfers.action.print')}
                  </Button>
                  {can.receipt ? (
                    <Button size="small" onClick={() => setActing({ action: 'receipt', letter: l })}>
                      {t('transfers.action.receipt')}
                    </Button>
                  ) : null}
                  {can.confirm ? (
                    <Button size="small" type="primary" onClick={() => setActing({ action: 'confirm', letter: l })}>
                      {t('transfers.action.confirm')}
                    </Button>
                  ) : null}
                  {can.cancel ? (
                    <Button size="small" danger onClick={() => setActing({ action: 'cancel', letter: l })}>
                      {t('transfers.action.cancel')}
                    </Button>
                  ) : null}
                </Space>
              );
            },
          },
        ]}
      />
      <IssueOutDrawer
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(number) => {
          setIssuing(false);
          onChanged();
          setPrinting(number);
        }}
      />
      <LetterActionModal
        target={acting}
        onClose={() => setActing(null)}
        onDone={(letter) => {
          if (acting?.action === 'confirm') setLeft(letter);
          setActing(null);
          onChanged();
        }}
      />
      {printing ? <LetterPrintPreview number={printing} onClose={() => setPrinting(null)} /> : null}
    </Space>
  );
}
