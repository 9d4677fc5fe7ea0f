/**
 * 发展党员 pipeline: how many 申请人, 积极分子 and 发展对象 the branch had at the period's end,
 * from the dated steps (never applicants.stage, which is today's). A person is counted once, in
 * the furthest stage reached by then; once the 支部大会 has admitted them they are a 预备党员 and
 * appear under members and 发展党员 instead. The step log records no withdrawal, so someone who
 * gave up stays in their last stage until the development service records that.
 */
import { statement } from '../../util/statements';
import { count, type FigureItem, type SectionProvider } from '../figures';

const MILESTONES = ['application', 'activist', 'candidate', 'branch-meeting'] as const;
type Milestone = (typeof MILESTONES)[number];

interface StepRow {
  code: string;
  name: string;
  step: Milestone;
  date: string;
}

export const pipelineSection: SectionProvider = {
  section: 'pipeline',
  figures: (store, period) => {
    const rows = statement(
      store.sqlite,
      `SELECT a.code, a.name, s.step, s.date
         FROM pipeline_steps s JOIN applicants a ON a.code = s.applicant_code
        WHERE s.cancelled_by IS NULL AND s.date <= ? AND s.step IN ('application', 'activist', 'candidate', 'branch-meeting')
        ORDER BY a.code, s.date, s.id`,
    ).all(period.end) as StepRow[];
    const furthest = new Map<string, { item: FigureItem; rank: number }>();
    for (const r of rows) {
      const rank = MILESTONES.indexOf(r.step);
      const seen = furthest.get(r.code);
      if (!seen || rank > seen.rank) furthest.set(r.code, { item: { code: r.code, name: r.name }, rank });
    }
    const at = (step: Milestone) => [...furthest.values()].filter((f) => f.rank === MILESTONES.indexOf(step)).map((f) => f.item);
    const inPeriod = (step: Milestone) => rows.filter((r) => r.step === step && r.date >= period.start).map((r) => ({ code: r.code, name: r.name }));
    return {
      'pipeline.applicants': count('期末入党申请人', at('application')),
      'pipeline.activists': count('期末入党积极分子', at('activist')),
      'pipeline.candidates': count('期末发展对象', at('candidate')),
      'pipeline.newApplications': count('本期递交入党申请', inPeriod('application')),
      'pipeline.newActivists': count('本期确定为入党积极分子', inPeriod('activist')),
      'pipeline.newCandidates': count('本期确定为发展对象', inPeriod('candidate')),
    };
  },
};
