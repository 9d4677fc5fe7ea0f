import { PlusOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Drawer, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { formatYuan } from '../../lib/money';
import { CancelPaymentModal } from './CancelPaymentModal';
import { arrearsLevel, explainDue, monthRuns, type MemberLedger } from './dues-logic';
import { explanationText, monthText, spanText, yuan } from './dues-text';
import type { PaymentStart } from './PaymentModal';
import type { ProfileTarget } from './ProfileModal';
import { useReloadOn } from './use-reload-on';

type Payment = MemberLedger['payments'][number];

interface Props {
  code: string | null;
  /** Bumped by the page after any change, so an open drawer shows it. */
  generation: number;
  onClose(): void;
  onPay(start: PaymentStart): void;
  onProfile(target: ProfileTarget): void;
  onPrintReceipt(paymentId: number): void;
  onChanged(): void;
}

/** Months shown at first: two years is what a secretary looks back on; the rest is one click away. */
const RECENT_MONTHS = 24;

/** One member's 党费: the basis and its history, 交至, arrears, each month, and every payment with its receipt. */
export function MemberDuesDrawer({ code, generation, onClose, onPay, onProfile, onPrintReceipt, onChanged }: Props) {
  const t = useT();
  const load = useLoadWith('dues.memberLedger', code ? { memberCode: code } : null);
  const history = useLoadWith('dues.profile', code ? { memberCode: code } : null);
  const rules = useLoadWith('dues.rules', code ? {} : null);
  const [allMonths, setAllMonths] = useState(false);
  const [cancelling, setCancelling] = useState<Payment | null>(null);
  useReloadOn(generation, load.reload);
  useReloadOn(generation, history.reload);

  const l = code && load.value?.memberCode === code ? load.value : null;
  const p = l?.profile ?? null;
  const level = l ? arrearsLevel(l.arrears.flags) : null;
  const months = l ? [...l.months].reverse() : [];

  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      size={900}
      title={l ? t('dues.member.title', { name: l.name }) : t('common.loading')}
      extra={
        l ? (
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => onPay({ memberCode: l.memberCode, memberName: l.name })}>
              {t('dues.pay.open')}
            </Button>
            <Button icon={<SettingOutlined />} onClick={() => onProfile({ memberCode: l.memberCode, name: l.name })}>
              {t('dues.action.setProfile')}
            </Button>
          </Space>
        ) : null
      }
    >
      <ErrorAlert error={load.error} />
      {!l ? <Skeleton active loading={load.loading} paragraph={{ rows: 8 }} /> : null}
      {l ? (
        <Space orientation="vertical" size="large" className="bd-full-width">
          {level ? (
            <Alert
              type={level === 'committee' ? 'error' : 'warning'}
              showIcon
              title={t(level === 'committee' ? 'dues.flag.committee' : 'dues.flag.reminder', { months: level === 'committee' ? l.arrears.longestRun : l.arrears.months.length })}
              description={`${t('dues.arrears.owedMonths', { months: monthRuns(l.arrears.months).map(([a, b]) => spanText(t, a, b)).join('、'), amount: yuan(t, l.arrears.outstandingFen) })}${level === 'committee' ? ` ${t('dues.arrears.committeeNote')}` : ''}`}
            />
          ) : null}
          {l.noProfile ? <Alert type="info" showIcon title={t('dues.member.noProfile')} /> : null}
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'category', label: t('dues.col.category'), children: p ? t(`dues.category.${p.category}`) : '—' },
              { key: 'from', label: t('dues.profile.fromMonth'), children: p ? monthText(t, p.fromMonth) : '—' },
              { key: 'base', label: t('dues.col.base'), children: p?.baseFen != null ? yuan(t, p.baseFen) : '—' },
              { key: 'standard', label: t('dues.col.standard'), children: p ? `${p.standardLabel}（${p.citation}）` : '—' },
              { key: 'monthly', label: t('dues.member.monthly'), children: p ? yuan(t, p.monthlyDueFen) : '—' },
              { key: 'reduction', label: t('dues.profile.reduction'), children: p && p.reduction !== 'none' ? `${t(`dues.reduction.${p.reduction}`)}（${p.approvalRef ?? ''}）` : t('dues.reduction.none') },
              {
                key: 'explain',
                label: t('dues.member.explain'),
                span: 'filled',
                children: p && rules.value ? explanationText(t, explainDue(rules.value.rules, { category: p.category, baseFen: p.baseFen, dueFen: p.monthlyDueFen })) : '—',
              },
              { key: 'paidTo', label: t('dues.col.paidTo'), children: <strong data-testid="dues-member-paid-to">{monthText(t, l.paidTo)}</strong> },
              { key: 'owing', label: t('dues.member.owing'), children: yuan(t, l.arrears.outstandingFen) },
            ]}
          />
          <Card size="small" title={t('dues.member.payments')}>
            <Table<Payment>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={[...l.payments].reverse()}
              locale={{ emptyText: t('dues.member.noPayments') }}
              rowClassName={(r) => (r.cancelled ? 'bd-dues-cancelled' : '')}
              columns={[
                { key: 'paidOn', title: t('dues.pay.paidOn'), dataIndex: 'paidOn', width: 110 },
                { key: 'span', title: t('dues.col.months'), render: (_, r) => (r.kind === 'voluntary' ? t('dues.kind.voluntary') : spanText(t, r.fromMonth, r.toMonth)) },
                { key: 'amount', title: t('dues.col.amount'), align: 'right', render: (_, r) => formatYuan(r.amountFen) },
                { key: 'method', title: t('dues.pay.method'), render: (_, r) => t(`dues.method.${r.method}`) },
                { key: 'receipt', title: t('dues.pay.receiptNo'), render: (_, r) => r.receiptNo ?? '' },
                {
                  key: 'by',
                  title: t('dues.col.note'),
                  render: (_, r) => (
                    <>
                      {r.paidByName && r.paidByCode !== r.memberCode ? <div>{t('dues.member.paidBy', { name: r.paidByName })}</div> : null}
                      {r.cancelled ? <Tag>{t('dues.member.cancelled', { reason: r.cancelReason ?? '' })}</Tag> : null}
                      {r.note ? <div>{r.note}</div> : null}
                    </>
                  ),
                },
                {
                  key: 'actions',
                  title: t('dues.col.actions'),
                  render: (_, r) => (
                    <Space size={0}>
                      <Button type="link" icon={<PrinterOutlined />} onClick={() => onPrintReceipt(r.id)}>
                        {t('dues.member.receipt')}
                      </Button>
                      {r.cancelled ? null : (
                        <Button type="link" danger onClick={() => setCancelling(r)}>
                          {t('dues.member.cancel')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('dues.member.months')}>
            <Table
              size="small"
              rowKey="month"
              pagination={false}
              dataSource={allMonths ? months : months.slice(0, RECENT_MONTHS)}
              columns={[
                { key: 'month', title: t('dues.col.month'), render: (_, m) => monthText(t, m.month) },
                { key: 'standard', title: t('dues.col.standard'), render: (_, m) => m.standardLabel },
                { key: 'due', title: t('dues.col.due'), align: 'right', render: (_, m) => formatYuan(m.dueFen) },
                { key: 'paid', title: t('dues.col.paid'), align: 'right', render: (_, m) => formatYuan(m.paidFen) },
                { key: 'status', title: t('dues.col.status'), render: (_, m) => (m.overdue ? <Tag color="red">{t('dues.member.overdue')}</Tag> : t(`dues.status.${m.status}`)) },
              ]}
            />
            {months.length > RECENT_MONTHS && !allMonths ? (
              <Button type="link" onClick={() => setAllMonths(true)}>
                {t('dues.member.allMonths', { count: months.length })}
              </Button>
            ) : null}
          </Card>
          <Card size="small" title={t('dues.member.history')}>
            <ul className="bd-dues-history">
              {(history.value?.history ?? []).map((h) => (
                <li key={h.id} className={h.cancelled ? 'bd-dues-cancelled' : undefined}>
                  <Typography.Text>
                    {t('dues.member.historyLine', {
                      from: monthText(t, h.fromMonth),
                      category: t(`dues.category.${h.category}`),
                      base: h.baseFen === null ? '' : yuan(t, h.baseFen),
                      standard: h.standardLabel,
                      amount: yuan(t, h.monthlyDueFen),
                    })}
                  </Typography.Text>
                  {h.reduction !== 'none' ? <Tag>{`${t(`dues.reduction.${h.reduction}`)} ${h.approvalRef ?? ''}`}</Tag> : null}
                  {h.cancelled ? <Tag>{t('dues.member.corrected')}</Tag> : null}
                </li>
              ))}
            </ul>
          </Card>
        </Space>
      ) : null}
      <CancelPaymentModal
        payment={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={() => {
          setCancelling(null);
          onChanged();
        }}
      />
    </Drawer>
  );
}
