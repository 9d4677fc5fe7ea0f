/**
 * 党费收缴登记表 for a month, quarter or year as a document model: every cell already worded,
 * money cells also carrying their exact fen so the Excel file holds numbers, and a totals row
 * that is the sum of the rows to the fen. The printed page and the .xlsx render this one model.
 */
import type { z } from 'zod';
import type { duesRegisterDoc } from '../api/schemas/dues';
import type { Branch } from '../api/schemas/store';
import type { Store } from '../store/store';
import { formatChineseDate } from '../members/chinese-dates';
import type { LedgerMonth } from './ledger';
import { formatYuan } from './money';
import { compareMonths, monthRange, periodLabel, periodMonths, type DuesPeriod } from './months';
import { categoryName, monthName } from './names';
import { branchLedgers, covering, onRoster, voluntaryIn } from './reports';

export type DuesRegisterDoc = z.infer<typeof duesRegisterDoc>;
type Cell = DuesRegisterDoc['rows'][number][number];

const COLUMNS: DuesRegisterDoc['columns'] = [
  { header: '序号', money: false, width: 6 },
  { header: '姓名', money: false, width: 10 },
  { header: '党员类别', money: false, width: 9 },
  { header: '交纳类别', money: false, width: 16 },
  { header: '月计算基数', money: true, width: 12 },
  { header: '交纳标准', money: false, width: 10 },
  { header: '应交', money: true, width: 10 },
  { header: '实交', money: true, width: 10 },
  { header: '欠交', money: true, width: 10 },
  { header: '自愿多交', money: true, width: 10 },
  { header: '交纳日期', money: false, width: 16 },
  { header: '收据号', money: false, width: 14 },
  { header: '党费交至', money: false, width: 11 },
  { header: '备注', money: false, width: 22 },
];

const text = (t: string): Cell => ({ text: t });
const money = (fen: number): Cell => ({ text: formatYuan(fen), fen });
const blankMoney = (): Cell => ({ text: '' });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function remarks(months: LedgerMonth[], flags: string[], noProfileMonths: number): string {
  const out: string[] = [];
  if (flags.includes('COMMITTEE_ATTENTION')) out.push('连续6个月以上未交，提请支委会研究');
  else if (flags.includes('ARREARS_3_MONTHS')) out.push('欠交3个月以上，请督促');
  if (months.some((m) => m.status === 'exempt')) out.push('经批准免交');
  if (months.some((m) => m.standardLabel === '少交')) out.push('经批准少交');
  if (months.some((m) => m.status === 'paid-elsewhere')) out.push('部分月份原支部已收');
  if (noProfileMonths > 0) out.push(`${noProfileMonths}个月未定交纳标准`);
  return out.join('；');
}

/** Short day names for the 交纳日期 column: '3月5日、4月2日'. */
function dayList(dates: string[]): string {
  return dates.map((d) => formatChineseDate(d).replace(/^\d+年/, '')).join('、');
}

export function buildDuesRegister(store: Store, branch: Branch, period: DuesPeriod, asOfMonth: string): DuesRegisterDoc {
  const { from, to } = periodMonths(period);
  const inPeriod = (m: string) => compareMonths(m, from) >= 0 && compareMonths(m, to) <= 0;
  const rows: Cell[][] = [];
  const totals = { due: 0, paid: 0, outstanding: 0, voluntary: 0 };
  let noProfileMembers = 0;
  for (const { member, ledger, windows, payments } of branchLedgers(store, asOfMonth, to)) {
    const months = ledger.months.filter((m) => inPeriod(m.month));
    const rosterMonths = monthRange(from, to).filter((m) => onRoster(windows, m));
    if (months.length === 0 && rosterMonths.length === 0) continue;
    const noProfileMonths = rosterMonths.filter((m) => !months.some((x) => x.month === m)).length;
    if (noProfileMonths > 0) noProfileMembers += 1;
    const last = months.at(-1);
    const due = sum(months.map((m) => m.dueFen));
    const paid = sum(months.map((m) => m.paidFen));
    const voluntary = voluntaryIn(payments, from, to);
    const paying = [...new Map(months.flatMap((m) => covering(payments, m.month)).map((p) => [p.id, p])).values()];
    totals.due += due;
    totals.paid += paid;
    totals.outstanding += due - paid;
    totals.voluntary += voluntary;
    rows.push([
      text(String(rows.length + 1)),
      text(member.name),
      text(member.memberType === 'full' ? '正式党员' : '预备党员'),
      text(last ? categoryName(last.category, last.month) : '未定'),
      last?.baseFen != null ? money(last.baseFen) : blankMoney(),
      text(last?.standardLabel ?? ''),
      money(due),
      money(paid),
      money(due - paid),
      money(voluntary),
      text(dayList([...new Set(paying.map((p) => p.paidOn))].sort())),
      text(paying.flatMap((p) => (p.receiptNo ? [p.receiptNo] : [])).join('、')),
      text(monthName(ledger.paidTo)),
      text(remarks(months, ledger.arrears.flags, noProfileMonths)),
    ]);
  }
  const label = periodLabel(period);
  const y = (fen: number) => `${formatYuan(fen)}元`;
  return {
    orgName: branch.name,
    title: '党费收缴登记表',
    periodLabel: label,
    from,
    to,
    columns: COLUMNS,
    rows,
    totals: [text('合计'), text(''), text(''), text(''), blankMoney(), text(''), money(totals.due), money(totals.paid), money(totals.outstanding), money(totals.voluntary), text(''), text(''), text(''), text('')],
    summary:
      `${label}应交党费${y(totals.due)}，实交${y(totals.paid)}，欠交${y(totals.outstanding)}，自愿多交${y(totals.voluntary)}；` +
      `共${rows.length}名党员${noProfileMembers ? `，其中${noProfileMembers}人有月份未定交纳标准` : ''}。`,
    notes: [
      '交纳标准依据中组发〔2008〕3号《关于中国共产党党费收缴、使用和管理的规定》；月计算基数乘以比例后四舍五入到分。',
      '金额单位：元。实交按所交月份计入；自愿多交按交纳日期计入。',
      `党费交至和欠交提示以${monthName(asOfMonth)}为准。`,
    ],
    signatures: ['支部书记（签字）', '组织委员（签字）', '经办人（签字）'],
  };
}
