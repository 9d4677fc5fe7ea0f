/**
 * Area: 发展党员 pipeline. People who asked to join and are not admitted yet, each stopped at
 * some step of the 2014 细则's 25: 申请人 (申请, 谈话), 积极分子 (确定, 备案, 培养联系人, a
 * 培养考察 every half year) and 发展对象 (确定, 备案, 入党介绍人, 政审, 集中培训, 支委会审查,
 * 预审 and 公示, 志愿书). The dates follow the time rules (a year of cultivation before 发展对象,
 * training of three days, the 志愿书 after the 公示); 培养联系人 and 入党介绍人 are 正式党员 on
 * the roster that day. Every file is checked by the development engine's own rules (evaluate)
 * before it is written, whatever the mode: a hard violation stops the run.
 */
import type { ApplicantFields } from '../../db/api/schemas/development';
import { addDays, addMonthsClamped, compareDates } from '../../db/members/chinese-dates';
import { normaliseMember } from '../../db/members/validate';
import { evaluate } from '../../db/development/engine';
import { stageOf, toEngineRecord, type ApplicantRow, type StepRow } from '../../db/development/repository';
import { ruleSetFor, type RuleSet } from '../../db/development/rule-book';
import { createApplicant, personColumns, recordStep, setDocument } from '../../db/development/service';
import { applicants, pipelineDocuments, pipelineSteps } from '../../db/schema';
import { canonicalJson } from '../../db/util/canonical-json';
import { insertRow } from '../../db/util/fast-insert';
import { statement } from '../../db/util/statements';
import { drawCareer } from './career';
import { mobileNumber } from './contact';
import { isAway, isFull, isLost, onRoster, type MemberLife } from './lives';
import { drawEthnicity, drawName } from './names';
import type { IdIssuer } from './people';
import { pickBirthRegion, type Region } from './regions';
import type { Random } from './random';
import type { DemoSink } from './writer';

interface StepPlan {
  step: string;
  date: string;
  people?: { memberCode: string; name: string }[];
  data?: Record<string, string | number>;
}

export interface ApplicantPlan {
  fields: ApplicantFields & { name: string; birthDate: string };
  steps: StepPlan[];
  /** Papers received: [document key, date]. */
  documents: [string, string][];
  /** The rules the file is kept under, chosen by the application date (as createApplicant does). */
  set: RuleSet;
}

const TARGETS = [['applicant', 35], ['activist', 40], ['candidate', 25]] as const;
export type Stage = (typeof TARGETS)[number][0];

/** Full members on the roster that day who can take part (not away, not out of contact). */
function fullOn(lives: readonly MemberLife[], date: string): MemberLife[] {
  return lives.filter((l) => onRoster(l, date) && isFull(l, date) && !isAway(l, date) && !isLost(l, date));
}

function people(rng: Random, lives: readonly MemberLife[], date: string, n: number, prefer: readonly MemberLife[] = []) {
  const pool = fullOn(lives, date);
  const first = prefer.filter((l) => pool.includes(l));
  const chosen = [...(first.length ? [rng.pick(first)] : []), ...rng.shuffle(pool.filter((l) => !first.includes(l)))].slice(0, n);
  return chosen.length === n ? chosen.map((l) => ({ memberCode: l.code, name: l.name })) : null;
}

/** The steps of one person up to their target stage and today, dated by the 细则's rules. */
function planSteps(rng: Random, lives: readonly MemberLife[], committee: readonly MemberLife[], applied: string, today: string, target: Stage): StepPlan[] {
  const steps: StepPlan[] = [{ step: 'application', date: applied }];
  const add = (step: string, date: string, extra: Omit<StepPlan, 'step' | 'date'> = {}) => {
    if (compareDates(date, today) > 0) return false;
    steps.push({ step, date, ...extra });
    return true;
  };
  const interviewer = people(rng, lives, addDays(applied, 20), 1, committee);
  if (!interviewer || !add('talk', addDays(applied, rng.int(5, 26)), { people: interviewer }) || target === 'applicant') return steps;
  const activist = addDays(applied, rng.int(60, 240));
  if (!add('activist', activist)) return steps;
  // Each step on or after the one before it (the 细则's order), in the order of their numbers.
  const filed = addDays(activist, rng.int(3, 10));
  add('activist-filing', filed);
  const contactsOn = addDays(filed, rng.int(1, 10));
  const contacts = people(rng, lives, contactsOn, 2);
  if (contacts) add('contacts', contactsOn, { people: contacts });
  const candidate = addDays(addMonthsClamped(activist, 12), rng.int(0, 150));
  const lastReview = target === 'candidate' ? candidate : rng.chance(0.1) ? addMonthsClamped(today, -8) : today;
  for (let d = addDays(addMonthsClamped(activist, 5), rng.int(0, 25)); compareDates(d, lastReview) < 0; d = addDays(addMonthsClamped(d, 5), rng.int(0, 25))) {
    add('cultivation', d);
  }
  if (target !== 'candidate' || !contacts || !add('candidate', candidate)) return steps;
  const candidateFiled = addDays(candidate, rng.int(3, 10));
  add('candidate-filing', candidateFiled);
  const introducersOn = addDays(candidateFiled, rng.int(1, 10));
  const introducers = people(rng, lives, introducersOn, 2);
  if (!introducers || !add('introducers', introducersOn, { people: introducers })) return steps;
  const reviewed = addDays(introducersOn, rng.int(10, 40));
  if (!add('political-review', reviewed)) return steps;
  const training = addDays(reviewed, rng.int(5, 30));
  if (!add('training', training, { data: { days: rng.pick([3, 4, 5]), hours: rng.pick([24, 32, 40]) } })) return steps;
  const review = addDays(training, rng.int(5, 20));
  if (!add('committee-review', review)) return steps;
  const preReview = addDays(review, rng.int(10, 30));
  if (!add('pre-review', preReview, { data: { noticeFrom: addDays(preReview, 1), workingDays: 5 } })) return steps;
  add('application-form', addDays(preReview, rng.int(21, 40)));
  return steps;
}

export interface PipelineContext {
  today: string;
  home: Region;
  ids: IdIssuer;
}

/** One person in the pipeline; `stage` asks for the furthest stage (else drawn), which needs an application long enough ago. */
export function planApplicant(rng: Random, c: PipelineContext, lives: readonly MemberLife[], committee: readonly MemberLife[], stage?: Stage): ApplicantPlan {
  const target = stage ?? rng.weighted(TARGETS);
  const applied = rng.dateBetween(addMonthsClamped(c.today, -40), target === 'candidate' && stage ? addMonthsClamped(c.today, -28) : addDays(c.today, -10));
  const { set } = ruleSetFor(applied);
  const age = rng.int(19, 38);
  const birthDate = addDays(addMonthsClamped(applied, -12 * age), -rng.int(0, 360));
  const gender = rng.chance(0.45) ? '2' : '1';
  const ethnicity = drawEthnicity(rng);
  const region = pickBirthRegion(rng, ethnicity, c.home.province);
  const career = drawCareer(rng, { birthDate, today: c.today });
  const fields = {
    name: drawName(rng, { gender, birthYear: Number(birthDate.slice(0, 4)), ethnicity }).name,
    gender,
    idNumber: c.ids.issue(rng, region.code, birthDate, gender),
    birthDate,
    ethnicity,
    education: career.education,
    occupation: career.occupation,
    mobile: mobileNumber(rng),
  } as const;
  const steps = planSteps(rng, lives, committee, applied, c.today, target);
  const records = steps.map((s, i) => ({ id: i + 1, step: s.step, date: s.date, data: s.data ?? null }));
  const hard = evaluate({ birthDate, records, rules: set }).violations.filter((v) => v.severity === 'hard');
  if (hard.length) throw new Error(`demo pipeline breaks ${hard.map((v) => v.rule).join(', ')} for ${fields.name}`);
  const documents = new Map<string, string>();
  for (const s of steps) {
    for (const d of set.steps.byKey.get(s.step)?.documents ?? []) {
      const on = addDays(s.date, rng.int(0, 7));
      // A repeated step (培养考察) files the same papers: the first time they came counts.
      if (!d.optional && !documents.has(d.key) && rng.chance(0.9) && compareDates(on, c.today) <= 0) documents.set(d.key, on);
    }
  }
  return { fields, steps, documents: [...documents], set };
}

const SEQ_KEY = 'applicant_code_seq';

function writeFast(sink: DemoSink, plan: ApplicantPlan): void {
  const { set } = plan;
  const db = sink.store.sqlite;
  const normalised = normaliseMember(plan.fields, sink.today);
  if (!normalised.ok) throw new Error(`demo applicant ${plan.fields.name} fails validation: ${normalised.issues.map((i) => i.code).join(', ')}`);
  const f = normalised.value;
  const n = Number((statement(db, 'SELECT value FROM meta WHERE key = ?', { pluck: true }).get(SEQ_KEY) as string | undefined) ?? 0) + 1;
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(SEQ_KEY, String(n));
  const code = `${sink.selfCode}-FZ-${String(n).padStart(5, '0')}`;
  const now = new Date().toISOString();
  const steps: StepRow[] = plan.steps.map((s, i) => {
    const stored = s.people?.map((p) => ({ role: set.steps.byKey.get(s.step)!.people!.role, name: p.name, memberCode: p.memberCode }));
    return {
      id: i + 1,
      applicantCode: code,
      step: s.step,
      date: s.date,
      people: stored ? canonicalJson(stored) : null,
      data: s.data ? canonicalJson(s.data) : null,
      notes: null,
      cancelledBy: null,
      recordedAt: now,
      recordedBy: sink.actor,
    };
  });
  const evaluation = evaluate({ birthDate: f.birthDate, records: steps.map(toEngineRecord), rules: set });
  // createApplicant writes version 1; each later step and paper bumps it (touchApplicant).
  const row: ApplicantRow = {
    id: 0,
    ...personColumns(f),
    code,
    stage: 'applicant',
    memberCode: null,
    ruleSet: set.version,
    version: plan.steps.length + plan.documents.length,
    createdAt: now,
    updatedAt: now,
  };
  const { id: _id, ...values } = row;
  insertRow(db, applicants, { ...values, stage: stageOf(row, steps, evaluation) });
  for (const { id: _step, ...s } of steps) insertRow(db, pipelineSteps, s);
  for (const [document, receivedOn] of plan.documents) insertRow(db, pipelineDocuments, { applicantCode: code, document, receivedOn, note: null });
}

export function writeApplicant(sink: DemoSink, plan: ApplicantPlan): number {
  if (sink.mode === 'fast') writeFast(sink, plan);
  else {
    const [application, ...later] = plan.steps;
    const { code } = createApplicant(sink.store, { fields: plan.fields, applicationDate: application!.date }, sink.actor, sink.today);
    for (const s of later) recordStep(sink.store, { code, ...s }, sink.actor, sink.today);
    for (const [document, receivedOn] of plan.documents) setDocument(sink.store, { code, document, receivedOn }, sink.actor, sink.today);
  }
  return plan.steps.length;
}
