import { addDays, addMonthsClamped, compareDates } from '../members/chinese-dates';
import { articlesShort, durationZh } from './rule-book';
import { nameOf, outcomeOf, zhDate, type EngineContext, type Severity } from './engine-context';
import type { StepDef } from './steps';

/** Something still to be done by a date: the open end of a time rule. */
export interface Deadline {
  rule: string;
  severity: Severity;
  step: string;
  stepNumber: number;
  stepName: string;
  due: string;
  /** Not before this day (the 转正 meeting waits for the end of the 预备期). */
  earliest: string | null;
  articles: string;
  message: string;
  provisional: boolean;
}

export interface NextStep {
  step: string;
  stepNumber: number;
  name: string;
  /** The first day the step may be recorded, when a rule says so. */
  earliest: string | null;
  /** The last day the rules allow (the nearest deadline for this step). */
  due: string | null;
  provisional: boolean;
}

/**
 * A step is still open when nothing after it has been recorded. A step a secretary skipped
 * (a record entered from an old paper file, say) is listed as missing, not nagged about.
 */
function isOpen(ctx: EngineContext, step: StepDef, highest: number): boolean {
  if (step.number > highest) return true;
  if (!step.round) return false;
  return !ctx.input.rules.steps.steps.some((s) => !s.round && !s.repeatable && s.number > step.number && ctx.records(s.key).length > 0);
}

export function deadlinesOf(ctx: EngineContext): Deadline[] {
  const highest = ctx.highestRecorded();
  const out: Deadline[] = [];
  const push = (rule: { id: string; severity: Severity; articles: Parameters<typeof articlesShort>[0] }, step: StepDef, due: string, message: string, earliest: string | null = null) =>
    out.push({ rule: rule.id, severity: rule.severity, step: step.key, stepNumber: step.number, stepName: step.name, due, earliest, articles: articlesShort(rule.articles), message, provisional: false });

  for (const rule of ctx.rulesOf('within')) {
    const from = ctx.latest(rule.from);
    const to = ctx.step(rule.to);
    if (!from || !isOpen(ctx, to, highest)) continue;
    if (ctx.records(rule.to).some((r) => compareDates(r.date, from.date) >= 0)) continue;
    const due = addMonthsClamped(from.date, rule.params.months);
    push(rule, to, due, `${nameOf(to)}应不晚于${zhDate(due)}（${articlesShort(rule.articles)}：${rule.summary}）`);
  }
  for (const rule of ctx.rulesOf('periodic')) {
    const anchor = ctx.first(rule.from);
    if (!anchor || ctx.records(rule.until).length > 0 || !isOpen(ctx, ctx.step(rule.until), highest)) continue;
    const last = [anchor, ...ctx.reviews(rule.to)].map((r) => r.date).sort().at(-1)!;
    const due = addMonthsClamped(last, rule.params.months);
    const to = ctx.step(rule.to);
    push(rule, to, due, `${nameOf(to)}（每${durationZh(rule.params.months)}一次）应不晚于${zhDate(due)}（${articlesShort(rule.articles)}）`);
  }
  const p = ctx.probation;
  const rule = ctx.rulesOf('probation')[0];
  if (p && rule && p.outcome === null) {
    const msg = `预备期满之日为${zhDate(p.end)}，届时应及时召开支部大会讨论其能否转为正式党员（${articlesShort(rule.articles)}）`;
    push(rule, ctx.step(rule.to), p.end, msg, p.end);
  }
  return out.sort((a, b) => compareDates(a.due, b.due));
}

/** The first day a step may be recorded: the latest of the not-before, 公示 and 预备期 rules. */
export function earliestFor(ctx: EngineContext, step: string): { date: string | null; provisional: boolean } {
  const dates: string[] = [];
  let provisional = false;
  for (const rule of ctx.rulesOf('not-before')) {
    const from = ctx.first(rule.from);
    if (rule.to === step && from) dates.push(addMonthsClamped(from.date, rule.params.months));
  }
  if (ctx.notice && ctx.rulesOf('public-notice').some((r) => r.to === step)) {
    dates.push(addDays(ctx.notice.to, 1));
    provisional = ctx.notice.provisional;
  }
  if (ctx.probation && ctx.probation.outcome === null && ctx.rulesOf('probation').some((r) => r.to === step)) dates.push(ctx.probation.end);
  return { date: dates.sort().at(-1) ?? null, provisional };
}

/** The step the person is waiting for, with the window the rules give it. */
export function nextOf(ctx: EngineContext, deadlines: Deadline[]): NextStep | null {
  const steps = ctx.input.rules.steps.steps;
  const highest = ctx.highestRecorded();
  let target = steps.find((s) => !s.repeatable && s.number > highest && ctx.records(s.key).length === 0);
  const meetingKey = ctx.rulesOf('probation')[0]?.to;
  const lastMeeting = meetingKey ? ctx.latest(meetingKey) : undefined;
  if (meetingKey && lastMeeting && outcomeOf(lastMeeting) === 'extend') {
    // After an extension the 转正 round starts again: its approval, then a new meeting.
    const meeting = ctx.step(meetingKey);
    const approval = steps.find((s) => s.round && s.number > meeting.number);
    const approved = approval && ctx.records(approval.key).some((r) => compareDates(r.date, lastMeeting.date) >= 0);
    target = approval && !approved ? approval : meeting;
  }
  if (!target) return null;
  const earliest = earliestFor(ctx, target.key);
  const due = deadlines.filter((d) => d.step === target.key).map((d) => d.due).sort()[0] ?? null;
  return { step: target.key, stepNumber: target.number, name: target.name, earliest: earliest.date, due, provisional: earliest.provisional };
}

/** Steps passed over: not recorded although a later one is. */
export function missingOf(ctx: EngineContext): string[] {
  const highest = ctx.highestRecorded();
  return ctx.input.rules.steps.steps.filter((s) => !s.repeatable && s.number < highest && ctx.records(s.key).length === 0).map((s) => s.key);
}
