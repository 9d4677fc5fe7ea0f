/** The Chinese words the 登记表, the 收据 and the ledger print, kept in one place. */
import type { MonthStatus, PaymentKind } from './ledger';
import { categoryRule, duesRulesFor, type DuesCategory } from './rules';

export const PAYMENT_METHODS = ['cash', 'transfer', 'online', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const METHOD_NAMES_ZH: Record<PaymentMethod, string> = { cash: '现金', transfer: '转账', online: '线上', other: '其他' };
export const KIND_NAMES_ZH: Record<PaymentKind, string> = { normal: '按月交纳', 'back-pay': '补交', voluntary: '自愿多交' };
export const STATUS_NAMES_ZH: Record<MonthStatus | 'no-profile', string> = {
  paid: '已交',
  partial: '未交足',
  unpaid: '未交',
  exempt: '免交',
  'paid-elsewhere': '原支部已收',
  'no-profile': '未定标准',
};

/** The category's name in the rules in force that month (a revision may rename it). */
export function categoryName(category: DuesCategory, month: string): string {
  return categoryRule(duesRulesFor(month), category).label;
}

/** '2026年3月'; null (no month) as '—'. */
export function monthName(month: string | null): string {
  return month ? `${month.slice(0, 4)}年${Number(month.slice(5))}月` : '—';
}

/** '2026年1月至3月', '2025年12月至2026年2月', or a single month. */
export function monthSpanName(from: string, to: string): string {
  if (from === to) return monthName(from);
  return from.slice(0, 4) === to.slice(0, 4) ? `${monthName(from)}至${Number(to.slice(5))}月` : `${monthName(from)}至${monthName(to)}`;
}
