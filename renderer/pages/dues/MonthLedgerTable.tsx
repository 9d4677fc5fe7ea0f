import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/context';
import type { Translate } from '../../i18n/translate';
import { formatYuan } from '../../lib/money';
import { ArrearsTag } from './ArrearsTag';
import { explainDue, type ArrearsRow, type DuesRules, type SheetRow } from './dues-logic';
import { explanationText, monthText } from './dues-text';

interface Props {
  month: string;
  rows: readonly SheetRow[];
  loading: boolean;
  rules: DuesRules | null;
  flags: ReadonlyMap<string, ArrearsRow>;
  selected: ReadonlySet<string>;
  onSelect(codes: ReadonlySet<string>): void;
  onPay(row: SheetRow): void;
  onProfile(row: SheetRow): void;
  onOpen(code: string): void;
}

const STATUS_COLOURS: Record<SheetRow['status'], string> = {
  paid: 'green',
  partial: 'orange',
  unpaid: 'red',
  exempt: 'default',
  'paid-elsewhere': 'blue',
  'no-profile': 'default',
};

const money = (fen: number | null) => (fen === null ? '' : formatYuan(fen));

function explain(t: Translate, rules: DuesRules | null, row: SheetRow): string {
  return rules ? explanationText(t, explainDue(rules, row)) : t('common.loading');
}

/**
 * The month's ledger, one row per member on the roster that month: basis, amount due (why: on
 * hover or keyboard focus; the member's drawer says it in full), paid, 交至 and the arrears
 * flag. Rows are chosen for the month's round with the checkboxes.
 */
export function MonthLedgerTable({ month, rows, loading, rules, flags, selected, onSelect, onPay, onProfile, onOpen }: Props) {
  const t = useT();
  const columns: TableColumnsType<SheetRow> = [
    {
      key: 'name',
      title: t('dues.col.name'),
      width: 100,
      fixed: 'left',
      render: (_, r) => (
        <Space size={4}>
          <Button type="link" className="bd-dues-name" onClick={() => onOpen(r.memberCode)}>
            {r.name}
          </Button>
          {r.memberType === 'probationary' ? <Tag color="orange">{t('dues.probationary')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'category',
      title: t('dues.col.categoryStandard'),
      width: 140,
      render: (_, r) =>
        r.category ? (
          <span className="bd-nowrap">
            {t(`dues.categoryShort.${r.category}`)}
            <span className="bd-dues-standard">{r.standardLabel}</span>
          </span>
        ) : null,
    },
    { key: 'base', title: t('dues.col.base'), width: 100, align: 'right', render: (_, r) => <span className="bd-nowrap">{money(r.baseFen)}</span> },
    {
      key: 'due',
      title: t('dues.col.due'),
      width: 96,
      align: 'right',
      render: (_, r) =>
        r.dueFen === null ? null : (
          // Focusable, so the explanation opens from the keyboard as well as on hover.
          <Tooltip title={explain(t, rules, r)} trigger={['hover', 'focus']}>
            <span className="bd-dues-due" data-testid="dues-due" tabIndex={0}>
              {money(r.dueFen)} <InfoCircleOutlined className="bd-dues-info" aria-hidden />
            </span>
          </Tooltip>
        ),
    },
    { key: 'paid', title: t('dues.col.paid'), width: 84, align: 'right', render: (_, r) => <span className="bd-nowrap">{money(r.paidFen)}</span> },
    {
      key: 'status',
      title: t('dues.col.status'),
      width: 76,
      align: 'center',
      render: (_, r) => <Tag color={STATUS_COLOURS[r.status]}>{t(`dues.status.${r.status}`)}</Tag>,
    },
    { key: 'paidTo', title: t('dues.col.paidTo'), width: 104, render: (_, r) => <span className="bd-nowrap">{monthText(t, r.paidTo)}</span> },
    {
      key: 'flags',
      title: t('dues.col.flags'),
      render: (_, r) => {
        const a = flags.get(r.memberCode);
        return a ? <ArrearsTag row={a} short /> : null;
      },
    },
    {
      key: 'actions',
      title: t('dues.col.actions'),
      fixed: 'right',
      width: rows.some((r) => r.status === 'no-profile') ? 120 : 100,
      render: (_, r) =>
        r.status === 'no-profile' ? (
          <Button type="link" className="bd-dues-link" onClick={() => onProfile(r)}>
            {t('dues.action.setProfile')}
          </Button>
        ) : (
          <Space size={12}>
            <Button type="link" className="bd-dues-link" onClick={() => onPay(r)} aria-label={t('dues.action.payFor', { name: r.name })}>
              {t('dues.action.pay')}
            </Button>
            <Button type="link" className="bd-dues-link" onClick={() => onProfile(r)} aria-label={t('dues.action.profileFor', { name: r.name })}>
              {t('dues.action.profile')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Table<SheetRow>
      rowKey="memberCode"
      size="small"
      scroll={{ x: 'max-content' }}
      className="bd-dues-table"
      data-testid="dues-month-table"
      loading={loading && rows.length === 0}
      columns={columns}
      dataSource={rows as SheetRow[]}
      pagination={rows.length > 200 ? { pageSize: 100, showSizeChanger: false } : false}
      locale={{ emptyText: t('dues.month.empty', { month: monthText(t, month) }) }}
      rowSelection={{
        fixed: true,
        selectedRowKeys: [...selected],
        onChange: (keys) => onSelect(new Set(keys.map(String))),
        getCheckboxProps: (r) => ({ 'aria-label': t('dues.select', { name: r.name }) }),
      }}
      summary={() =>
        rows.length ? (
          <Table.Summary.Row className="bd-dues-total-row">
            <Table.Summary.Cell index={0} colSpan={4}>
              <strong>{t('dues.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <strong data-testid="dues-table-due">{formatYuan(rows.reduce((a, r) => a + (r.dueFen ?? 0), 0))}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <strong data-testid="dues-table-paid">{formatYuan(rows.reduce((a, r) => a + r.paidFen, 0))}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} colSpan={4} />
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
