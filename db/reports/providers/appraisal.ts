/**
 * 民主评议党员 results of the report's year (DOMAIN.md §7; 第八表), from appraisal_results.
 * Only the yearly report carries them: the appraisal is held once a year. "Appraised" is
 * everyone the appraisal screen lists for the year (the roster at its opening and end, and
 * anyone recorded); whoever has no verdict yet is counted as pending, so the two add up
 * while the year is still open.
 */
import { GRADES, type Grade } from '../../api/schemas/appraisal';
import { appraisedMembersOf } from '../../appraisal/service';
import { count, type Figures, type SectionProvider } from '../figures';

const GRADE_LABELS: Record<Grade, string> = { excellent: '评定为优秀', qualified: '评定为合格', basic: '评定为基本合格', unqualified: '评定为不合格' };

export const appraisalSection: SectionProvider = {
  section: 'appraisal',
  kinds: ['year'],
  figures: (store, period) => {
    const rows = appraisedMembersOf(store, period.year).map((r) => ({ code: r.memberCode, name: r.name, verdict: r.result?.verdict ?? null }));
    const who = (r: { code: string; name: string }) => ({ code: r.code, name: r.name });
    const out: Figures = { 'appraisal.appraised': count('参加民主评议的党员', rows.map(who)) };
    for (const g of GRADES) out[`appraisal.${g}`] = count(GRADE_LABELS[g], rows.filter((r) => r.verdict === g).map(who));
    out['appraisal.pending'] = count('尚未评定', rows.filter((r) => !(GRADES as readonly string[]).includes(r.verdict ?? '')).map(who));
    return out;
  },
};
