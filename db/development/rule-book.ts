import { z } from 'zod';
import rulesFile from './rules/time-rules.json' with { type: 'json' };
import { compareDates, isIsoDate } from '../members/chinese-dates';
import { articleSchema, stepSet, type Article, type StepSet } from './steps';

/**
 * The time rules of 发展党员 as versioned data (rules/time-rules.json), following the pattern
 * of db/meetings/cadence.ts: each version has an effectiveFrom, and a revision is a new version,
 * never an edit of an old one. Each rule names its kind (the check the engine runs), the
 * steps it relates, its parameters and the articles it rests on; the numbers live in the data.
 */
const base = {
  id: z.string().regex(/^[a-z][a-z-]*$/),
  severity: z.enum(['hard', 'soft']),
  articles: z.array(articleSchema).min(1),
  summary: z.string(),
  note: z.string().optional(),
};
const months = z.number().int().min(1).max(120);

const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('min-age'), step: z.string(), params: z.object({ years: z.number().int().min(1) }).strict() }).strict(),
  z.object({ ...base, kind: z.literal('within'), from: z.string(), to: z.string(), params: z.object({ months }).strict() }).strict(),
  z.object({ ...base, kind: z.literal('not-before'), from: z.string(), to: z.string(), params: z.object({ months }).strict() }).strict(),
  z
    .object({ ...base, kind: z.literal('periodic'), from: z.string(), to: z.string(), until: z.string(), params: z.object({ months }).strict() })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('training'),
      step: z.string(),
      params: z.object({ minDays: z.number().min(0), minHours: z.number().min(0) }).strict(),
    })
    .strict(),
  z
    .object({ ...base, kind: z.literal('public-notice'), from: z.string(), to: z.string(), params: z.object({ workingDays: z.number().int().min(1).max(30) }).strict() })
    .strict(),
  z.object({ ...base, kind: z.literal('probation'), from: z.string(), to: z.string(), params: z.object({ months }).strict() }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('extension'),
      step: z.string(),
      params: z.object({ minMonths: months, maxMonths: months, maxTimes: z.number().int().min(0) }).strict(),
    })
    .strict(),
  z.object({ ...base, kind: z.literal('prerequisite'), step: z.string(), needs: z.string() }).strict(),
  z.object({ ...base, kind: z.literal('order') }).strict(),
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleOf<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

const versionSchema = z
  .object({
    version: z.string(),
    /** An inactive version is a placeholder: listed, never chosen. */
    active: z.boolean(),
    effectiveFrom: z.string().refine(isIsoDate, 'effectiveFrom must be YYYY-MM-DD'),
    steps: z.string(),
    title: z.string(),
    sources: z.object({ 细则: z.string(), 党章: z.string() }).strict(),
    note: z.string().optional(),
    rules: z.array(ruleSchema),
  })
  .strict();
const bookSchema = z.object({ ruleSet: z.literal('development-time'), versions: z.array(versionSchema).min(1) }).strict();

export interface RuleSet {
  version: string;
  effectiveFrom: string;
  title: string;
  sources: { 细则: string; 党章: string };
  steps: StepSet;
  rules: Rule[];
}

export interface RuleBook {
  active: RuleSet[];
  /** Versions listed but not yet in force (the 2026 revision until it is transcribed). */
  placeholders: { version: string; effectiveFrom: string; title: string }[];
}

function stepKeysOf(rule: Rule): string[] {
  switch (rule.kind) {
    case 'min-age':
    case 'training':
    case 'extension':
      return [rule.step];
    case 'prerequisite':
      return [rule.step, rule.needs];
    case 'periodic':
      return [rule.from, rule.to, rule.until];
    case 'order':
      return [];
    default:
      return [rule.from, rule.to];
  }
}

/** Validates a rules file: every rule names steps of its step set, ids are unique per version. */
export function loadRuleBook(raw: unknown): RuleBook {
  const file = bookSchema.parse(raw);
  const problems: string[] = [];
  const active: RuleSet[] = [];
  const placeholders: RuleBook['placeholders'] = [];
  for (const v of file.versions) {
    if (!v.active) {
      placeholders.push({ version: v.version, effectiveFrom: v.effectiveFrom, title: v.title });
      continue;
    }
    const steps = stepSet(v.steps);
    const ids = new Set<string>();
    if (v.rules.length === 0) problems.push(`${v.version}: an active version needs rules`);
    for (const r of v.rules) {
      if (ids.has(r.id)) problems.push(`${v.version}/${r.id}: duplicate id`);
      ids.add(r.id);
      for (const key of stepKeysOf(r)) if (!steps.byKey.has(key)) problems.push(`${v.version}/${r.id}: unknown step ${key}`);
    }
    active.push({ version: v.version, effectiveFrom: v.effectiveFrom, title: v.title, sources: v.sources, steps, rules: v.rules });
  }
  if (active.length === 0) problems.push('no active version');
  if (problems.length) throw new Error(`development rules: ${problems.join('; ')}`);
  active.sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
  return { active, placeholders };
}

export const RULE_BOOK = loadRuleBook(rulesFile);

/**
 * The rule set a person's dates are checked against, chosen by their application date: the
 * latest active version in force on that day. The note says when that choice is a fallback
 * (an application before the first version, or a revision that is only a placeholder).
 */
export function ruleSetFor(applicationDate: string, book: RuleBook = RULE_BOOK): { set: RuleSet; note: string | null } {
  const inForce = book.active.filter((v) => compareDates(v.effectiveFrom, applicationDate) <= 0).at(-1);
  const set = inForce ?? book.active[0]!;
  const pending = book.placeholders.filter((p) => compareDates(p.effectiveFrom, applicationDate) <= 0 && compareDates(p.effectiveFrom, set.effectiveFrom) > 0).at(-1);
  let note: string | null = null;
  if (!inForce) note = `申请日期早于${set.title}施行日期，暂按该版本核对`;
  else if (pending) note = `${pending.title}尚未录入，暂按${set.title}核对`;
  return { set, note };
}

export function ruleSetByVersion(version: string, book: RuleBook = RULE_BOOK): RuleSet | undefined {
  return book.active.find((v) => v.version === version);
}

const DIGITS = '〇一二三四五六七八九';

/** 1–99 in the form article numbers are written: 5 → 五, 13 → 十三, 32 → 三十二. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`${n} is outside 0–99`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 12 → 一年, 6 → 半年, 3 → 三个月: how the rules are worded. */
export function durationZh(months: number): string {
  if (months === 6) return '半年';
  if (months % 12 === 0) return `${chineseNumber(months / 12)}年`;
  return `${chineseNumber(months)}个月`;
}

/** 细则第十三条; an unchecked article number says so rather than pretending. */
export function articleShort(a: Article): string {
  if (a.number == null) return a.label ?? a.source;
  return `${a.source}第${chineseNumber(a.number)}条${a.verified === false ? '（条号待核）' : ''}`;
}

export function articlesShort(articles: Article[]): string {
  return articles.map(articleShort).join('、');
}

/** 《中国共产党发展党员工作细则》（…）第十三条, for printed documents. */
export function articlesFull(articles: Article[], set: RuleSet): string {
  return articles
    .map((a) => (a.number == null ? (a.label ?? set.sources[a.source]) : `${set.sources[a.source]}第${chineseNumber(a.number)}条${a.verified === false ? '（条号待核）' : ''}`))
    .join('；');
}
