/**
 * Report layouts as data (templates/*.json): tables, their columns and rows, and which figure
 * goes in each cell. The national tables change their numbering and content from year to year
 * (DOMAIN.md §6.2), so next year's layout is a new file with a later effectiveYear, never an
 * edit of this year's: a period is always printed with the layout in force for its year.
 */
import { z } from 'zod';
import { PERIOD_KINDS, type Figures } from '../api/schemas/reports';
import annual2026 from './templates/annual-2026.json' with { type: 'json' };
import quarterly2026 from './templates/quarterly-2026.json' with { type: 'json' };
import type { ReportPeriod } from './periods';

const figureKey = z.string().regex(/^[a-zA-Z][\w.-]*$/, 'a figure key such as members.total');

/** A cell shows a figure, a difference of two figures (本年底 − 上年底), or nothing. */
const cellSchema = z.union([figureKey, z.null(), z.object({ figure: figureKey, minus: figureKey }).strict()]);
export type TemplateCell = z.infer<typeof cellSchema>;

const tableSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    note: z.string().optional(),
    /** The first column heads the row labels; one cell per further column. */
    columns: z.array(z.string().min(1)).min(2),
    rows: z.array(z.object({ label: z.string().min(1), indent: z.number().int().min(0).max(3).optional(), cells: z.array(cellSchema) }).strict()).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.rows.forEach((r, i) => {
      if (r.cells.length !== t.columns.length - 1) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'cells'], message: `${r.label}: ${r.cells.length} cells for ${t.columns.length - 1} value columns` });
      }
    });
  });

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** The first statistical year the layout applies to; it stays in force until a later one. */
    effectiveYear: z.number().int().min(2000).max(2100),
    kinds: z.array(z.enum(PERIOD_KINDS)).min(1),
    /** Printed on every copy: the tables are BranchDesk's rendition, not the official forms. */
    note: z.string().min(1),
    tables: z.array(tableSchema).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const keys = t.tables.map((x) => x.key);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i) ctx.addIssue({ code: 'custom', path: ['tables', i, 'key'], message: `duplicate table key ${k}` });
    });
  });
export type ReportTemplate = z.infer<typeof templateSchema>;

/** Validates a template from any source; lists every problem with its place in the file. */
export function parseTemplate(raw: unknown): { ok: true; value: ReportTemplate } | { ok: false; issues: string[] } {
  const r = templateSchema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues.map((i) => `${i.path.join('.') || '(template)'}: ${i.message}`) };
}

function load(raw: unknown): ReportTemplate {
  const parsed = parseTemplate(raw);
  // A bundled template that fails is a build defect; templates.test.ts catches it first.
  if (!parsed.ok) throw new Error(`report template is invalid: ${parsed.issues.join('; ')}`);
  return parsed.value;
}

export const TEMPLATES: readonly ReportTemplate[] = [load(quarterly2026), load(annual2026)];

/** The layout in force for the period: its kind, the latest effectiveYear not after its year. */
export function templateFor(period: ReportPeriod, templates: readonly ReportTemplate[] = TEMPLATES): ReportTemplate {
  const fitting = templates.filter((t) => t.kinds.includes(period.kind)).sort((a, b) => a.effectiveYear - b.effectiveYear);
  const chosen = fitting.filter((t) => t.effectiveYear <= period.year).at(-1) ?? fitting[0];
  if (!chosen) throw new Error(`no report template for ${period.kind}`);
  return chosen;
}

export function cellKeys(cell: TemplateCell): string[] {
  if (cell === null) return [];
  return typeof cell === 'string' ? [cell] : [cell.figure, cell.minus];
}

/** Figure keys the template refers to that the computation did not produce (a typo in the file). */
export function missingFigures(t: ReportTemplate, figures: Figures): string[] {
  const keys = t.tables.flatMap((x) => x.rows.flatMap((r) => r.cells.flatMap(cellKeys)));
  return [...new Set(keys)].filter((k) => !(k in figures));
}
