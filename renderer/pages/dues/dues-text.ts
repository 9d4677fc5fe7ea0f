/** Dues figures in words, in the UI language: months, 元, and why an amount is what it is. */
import type { UiError } from '../../api/types';
import type { Translate } from '../../i18n/translate';
import { formatYuan } from '../../lib/money';
import { rateText, type DueExplanation, type DuesPeriod } from './dues-logic';

/** '2026-03' → 2026年3月; null → '—'. */
export function monthText(t: Translate, month: string | null): string {
  if (!month) return '—';
  return t('dues.monthName', { year: month.slice(0, 4), month: Number(month.slice(5)) });
}

/** '2026年1月至3月', '2025年12月至2026年2月', or one month. */
export function spanText(t: Translate, from: string, to: string): string {
  if (from === to) return monthText(t, from);
  if (from.slice(0, 4) === to.slice(0, 4)) return t('dues.spanInYear', { year: from.slice(0, 4), fromMonth: Number(from.slice(5)), month: Number(to.slice(5)) });
  return t('dues.span', { from: monthText(t, from), to: monthText(t, to) });
}

export const yuan = (t: Translate, fen: number) => t('dues.yuan', { amount: formatYuan(fen) });

/** A bracket bound in whole 元 when it is one (3000, not 3000.00), as the rules write it. */
const bound = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : formatYuan(fen));

export function bracketText(t: Translate, lowerFen: number | null, upperFen: number | null): string {
  if (lowerFen === null && upperFen !== null) return t('dues.bracket.upTo', { upper: bound(upperFen) });
  if (upperFen === null && lowerFen !== null) return t('dues.bracket.over', { lower: bound(lowerFen) });
  if (lowerFen !== null && upperFen !== null) return t('dues.bracket.between', { lower: bound(lowerFen), upper: bound(upperFen) });
  return t('dues.bracket.all');
}

/** The sentence under an amount: base, bracket, rate and sum, or the fixed amount, or the approval. */
export function explanationText(t: Translate, e: DueExplanation): string {
  switch (e.kind) {
    case 'rate':
      return t('dues.explain.rate', {
        base: formatYuan(e.baseFen),
        bracket: bracketText(t, e.lowerFen, e.upperFen),
        rate: rateText(e.rateBasisPoints),
        due: formatYuan(e.dueFen),
        citation: e.citation,
      });
    case 'fixed':
      return t('dues.explain.fixed', { due: formatYuan(e.dueFen), citation: e.citation });
    case 'range':
      return t('dues.explain.range', { due: formatYuan(e.dueFen), min: formatYuan(e.minFen), max: formatYuan(e.maxFen), citation: e.citation });
    case 'reduced':
      return e.standardFen === null
        ? t('dues.explain.reducedFarmer', { due: formatYuan(e.dueFen), citation: e.citation })
        : t('dues.explain.reduced', { due: formatYuan(e.dueFen), standard: formatYuan(e.standardFen), citation: e.citation });
    case 'exempt':
      return t('dues.explain.exempt', { citation: e.citation });
    default:
      return t('dues.explain.unknown');
  }
}

const MONTH = /^\d{4}-\d{2}$/;

/** Issue params as people read them: fen as 元 with two decimals, 'YYYY-MM' as 2026年3月. */
export function readableDuesParams(t: Translate, params: Readonly<Record<string, string | number>> = {}): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key.endsWith('Fen') && typeof value === 'number') out[key] = formatYuan(value);
    else if (typeof value === 'string' && MONTH.test(value)) out[key] = monthText(t, value);
    else out[key] = value;
  }
  return out;
}

/** The error with its issues' params made readable, for the form to place under its fields. */
export function readableDuesError(t: Translate, error: UiError): UiError {
  return { ...error, params: readableDuesParams(t, error.params), issues: error.issues?.map((i) => ({ ...i, params: readableDuesParams(t, i.params) })) };
}

/** '2026年3月', '2026年第一季度', '2026年度'. */
export function periodText(t: Translate, p: DuesPeriod): string {
  if (p.kind === 'month') return monthText(t, p.month);
  if (p.kind === 'quarter') return t('dues.period.quarter', { year: p.year, quarter: t(`dues.quarter.${p.quarter}`) });
  return t('dues.period.year', { year: p.year });
}
