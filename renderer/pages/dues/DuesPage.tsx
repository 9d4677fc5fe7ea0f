import { CheckSquareOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { DuesRegisterPreview } from '../../print/dues/DuesRegisterPreview';
import { DuesReceiptPreview } from '../../print/dues/DuesReceiptPreview';
import '../../styles/dues.css';
import { ArrearsPanel } from './ArrearsPanel';
import { addMonths, type DuesPeriod } from './dues-logic';
import { MemberDuesDrawer } from './MemberDuesDrawer';
import { MonthField } from './MonthField';
import { MonthLedgerTable } from './MonthLedgerTable';
import { MonthSummary } from './MonthSummary';
import { PaymentModal, type PaymentMemory, type PaymentStart } from './PaymentModal';
import { PrintExportMenus } from './PrintExportMenus';
import { ProfileModal, type ProfileTarget } from './ProfileModal';
import { RoundModal } from './RoundModal';
import { TotalsPanel } from './TotalsPanel';

type Tab = 'month' | 'totals' | 'arrears';

/**
 * 党费: the month's ledger (who owes what, who paid, 交至, arrears flags), payments one by one
 * or as the month's round, each member's basis, totals, the arrears list, prints and Excel.
 */
export function DuesPage() {
  const t = useT();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const [tab, setTab] = useState<Tab>('month');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [paying, setPaying] = useState<PaymentStart | null>(null);
  const [round, setRound] = useState(false);
  const [profileFor, setProfileFor] = useState<ProfileTarget | null>(null);
  const [openCode, setOpenCode] = useState<string | null>(null);
  const [register, setRegister] = useState<DuesPeriod | null>(null);
  const [receiptId, setReceiptId] = useState<number | null>(null);
  const [paymentMemory, setPaymentMemory] = useState<PaymentMemory | null>(null);
  // Everything on the page is read again after a change: one counter the loads depend on.
  const [generation, setGeneration] = useState(0);

  const sheet = useLoadWith('dues.monthSheet', { month });
  const arrears = useLoadWith('dues.arrears', {});
  const rules = useLoadWith('dues.rules', { month });
  const { reload: reloadSheet } = sheet;
  const { reload: reloadArrears } = arrears;
  const changed = useCallback(() => {
    reloadSheet();
    reloadArrears();
    setGeneration((g) => g + 1);
  }, [reloadSheet, reloadArrears]);

  const flags = useMemo(() => new Map((arrears.value?.rows ?? []).map((r) => [r.memberCode, r])), [arrears.value]);
  const rows = sheet.value?.month === month ? sheet.value.rows : [];

  return (
    <div className="bd-page bd-page-wide bd-dues">
      <div className="bd-dues-top">
        <Typography.Title level={2} className="bd-page-title">
          {t('dues.title')}
        </Typography.Title>
        <Space wrap className="bd-dues-month">
          <Button icon={<LeftOutlined />} aria-label={t('dues.month.previous')} onClick={() => setMonth((m) => addMonths(m, -1))} />
          <MonthField value={month} onChange={(m) => m && setMonth(m)} aria-label={t('dues.month.label')} className="bd-dues-month-field" />
          <Button icon={<RightOutlined />} aria-label={t('dues.month.next')} onClick={() => setMonth((m) => addMonths(m, 1))} />
        </Space>
      </div>
      <Space wrap className="bd-dues-actions">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setPaying({})}>
          {t('dues.pay.open')}
        </Button>
        <Button icon={<CheckSquareOutlined />} disabled={selected.size === 0} onClick={() => setRound(true)}>
          {t('dues.round.open', { count: selected.size })}
        </Button>
        <PrintExportMenus month={month} onPrint={setRegister} />
      </Space>
      <ErrorAlert error={sheet.error} />
      {sheet.value ? <MonthSummary sheet={sheet.value} arrears={arrears.value?.rows ?? []} showArrearsAlert={tab !== 'arrears'} onShowArrears={() => setTab('arrears')} /> : null}
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={[
          {
            key: 'month',
            label: t('dues.tab.month'),
            children: (
              <MonthLedgerTable
                month={month}
                rows={rows}
                loading={sheet.loading}
                rules={rules.value?.rules ?? null}
                flags={flags}
                selected={selected}
                onSelect={setSelected}
                onPay={(r) => setPaying({ memberCode: r.memberCode, memberName: r.name })}
                onProfile={(r) => setProfileFor({ memberCode: r.memberCode, name: r.name })}
                onOpen={setOpenCode}
              />
            ),
          },
          { key: 'totals', label: t('dues.tab.totals'), children: <TotalsPanel initialYear={Number(month.slice(0, 4))} generation={generation} /> },
          {
            key: 'arrears',
            label: t('dues.tab.arrears'),
            children: <ArrearsPanel arrears={arrears} onPay={(start) => setPaying(start)} onOpen={setOpenCode} />,
          },
        ]}
      />
      {/* Dialogs mount when opened, so each opening starts from a fresh form. */}
      {paying ? <PaymentModal start={paying} month={month} memory={paymentMemory} onRemember={setPaymentMemory} onClose={() => setPaying(null)} onRecorded={changed} onPrintReceipt={setReceiptId} /> : null}
      {round ? (
        <RoundModal
          month={month}
          rows={rows}
          selected={selected}
          onClose={() => setRound(false)}
          onDone={() => {
            setRound(false);
            setSelected(new Set());
            changed();
          }}
        />
      ) : null}
      {profileFor ? <ProfileModal target={profileFor} month={month} onClose={() => setProfileFor(null)} onSaved={changed} /> : null}
      <MemberDuesDrawer
        code={openCode}
        generation={generation}
        onClose={() => setOpenCode(null)}
        onPay={(start) => setPaying(start)}
        onProfile={(target) => setProfileFor(target)}
        onPrintReceipt={setReceiptId}
        onChanged={changed}
      />
      {register ? <DuesRegisterPreview period={register} onClose={() => setRegister(null)} /> : null}
      {receiptId !== null ? <DuesReceiptPreview paymentId={receiptId} onClose={() => setReceiptId(null)} /> : null}
    </div>
  );
}
