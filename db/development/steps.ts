import { z } from 'zod';
import steps2014 from './rules/steps-2014.json' with { type: 'json' };

/**
 * The 25 steps of 发展党员 as data (rules/steps-*.json): phase, number, name, the documents a
 * file should hold for the step, and who the step records. A revised procedure is a new file
 * registered in STEP_FILES, chosen by a rule version's `steps` field; code names steps by key.
 */
export const articleSchema = z
  .object({
    source: z.enum(['细则', '党章']),
    /** null for a rule that rests on the procedure as a whole (the order of the steps). */
    number: z.number().int().min(1).max(99).nullable().optional(),
    label: z.string().optional(),
    /** false when the article number was not checked against the official text. */
    verified: z.boolean().optional(),
  })
  .strict();
export type Article = z.infer<typeof articleSchema>;

const peopleSchema = z
  .object({
    role: z.enum(['interviewer', 'contact', 'introducer']),
    label: z.string(),
    min: z.number().int().min(0),
    max: z.number().int().min(1),
    /** Each person must be a 正式党员 on this branch's roster on the step's date. */
    fullMember: z.boolean().optional(),
    articles: z.array(articleSchema).optional(),
  })
  .strict();

const stepSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z-]*$/),
    phase: z.number().int().min(1).max(5),
    number: z.number().int().min(1),
    name: z.string(),
    /** The name used inside rule messages, where the full name reads badly. */
    shortName: z.string().optional(),
    documents: z.array(z.object({ key: z.string().regex(/^[a-z][a-z-]*$/), name: z.string(), optional: z.boolean().optional() }).strict()),
    people: peopleSchema.optional(),
    /** Recorded any number of times (the half-yearly and quarterly reviews). */
    repeatable: z.boolean().optional(),
    /** For a repeatable step: the step its records may not precede. */
    after: z.string().optional(),
    /** Part of the 转正 round, which starts again after an extension of the 预备期. */
    round: z.boolean().optional(),
  })
  .strict();

const stepFileSchema = z
  .object({
    stepSet: z.string(),
    source: z.string(),
    phases: z.array(z.object({ number: z.number().int(), name: z.string() }).strict()),
    steps: z.array(stepSchema).min(1),
  })
  .strict();

export type StepDef = z.infer<typeof stepSchema>;
export type PeopleSpec = z.infer<typeof peopleSchema>;

export interface StepSet {
  id: string;
  phases: { number: number; name: string }[];
  steps: StepDef[];
  byKey: ReadonlyMap<string, StepDef>;
  /** Document key → the step it belongs to. */
  documentStep: ReadonlyMap<string, StepDef>;
}

export function loadStepSet(raw: unknown): StepSet {
  const file = stepFileSchema.parse(raw);
  const byKey = new Map<string, StepDef>();
  const documentStep = new Map<string, StepDef>();
  const problems: string[] = [];
  file.steps.forEach((s, i) => {
    if (s.number !== i + 1) problems.push(`${s.key}: steps must be numbered 1, 2, 3 … in order`);
    if (byKey.has(s.key)) problems.push(`${s.key}: duplicate key`);
    if (!file.phases.some((p) => p.number === s.phase)) problems.push(`${s.key}: unknown phase ${s.phase}`);
    byKey.set(s.key, s);
    for (const d of s.documents) {
      if (documentStep.has(d.key)) problems.push(`${d.key}: document listed twice`);
      documentStep.set(d.key, s);
    }
  });
  for (const s of file.steps) {
    if (s.after && !byKey.has(s.after)) problems.push(`${s.key}: after names an unknown step ${s.after}`);
    if (s.people && s.people.min > s.people.max) problems.push(`${s.key}: people min above max`);
  }
  if (problems.length) throw new Error(`step set ${file.stepSet}: ${problems.join('; ')}`);
  return { id: file.stepSet, phases: file.phases, steps: file.steps, byKey, documentStep };
}

const STEP_FILES: Record<string, unknown> = { 'steps-2014': steps2014 };
const loaded = new Map<string, StepSet>();

export function stepSet(id: string): StepSet {
  let set = loaded.get(id);
  if (!set) {
    const raw = STEP_FILES[id];
    if (!raw) throw new Error(`no step set ${id}`);
    set = loadStepSet(raw);
    loaded.set(id, set);
  }
  return set;
}

export function stepNameShort(step: StepDef): string {
  return step.shortName ?? step.name;
}
