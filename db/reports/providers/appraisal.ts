/**
 * 民主评议党员 results of the report's year (DOMAIN.md §7; 第八表), from appraisal_results.
 * Only the yearly report carries them: the appraisal is held once a year. "Appraised" is
 * everyone with a result row for the year; a row without a verdict yet is counted as pending.
 */
import { GRADES, type Grade } from '../../api/schemas/appraisal';
import { statement } from '../../util/statements';
import { count, type FigureItem, type Figures, type SectionProvider } from '../figures';

const GRADE_LABELS: Record<Grade, string> = { excellent: '评定为优秀', qualified: '评定为合格', basic: '评定为基本合格', unqualified: '评定为不合格' };

export const appraisalSection: SectionProvider = {
  section: 'appraisal',
  kinds: ['year'],
  figures: (store, period) => {
    const rows = statement(
      store.sqlite,
      `SELECT r.member_code AS code, coalesce(m.name, r.member_code) AS name, r.verdict
         FROM appraisal_results r LEFT JOIN members m ON m.code = r.member_code
        WHERE r.year = ? ORDER BY r.member_code`,
    ).all(period.year) as (FigureItem & { verdict: string | null })[];
    const who = (r: FigureItem) => ({ code: r.code, name: r.name });
    const out: Figures = { 'appraisal.appraised': count('参加民主评议的党员', rows.map(who)) };
    for (const g of GRADES) out[`appraisal.${g}`] = count(GRADE_LABELS[g], rows.filter((r) => r.verdict === g).map(who));
    out['appraisal.pending'] = count('尚未评定', rows.filter((r) => !(GRADES as readonly string[]).includes(r.verdict ?? '')).map(who));
    return out;
  },
};
