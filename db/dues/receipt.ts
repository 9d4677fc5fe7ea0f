/** 党费收据 for one payment as a document model, the amount in figures and in 大写. */
import type { z } from 'zod';
import type { DuesPayment, duesReceiptDoc } from '../api/schemas/dues';
import type { Branch } from '../api/schemas/store';
import { formatChineseDate } from '../members/chinese-dates';
import { upperMoney } from '../transfers/chinese-numerals';
import { formatYuan } from './money';
import { compareMonths, monthOf } from './months';
import { METHOD_NAMES_ZH, monthSpanName } from './names';

export type DuesReceiptDoc = z.infer<typeof duesReceiptDoc>;

function itemOf(p: DuesPayment): string {
  if (p.kind === 'voluntary') return '自愿多交党费';
  const span = `${monthSpanName(p.fromMonth, p.toMonth)}党费`;
  if (p.kind === 'back-pay') return `${span}（补交）`;
  return compareMonths(p.toMonth, monthOf(p.paidOn)) > 0 ? `${span}（含预交）` : span;
}

export function buildReceipt(p: DuesPayment, branch: Branch): DuesReceiptDoc {
  const figures = `¥${formatYuan(p.amountFen)}`;
  const capital = upperMoney(p.amountFen);
  const handedInBy = p.paidByName && p.paidByCode !== p.memberCode ? p.paidByName : null;
  const item = itemOf(p);
  const method = METHOD_NAMES_ZH[p.method];
  return {
    orgName: branch.name,
    title: '党费收据',
    receiptNo: p.receiptNo ?? '',
    dateText: formatChineseDate(p.paidOn),
    payerName: p.memberName,
    handedInBy,
    item,
    method,
    amountFen: p.amountFen,
    amountFigures: figures,
    amountCapital: capital,
    lines: [
      ['交款人', p.memberName],
      ...(handedInBy ? ([['代交人', handedInBy]] as [string, string][]) : []),
      ['交纳项目', item],
      ['交纳方式', method],
      ['金额（大写）', capital],
      ['金额（小写）', figures],
    ],
    signatures: ['收款单位（盖章）', '收款人（签字）'],
    cancelledNote: p.cancelled ? `本笔已作废${p.cancelReason ? `：${p.cancelReason}` : ''}` : null,
  };
}
