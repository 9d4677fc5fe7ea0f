/**
 * The 党费 rules as versioned data (rules/dues-2008.json). A revised regulation is a new entry
 * in `versions` with its own effective date; months before it keep the old rates, so a ledger
 * recomputed years later still shows what was due then.
 */
import { z } from 'zod';
import rulesFile from './rules/dues-2008.json' with { type: 'json' };
import { compareMonths, monthOf } from './months';

export const DUES_CATEGORIES = [
  'employed',
  'annual-salary',
  'self-employed',
  'retired',
  'farmer',
  'student',
  'unemployed',
  'relief',
  'subsistence',
  'mobile-no-income',
] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number];

export const REDUCTIONS = ['none', 'reduced', 'exempt'] as const;
export type Reduction = (typeof REDUCTIONS)[number];

const fen = z.number().int().min(0);
const cited = { citation: z.string().min(1), text: z.string().min(1) };

const scaleSchema = z.object({
  scale: z.enum(['salary', 'pension']),
  citation: z.string().min(1),
  text: z.string().min(1),
  // Ascending upper bounds, each inclusive ("3000元以下（含3000元）"); the last is open (null).
  brackets: z
    .array(z.object({ upToFen: fen.nullable(), rateBasisPoints: z.number().int().min(0).max(10_000) }))
    .min(1)
    .refine((b) => b.at(-1)?.upToFen === null && b.slice(0, -1).every((x, i) => x.upToFen !== null && (i === 0 || x.upToFen > b[i - 1]!.upToFen!)), {
      message: 'brackets ascend and only the last is open-ended',
    }),
});

const basisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rate'), scale: z.enum(['salary', 'pension']), baseLabel: z.string().min(1) }),
  z.object({ kind: z.literal('range'), minFen: fen, maxFen: fen }),
  z.object({ kind: z.literal('fixed'), fen }),
]);

/** One version of the rules; `dues.rules` sends it to the UI, which explains each amount with it. */
export const duesRulesSchema = z.object({
  version: z.string().min(1),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  document: z.string().min(1),
  /** How an article is cited on paper: '中组发〔2008〕3号 第二条'. */
  short: z.string().min(1),
  note: z.string().optional(),
  rounding: z.object({ mode: z.literal('half-up'), unitFen: z.literal(1), note: z.string() }),
  scales: z.array(scaleSchema).min(1),
  categories: z.array(
    z.object({ category: z.enum(DUES_CATEGORIES), label: z.string().min(1), basis: basisSchema, citation: z.string().min(1), local: z.boolean().optional() }),
  ),
  reduction: z.object(cited),
  probationary: z.object(cited),
  salaryChange: z.object(cited),
  voluntary: z.object({ ...cited, largeOneOffFen: fen }),
  paymentWindow: z.object({ ...cited, maxBackPayMonths: z.number().int().min(0), maxPrepayMonths: z.number().int().min(0) }),
  arrears: z.object({ ...cited, reminderMonths: z.number().int().min(1), seriousConsecutiveMonths: z.number().int().min(1) }),
});
export type DuesRules = z.infer<typeof duesRulesSchema>;
export type DuesCategoryRule = DuesRules['categories'][number];

const rulesFileSchema = z.object({ ruleSet: z.literal('party-dues'), versions: z.array(duesRulesSchema).min(1) }).superRefine((f, ctx) => {
  for (const [i, v] of f.versions.entries()) {
    const missing = DUES_CATEGORIES.filter((c) => !v.categories.some((x) => x.category === c));
    if (missing.length) ctx.addIssue({ code: 'custom', path: ['versions', i, 'categories'], message: `missing categories: ${missing.join(', ')}` });
    for (const c of v.categories) {
      if (c.basis.kind === 'rate' && !v.scales.some((s) => s.scale === (c.basis as { scale: string }).scale)) {
        ctx.addIssue({ code: 'custom', path: ['versions', i], message: `category ${c.category} uses a missing scale` });
      }
    }
  }
});

/** Validates a rules file; exported so a replacement file can be checked before it is used. */
export function parseDuesRules(raw: unknown): DuesRules[] {
  return [...rulesFileSchema.parse(raw).versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

const VERSIONS = parseDuesRules(rulesFile);

/** The month the earliest rules apply to: dues for earlier months cannot be computed. */
export const FIRST_RULES_MONTH = monthOf(VERSIONS[0]!.effectiveFrom);

/**
 * The rules for a month: the latest version in force by then. A version applies from the
 * month it takes effect (2008-04-06 governs April 2008), since dues are reckoned by month.
 */
export function duesRulesFor(month: string): DuesRules {
  const version = VERSIONS.filter((v) => compareMonths(monthOf(v.effectiveFrom), month) <= 0).at(-1);
  if (!version) throw new RangeError(`no dues rules in force in ${month}`);
  return version;
}

export function categoryRule(rules: DuesRules, category: DuesCategory): DuesCategoryRule {
  const rule = rules.categories.find((c) => c.category === category);
  if (!rule) throw new RangeError(`rules ${rules.version} have no category ${category}`);
  return rule;
}

export function scaleOf(rules: DuesRules, scale: 'salary' | 'pension'): DuesRules['scales'][number] {
  const s = rules.scales.find((x) => x.scale === scale);
  if (!s) throw new RangeError(`rules ${rules.version} have no scale ${scale}`);
  return s;
}
