import { Alert, Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { OpOutput } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { formatYuan } from '../../lib/money';
import { ArrearsTag } from './ArrearsTag';
import { addMonths, monthRuns, monthsFrom, type ArrearsRow } from './dues-logic';
import { monthText, spanText } from './dues-text';
import type { PaymentStart } from './PaymentModal';

interface Props {
  arrears: Loaded<OpOutput<'dues.arrears'>>;
  onPay(start: PaymentStart): void;
  onOpen(code: string): void;
}

/** 补交 starts at the earliest owed month, but no further back than six months (the usual limit). */
function backPayStart(row: ArrearsRow): PaymentStart {
  const first = row.months[0]!;
  const last = row.months.at(-1)!;
  const limit = addMonths(dayjs().format('YYYY-MM'), -6);
  return { memberCode: row.memberCode, memberName: row.name, from: monthsFrom(limit, first) >= 0 ? first : limit, to: last };
}

/** 欠交名单: who owes which months and how much, the committee's cases first. */
export function ArrearsPanel({ arrears, onPay, onOpen }: Props) {
  const t = useT();
  const rows = arrears.value?.rows ?? [];
  return (
    <Space orientation="vertical" className="bd-full-width">
      <Alert type="info" showIcon title={t('dues.arrears.rule')} description={t('dues.arrears.committeeNote')} />
      {arrears.value ? <Typography.Text type="secondary">{t('dues.arrears.asOf', { month: monthText(t, arrears.value.asOfMonth) })}</Typography.Text> : null}
      <ErrorAlert error={arrears.error} />
      <Table<ArrearsRow>
        size="middle"
        rowKey="memberCode"
        data-testid="dues-arrears"
        loading={arrears.loading && rows.length === 0}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('dues.arrears.none') }}
        columns={[
          {
            key: 'name',
            title: t('dues.col.name'),
            render: (_, r) => (
              <Button type="link" className="bd-dues-name" onClick={() => onOpen(r.memberCode)}>
                {r.name}
              </Button>
            ),
          },
          { key: 'paidTo', title: t('dues.col.paidTo'), render: (_, r) => monthText(t, r.paidTo) },
          { key: 'months', title: t('dues.arrears.months'), render: (_, r) => monthRuns(r.months).map(([a, b]) => spanText(t, a, b)).join('、') },
          { key: 'count', title: t('dues.arrears.count'), align: 'right', render: (_, r) => r.months.length },
          { key: 'amount', title: t('dues.arrears.amount'), align: 'right', render: (_, r) => formatYuan(r.outstandingFen) },
          { key: 'flag', title: t('dues.col.flags'), render: (_, r) => <ArrearsTag row={r} /> },
          {
            key: 'actions',
            title: t('dues.col.actions'),
            render: (_, r) =>
              r.membership === 'active' ? (
                <Button type="link" onClick={() => onPay(backPayStart(r))}>
                  {t('dues.arrears.pay')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('dues.arrears.left')}</Typography.Text>
              ),
          },
        ]}
      />
    </Space>
  );
}
