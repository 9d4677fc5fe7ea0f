/**
 * 'YYYY-MM' arithmetic. Dues are reckoned by calendar month, so months are their own type of
 * string rather than dates on the 1st: no day, no time zone, nothing to round.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function indexOf(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function fromIndex(i: number): string {
  const y = Math.floor(i / 12);
  return `${String(y).padStart(4, '0')}-${String(i - y * 12 + 1).padStart(2, '0')}`;
}

export function addMonths(month: string, n: number): string {
  return fromIndex(indexOf(month) + n);
}

/** How many months from `a` to `b` (negative when b is earlier). */
export function monthsBetween(a: string, b: string): number {
  return indexOf(b) - indexOf(a);
}

export function compareMonths(a: string, b: string): -1 | 0 | 1 {
  const d = monthsBetween(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export const maxMonth = (a: string, b: string) => (compareMonths(a, b) >= 0 ? a : b);
export const minMonth = (a: string, b: string) => (compareMonths(a, b) <= 0 ? a : b);

/** Every month from `from` to `to`, both included; empty when `to` is earlier. */
export function monthRange(from: string, to: string): string[] {
  const start = indexOf(from);
  return Array.from({ length: Math.max(0, indexOf(to) - start + 1) }, (_, i) => fromIndex(start + i));
}

/** The month of a 'YYYY-MM-DD' date. */
export function monthOf(date: string): string {
  const month = date.slice(0, 7);
  indexOf(month);
  return month;
}

export type DuesPeriod = { kind: 'month'; month: string } | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'year'; year: number };

const pad2 = (n: number) => String(n).padStart(2, '0');

export function periodMonths(p: DuesPeriod): { from: string; to: string } {
  if (p.kind === 'month') return { from: p.month, to: p.month };
  if (p.kind === 'quarter') return { from: `${p.year}-${pad2(p.quarter * 3 - 2)}`, to: `${p.year}-${pad2(p.quarter * 3)}` };
  return { from: `${p.year}-01`, to: `${p.year}-12` };
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** '2026年3月', '2026年第一季度', '2026年度'. */
export function periodLabel(p: DuesPeriod): string {
  if (p.kind === 'month') return `${p.month.slice(0, 4)}年${Number(p.month.slice(5))}月`;
  if (p.kind === 'quarter') return `${p.year}年第${QUARTER_NAMES[p.quarter - 1]}季度`;
  return `${p.year}年度`;
}
