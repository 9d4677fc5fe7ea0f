/**
 * Reporting periods. The statistical year ends on 31 December (DOMAIN.md §6.1); a branch
 * also reports quarters or half years where its superior asks for them (a local rule, so the
 * kinds are a setting). Periods are named by short ids that sort and read well in file names:
 * '2026Q3', '2026H1', '2026'.
 */
import { AppError } from '../api/errors';
import type { PeriodKind } from '../api/schemas/reports';
import { addDays, addMonthsClamped, formatChineseDate } from '../members/chinese-dates';

export interface ReportPeriod {
  id: string;
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter, 1–2 for a half year, 1 for a year. */
  index: number;
  start: string;
  end: string;
}

const MONTHS: Record<PeriodKind, number> = { quarter: 3, half: 6, year: 12 };
const PER_YEAR: Record<PeriodKind, number> = { quarter: 4, half: 2, year: 1 };
const SUFFIX: Record<PeriodKind, string> = { quarter: 'Q', half: 'H', year: '' };
const ZH_NUMBERS = ['一', '二', '三', '四'] as const;

export function makePeriod(kind: PeriodKind, year: number, index: number): ReportPeriod {
  if (!Number.isInteger(index) || index < 1 || index > PER_YEAR[kind]) throw new RangeError(`no ${kind} ${index} in a year`);
  const months = MONTHS[kind];
  const start = `${year}-${String((index - 1) * months + 1).padStart(2, '0')}-01`;
  const id = kind === 'year' ? String(year) : `${year}${SUFFIX[kind]}${index}`;
  return { id, kind, year, index, start, end: addDays(addMonthsClamped(start, months), -1) };
}

/** Reads '2026Q3', '2026H1' or '2026'; anything else is NOT_FOUND (the id came from the UI). */
export function parsePeriod(id: string): ReportPeriod {
  const m = /^(\d{4})(?:([QH])([1-4]))?$/.exec(id);
  const year = Number(m?.[1]);
  const kind: PeriodKind = m?.[2] === 'Q' ? 'quarter' : m?.[2] === 'H' ? 'half' : 'year';
  const index = m?.[3] ? Number(m[3]) : 1;
  if (!m || index > PER_YEAR[kind]) throw new AppError('NOT_FOUND', `no such period ${id}`, { params: { period: id } });
  return makePeriod(kind, year, index);
}

/** The period of the same kind just before: the base of the reconciliation (期初). */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  return p.index > 1 ? makePeriod(p.kind, p.year, p.index - 1) : makePeriod(p.kind, p.year - 1, PER_YEAR[p.kind]);
}

export function periodsOfYear(kind: PeriodKind, year: number): ReportPeriod[] {
  return Array.from({ length: PER_YEAR[kind] }, (_, i) => makePeriod(kind, year, i + 1));
}

/** '2026年第三季度', '2026年上半年', '2026年度'. */
export function periodLabel(p: ReportPeriod): string {
  if (p.kind === 'quarter') return `${p.year}年第${ZH_NUMBERS[p.index - 1]}季度`;
  if (p.kind === 'half') return `${p.year}年${p.index === 1 ? '上' : '下'}半年`;
  return `${p.year}年度`;
}

/** '2026年7月1日至2026年9月30日'. */
export function periodRange(p: ReportPeriod): string {
  return `${formatChineseDate(p.start)}至${formatChineseDate(p.end)}`;
}

export function periodDeadline(p: ReportPeriod, deadlineDays: number): string {
  return addDays(p.end, deadlineDays);
}

export function contains(p: ReportPeriod, date: string): boolean {
  return p.start <= date && date <= p.end;
}
