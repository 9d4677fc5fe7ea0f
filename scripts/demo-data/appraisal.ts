/**
 * Area: 民主评议党员, once a year for every finished year of the window (and the last finished
 * year at every scale, so the yearly report has one). Opened in December, closed two or three
 * weeks later with a 评定 for everyone on the roster at the opening or at the year's end, as
 * closeAppraisal requires. Most are 合格, about one in six 优秀 (within the one-third cap), a
 * few 基本合格; someone long out of contact is 不合格.
 */
import type { z } from 'zod';
import type { appraisalRecordInput, Grade } from '../../db/api/schemas/appraisal';
import { closeAppraisal, openAppraisal, recordAppraisal } from '../../db/appraisal/service';
import { maxExcellent } from '../../db/appraisal/tally';
import { addDays } from '../../db/members/chinese-dates';
import { appraisalResults, appraisalYears as appraisalYearsTable } from '../../db/schema';
import { canonicalJson } from '../../db/util/canonical-json';
import { insertRow } from '../../db/util/fast-insert';
import { isAway, isLost, rosterOn, type MemberLife } from './lives';
import type { Random } from './random';
import type { DemoSink } from './writer';

type RecordInput = z.output<typeof appraisalRecordInput>;

export interface AppraisalYear {
  year: number;
  openedOn: string;
  /** null while the appraisal is still open today. */
  closedOn: string | null;
}

const CAP_PERCENT = 33;

/** The years appraised: every finished year from the activity start, at least the last one. */
export function appraisalYears(rng: Random, activityStart: string, today: string): AppraisalYear[] {
  const last = Number(today.slice(0, 4)) - 1;
  const first = Math.min(Number(activityStart.slice(0, 4)), last);
  const out: AppraisalYear[] = [];
  for (let year = first; year <= last; year++) {
    const openedOn = `${year}-12-${rng.int(10, 20)}`;
    const closedOn = addDays(openedOn, rng.int(12, 25));
    out.push({ year, openedOn, closedOn: closedOn <= today ? closedOn : null });
  }
  return out;
}

function tally(rng: Random, verdict: Grade, voters: number) {
  const t = { excellent: 0, qualified: 0, basic: 0, unqualified: 0, voters };
  for (let i = 0; i < voters; i++) {
    const g = rng.chance(0.75) ? verdict : rng.pick(['excellent', 'qualified', 'qualified', 'basic'] as const);
    t[g] += 1;
  }
  return t;
}

/** One branch's results for one year. */
export function planAppraisal(rng: Random, y: AppraisalYear, lives: readonly MemberLife[]): RecordInput[] {
  const yearEnd = `${y.year}-12-31`;
  const people = [...new Map([...rosterOn(lives, y.openedOn), ...rosterOn(lives, yearEnd)].map((l) => [l.code, l])).values()];
  const cap = maxExcellent(people.length, CAP_PERCENT);
  let excellent = 0;
  const voters = Math.max(1, Math.round(people.filter((l) => !isLost(l, y.openedOn) && !isAway(l, y.openedOn)).length * 0.9));
  return people.map((l) => {
    let verdict: Grade = isLost(l, y.openedOn) ? (rng.chance(0.5) ? 'unqualified' : 'basic') : rng.chance(0.03) ? 'basic' : rng.chance(0.17) ? 'excellent' : 'qualified';
    if (verdict === 'excellent' && ++excellent > cap) verdict = 'qualified';
    return {
      year: y.year,
      memberCode: l.code,
      selfGrade: isLost(l, y.openedOn) ? null : rng.chance(0.12) ? 'excellent' : 'qualified',
      ballots: tally(rng, verdict, voters),
      peer: null,
      verdict,
      feedbackOn: y.closedOn ?? addDays(y.openedOn, 7),
      note: null,
    };
  });
}

export function openYear(sink: DemoSink, y: AppraisalYear): void {
  const values = { year: y.year, openedOn: y.openedOn, excellentCapPercent: CAP_PERCENT, note: null };
  if (sink.mode === 'service') openAppraisal(sink.store, values, sink.actor, sink.today);
  else insertRow(sink.store.sqlite, appraisalYearsTable, { ...values, closedOn: y.closedOn });
}

export function closeYear(sink: DemoSink, y: AppraisalYear): void {
  if (sink.mode === 'service' && y.closedOn) closeAppraisal(sink.store, { year: y.year, closedOn: y.closedOn }, sink.actor, sink.today);
}

export function writeAppraisal(sink: DemoSink, results: readonly RecordInput[]): number {
  for (const r of results) {
    if (sink.mode === 'service') {
      recordAppraisal(sink.store, r, sink.actor);
      continue;
    }
    insertRow(sink.store.sqlite, appraisalResults, {
      year: r.year,
      memberCode: r.memberCode,
      selfGrade: r.selfGrade ?? null,
      ballots: canonicalJson(r.ballots),
      peer: r.peer ? canonicalJson(r.peer) : null,
      verdict: r.verdict ?? null,
      feedbackOn: r.feedbackOn ?? null,
      note: r.note ?? null,
      updatedAt: new Date().toISOString(),
    });
  }
  return results.length;
}
