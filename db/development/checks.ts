import { addDays, addMonthsClamped, ageOn, compareDates } from '../members/chinese-dates';
import { articlesShort, chineseNumber, durationZh, type Rule, type RuleOf } from './rule-book';
import { nameOf, outcomeOf, refOf, zhDate, type EngineContext, type EngineRecord, type Violation } from './engine-context';

/**
 * One check per kind of rule. Each looks only at recorded dates: what has already gone wrong.
 * What is still to be done (deadlines, the next step) is in timing.ts.
 */
function minAge(ctx: EngineContext, rule: RuleOf<'min-age'>): Violation[] {
  const birth = ctx.input.birthDate;
  const rec = ctx.first(rule.step);
  if (!birth || !rec) return [];
  const old = compareDates(rec.date, birth) >= 0 && ageOn(birth, rec.date) >= rule.params.years;
  if (old) return [];
  const from = addMonthsClamped(birth, rule.params.years * 12);
  const message = `${nameOf(ctx.step(rule.step))}时未满${chineseNumber(rule.params.years)}周岁（${articlesShort(rule.articles)}），年满${chineseNumber(rule.params.years)}周岁之日为${zhDate(from)}`;
  return [ctx.violation(rule, rec, 'UNDER_AGE', message, { params: { birthDate: birth, earliest: from } })];
}

/** The latest record of `step` on or before a date: the one a later record answers to. */
function latestOnOrBefore(ctx: EngineContext, step: string, date: string): EngineRecord | undefined {
  return ctx.records(step).filter((r) => compareDates(r.date, date) <= 0).at(-1);
}

function within(ctx: EngineContext, rule: RuleOf<'within'>): Violation[] {
  const out: Violation[] = [];
  for (const to of ctx.records(rule.to)) {
    const from = latestOnOrBefore(ctx, rule.from, to.date);
    if (!from) continue;
    const due = addMonthsClamped(from.date, rule.params.months);
    if (compareDates(to.date, due) <= 0) continue;
    const message = `${nameOf(ctx.step(rule.to))}距${nameOf(ctx.step(rule.from))}超过${durationZh(rule.params.months)}（${articlesShort(rule.articles)}），应不晚于${zhDate(due)}`;
    out.push(ctx.violation(rule, to, 'TOO_LATE', message, { params: { from: from.date, due } }));
  }
  return out;
}

function notBefore(ctx: EngineContext, rule: RuleOf<'not-before'>): Violation[] {
  const from = ctx.first(rule.from);
  if (!from) return [];
  const earliest = addMonthsClamped(from.date, rule.params.months);
  return ctx
    .records(rule.to)
    .filter((to) => compareDates(to.date, earliest) < 0)
    .map((to) =>
      ctx.violation(
        rule,
        to,
        'TOO_EARLY',
        `${nameOf(ctx.step(rule.to))}距${nameOf(ctx.step(rule.from))}不足${durationZh(rule.params.months)}（${articlesShort(rule.articles)}），最早可在${zhDate(earliest)}`,
        { params: { from: from.date, earliest } },
      ),
    );
}

/** Reviews every N months from the anchor until the closing step: each gap is checked. */
function periodic(ctx: EngineContext, rule: RuleOf<'periodic'>): Violation[] {
  const anchor = ctx.first(rule.from);
  if (!anchor) return [];
  const until = ctx.first(rule.until);
  const points: EngineRecord[] = [
    anchor,
    ...ctx.reviews(rule.to).filter((r) => compareDates(r.date, anchor.date) >= 0 && (!until || compareDates(r.date, until.date) <= 0)),
    ...(until && compareDates(until.date, anchor.date) >= 0 ? [until] : []),
  ];
  const out: Violation[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    const due = addMonthsClamped(prev.date, rule.params.months);
    if (compareDates(cur.date, due) <= 0) continue;
    const message = `${nameOf(ctx.step(rule.to))}间隔超过${durationZh(rule.params.months)}（${articlesShort(rule.articles)}）：${zhDate(prev.date)}至${zhDate(cur.date)}，应不晚于${zhDate(due)}`;
    out.push(ctx.violation(rule, cur, 'REVIEW_GAP', message, { params: { from: prev.date, due }, other: refOf(prev) }));
  }
  return out;
}

function training(ctx: EngineContext, rule: RuleOf<'training'>): Violation[] {
  const { minDays, minHours } = rule.params;
  const out: Violation[] = [];
  for (const rec of ctx.records(rule.step)) {
    const days = typeof rec.data?.days === 'number' ? rec.data.days : null;
    const hours = typeof rec.data?.hours === 'number' ? rec.data.hours : null;
    const name = nameOf(ctx.step(rule.step));
    const art = articlesShort(rule.articles);
    if (days === null && hours === null) {
      out.push(ctx.violation(rule, rec, 'TRAINING_LENGTH_MISSING', `${name}须填写培训天数或学时（${art}）`, { path: ['data', 'days'], params: { minDays, minHours } }));
    } else if (!((days ?? 0) >= minDays || (hours ?? 0) >= minHours)) {
      const given = [days !== null ? `${days}天` : null, hours !== null ? `${hours}学时` : null].filter(Boolean).join('、');
      const message = `${name}不足${chineseNumber(minDays)}天或${chineseNumber(minHours)}学时（${art}）：填写为${given}`;
      out.push(ctx.violation(rule, rec, 'TRAINING_TOO_SHORT', message, { path: ['data', 'days'], params: { days: days ?? 0, hours: hours ?? 0, minDays, minHours } }));
    }
  }
  return out;
}

/**
 * The 志愿书 only after the 公示 is over. Counted in working days over the holiday calendar;
 * outside the calendar's years the count is 暂算 and the rule only warns, because refusing a
 * record on a guessed calendar would block a secretary for the app's ignorance.
 */
function publicNotice(ctx: EngineContext, rule: RuleOf<'public-notice'>): Violation[] {
  const n = ctx.notice;
  const pre = ctx.latest(rule.from);
  if (!n || !pre) return [];
  const art = articlesShort(rule.articles);
  const out: Violation[] = [];
  if (compareDates(n.start, n.preReviewDate) < 0) {
    out.push(ctx.violation(rule, pre, 'NOTICE_BEFORE_PRE_REVIEW', `公示应在${nameOf(ctx.step(rule.from))}之后开始（${art}）`, { path: ['data', 'noticeFrom'], params: { noticeFrom: n.start } }));
  }
  const earliest = addDays(n.to, 1);
  const mark = n.provisional ? '（暂算：节假日历未覆盖该年份）' : '';
  for (const form of ctx.records(rule.to)) {
    if (compareDates(form.date, pre.date) < 0 || compareDates(form.date, n.to) > 0) continue;
    const message = `${nameOf(ctx.step(rule.to))}应在公示期满之后（${art}）：公示期${zhDate(n.from)}至${zhDate(n.to)}（${n.days}个工作日），最早可在${zhDate(earliest)}${mark}`;
    out.push(
      ctx.violation(rule, form, 'NOTICE_NOT_OVER', message, {
        params: { from: n.from, to: n.to, workingDays: n.days, earliest },
        provisional: n.provisional,
        severity: n.provisional ? 'soft' : rule.severity,
      }),
    );
  }
  return out;
}

/** A 转正 (or extension) meeting only once the 预备期 as it then stood is over. */
function probation(ctx: EngineContext, rule: RuleOf<'probation'>): Violation[] {
  const p = ctx.probation;
  if (!p) return [];
  const out: Violation[] = [];
  let end = p.baseEnd;
  for (const r of ctx.records(rule.to)) {
    const outcome = outcomeOf(r);
    // 取消预备党员资格 may be decided during the 预备期 (党章第七条: 不履行党员义务…).
    if (outcome !== 'cancel' && compareDates(r.date, end) < 0) {
      const message = `${nameOf(ctx.step(rule.to))}早于预备期满（${articlesShort(rule.articles)}），预备期满之日为${zhDate(end)}`;
      out.push(ctx.violation(rule, r, 'PROBATION_NOT_OVER', message, { params: { joinDate: p.start, probationEnd: end, earliest: end } }));
    }
    const months = r.data?.months;
    if (outcome === 'extend' && typeof months === 'number' && Number.isInteger(months) && months > 0) end = addMonthsClamped(end, months);
  }
  return out;
}

function extension(ctx: EngineContext, rule: RuleOf<'extension'>): Violation[] {
  const { minMonths, maxMonths, maxTimes } = rule.params;
  const art = articlesShort(rule.articles);
  const out: Violation[] = [];
  ctx
    .records(rule.step)
    .filter((r) => outcomeOf(r) === 'extend')
    .forEach((r, i) => {
      if (i >= maxTimes) {
        out.push(ctx.violation(rule, r, 'EXTENSION_REPEATED', `预备期只能延长${chineseNumber(maxTimes)}次（${art}）`, { path: ['outcome'], params: { maxTimes } }));
      }
      const months = typeof r.data?.months === 'number' ? r.data.months : 0;
      if (!Number.isInteger(months) || months < minMonths || months > maxMonths) {
        const message = `延长预备期的时间不能少于${durationZh(minMonths)}、最长不超过${durationZh(maxMonths)}（${art}）：填写为${months}个月`;
        out.push(ctx.violation(rule, r, 'EXTENSION_LENGTH', message, { path: ['months'], params: { months, minMonths, maxMonths } }));
      }
    });
  return out;
}

function prerequisite(ctx: EngineContext, rule: RuleOf<'prerequisite'>): Violation[] {
  if (ctx.records(rule.needs).length > 0) return [];
  const needs = ctx.step(rule.needs);
  return ctx
    .records(rule.step)
    .map((r) => ctx.violation(rule, r, 'PREREQUISITE_MISSING', `${nameOf(ctx.step(rule.step))}前须先记录“${needs.name}”（${articlesShort(rule.articles)}）`, { params: { needs: needs.key } }));
}

/**
 * Every later step not before an earlier one. The 转正 steps repeat after an extension of the
 * 预备期, so among themselves they are compared only while there is a single round.
 */
function order(ctx: EngineContext, rule: RuleOf<'order'>): Violation[] {
  const extended = (ctx.probation?.extensions.length ?? 0) > 0;
  const all = [...ctx.byStep.values()].flat();
  const out: Violation[] = [];
  const report = (earlier: EngineRecord, later: EngineRecord) => {
    // Blame the record entered last: it is the one that contradicts what was there.
    const [blamed, other] = (later.id ?? Infinity) >= (earlier.id ?? Infinity) ? [later, earlier] : [earlier, later];
    const message = `${ctx.step(later.step).name}（${zhDate(later.date)}）早于${ctx.step(earlier.step).name}（${zhDate(earlier.date)}）：${rule.summary}（${articlesShort(rule.articles)}）`;
    out.push(ctx.violation(rule, blamed, 'STEP_ORDER', message, { params: { step: later.step, earlier: earlier.step, earlierDate: earlier.date }, other: refOf(other) }));
  };
  for (const b of all) {
    const sb = ctx.step(b.step);
    if (sb.repeatable) {
      const anchor = sb.after ? ctx.first(sb.after) : undefined;
      if (anchor && compareDates(b.date, anchor.date) < 0) report(anchor, b);
      continue;
    }
    for (const a of all) {
      const sa = ctx.step(a.step);
      if (sa.repeatable || sa.number >= sb.number || (sa.round && sb.round && extended)) continue;
      if (compareDates(a.date, b.date) > 0) report(a, b);
    }
  }
  return out;
}

function dispatchCheck(ctx: EngineContext, rule: Rule): Violation[] {
  switch (rule.kind) {
    case 'min-age':
      return minAge(ctx, rule);
    case 'within':
      return within(ctx, rule);
    case 'not-before':
      return notBefore(ctx, rule);
    case 'periodic':
      return periodic(ctx, rule);
    case 'training':
      return training(ctx, rule);
    case 'public-notice':
      return publicNotice(ctx, rule);
    case 'probation':
      return probation(ctx, rule);
    case 'extension':
      return extension(ctx, rule);
    case 'prerequisite':
      return prerequisite(ctx, rule);
    case 'order':
      return order(ctx, rule);
  }
}

/** Every rule of the person's rule set against their recorded dates. */
export function violationsOf(ctx: EngineContext): Violation[] {
  return ctx.rules.flatMap((rule) => dispatchCheck(ctx, rule));
}
