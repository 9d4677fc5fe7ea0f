import { PrinterOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import { RegisterPrintPreview } from '../../print/transfers/RegisterPrintPreview';
import { receiptState, registerFor, registerYears, type TransferLetter } from './letter-state';
import { LetterStatusTag, ReceiptTag } from './LetterTags';
import { ListTable, TabTop } from './TransferParts';

/**
 * 介绍信登记簿: every letter out and in for a year (or all years), in the order they were
 * written, cancelled ones included (a number is never used twice); printable as the book.
 */
export function RegisterTab({ letters, list }: { letters: Loaded<TransferLetter[]>; list: readonly TransferLetter[] }) {
  const t = useT();
  const today = dayjs().format('YYYY-MM-DD');
  const years = useMemo(() => registerYears(list, today), [list, today]);
  const [year, setYear] = useState<number | null>(Number(today.slice(0, 4)));
  const rows = useMemo(() => registerFor(list, year), [list, year]);
  const [printing, setPrinting] = useState(false);
  return (
    <Space orientation="vertical" size="middle" className="bd-full-width">
      <TabTop
        intro={
          <Space wrap>
            <Typography.Text>{t('transfers.register.yearLabel')}</Typography.Text>
            <Select<number | 'all'>
              aria-label={t('transfers.register.yearLabel')}
              value={year ?? 'all'}
              onChange={(v) => setYear(v === 'all' ? null : v)}
              className="bd-transfers-year"
              options={[...years.map((y) => ({ value: y, label: t('transfers.register.year', { year: y }) })), { value: 'all' as const, label: t('transfers.register.allYears') }]}
            />
            <Typography.Text type="secondary">{t('transfers.register.count', { count: rows.length })}</Typography.Text>
          </Space>
        }
      >
        <Button size="large" icon={<PrinterOutlined />} onClick={() => setPrinting(true)} disabled={letters.loading}>
          {t('transfers.register.print')}
        </Button>
      </TabTop>
      <ErrorAlert error={letters.error} />
      <ListTable<TransferLetter>
        rowKey={(l) => `${l.direction}:${l.number}`}
        loading={letters.loading}
        rows={rows}
        empty={t('transfers.register.empty')}
        testId="letter-register"
        columns={[
          { key: 'number', title: t('transfers.col.number'), render: (_v, l) => <span className="bd-mono">{l.number}</span>, width: 130 },
          { key: 'direction', title: t('transfers.register.col.direction'), render: (_v, l) => <Tag>{t(`transfers.direction.${l.direction}`)}</Tag>, width: 80 },
          { key: 'member', title: t('transfers.col.member'), dataIndex: 'memberName', width: 90 },
          { key: 'from', title: t('transfers.col.fromOrg'), dataIndex: 'fromOrg' },
          { key: 'to', title: t('transfers.col.toOrg'), dataIndex: 'toOrg' },
          { key: 'issuedOn', title: t('transfers.col.issuedOn'), render: (_v, l) => formatDate(t, l.issuedOn), width: 130 },
          { key: 'receipt', title: t('transfers.col.receipt'), render: (_v, l) => <ReceiptTag state={receiptState(l, today)} />, width: 190 },
          { key: 'status', title: t('transfers.col.status'), render: (_v, l) => <LetterStatusTag letter={l} />, width: 90 },
        ]}
      />
      {printing ? <RegisterPrintPreview letters={rows} year={year} onClose={() => setPrinting(false)} /> : null}
    </Space>
  );
}
