import { z } from 'zod';

/** Reporting periods (docs/REPORTS.md): '2026Q3' a quarter, '2026H1' a half year, '2026' a year. */
export const PERIOD_KINDS = ['quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const periodId = z.string().regex(/^\d{4}(Q[1-4]|H[12])?$/, 'a period is 2026Q3, 2026H1 or 2026');

export const reportSettings = z
  .object({
    /** Which periods this branch reports; the year is always available for the annual tables. */
    kinds: z.array(z.enum(PERIOD_KINDS)).min(1).max(3),
    /** The report is due this many days after the period ends. */
    deadlineDays: z.number().int().min(0).max(90),
  })
  .strict();
export type ReportSettings = z.infer<typeof reportSettings>;

export const PERIOD_STATUSES = ['future', 'current', 'due', 'overdue', 'submitted', 'unlocked'] as const;

export const periodInfo = z.object({
  period: z.string(),
  kind: z.enum(PERIOD_KINDS),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  deadline: z.string(),
  status: z.enum(PERIOD_STATUSES),
  versions: z.number().int(),
  submittedAt: z.string().nullable(),
  unlockReason: z.string().nullable(),
});
export type PeriodInfo = z.infer<typeof periodInfo>;

/** Who or what is behind a figure: a member, an applicant, a meeting or a month, by its stable code. */
export const figureItem = z.object({ code: z.string(), name: z.string() });
export type FigureItem = z.infer<typeof figureItem>;

export const FIGURE_UNITS = ['count', 'fen', 'minutes'] as const;
export const figure = z.object({
  label: z.string(),
  unit: z.enum(FIGURE_UNITS),
  value: z.number(),
  items: z.array(figureItem),
});
export type Figure = z.infer<typeof figure>;
/** Flat map from figure key ('members.total', 'members.byGender.2', 'changes.additions.develop') to figure. */
export const figures = z.record(z.string(), figure);
export type Figures = z.infer<typeof figures>;

export const validationIssue = z.object({
  rule: z.string(),
  /** error: the report cannot be submitted; warning: allowed, but needs an explanation. */
  severity: z.enum(['error', 'warning']),
  /** The key an explanation is stored under (reports.explain). */
  key: z.string(),
  message: z.string(),
  items: z.array(figureItem),
  explanation: z.string().nullable(),
});
export type ValidationIssue = z.infer<typeof validationIssue>;

export const validation = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  unexplained: z.number().int(),
  /** No errors and every warning explained: the report may be submitted. */
  ready: z.boolean(),
  issues: z.array(validationIssue),
});
export type Validation = z.infer<typeof validation>;

export const explanations = z.record(z.string(), z.string());

export const computedReport = z.object({
  period: periodInfo,
  template: z.object({ id: z.string(), title: z.string(), effectiveYear: z.number().int() }),
  figures,
  validation,
  explanations,
});
export type ComputedReport = z.infer<typeof computedReport>;

export const versionSummary = z.object({
  period: z.string(),
  version: z.number().int(),
  computedAt: z.string(),
  correctionReason: z.string().nullable(),
  hash: z.string(),
  warnings: z.number().int(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

/** One stored version in full: what was submitted, for showing it and the names behind each figure. */
export const storedVersion = versionSummary.extend({ figures, validation, explanations });
export type StoredVersionView = z.infer<typeof storedVersion>;

export const figureChange = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.enum(FIGURE_UNITS),
  from: z.number().nullable(),
  to: z.number().nullable(),
  added: z.array(figureItem),
  removed: z.array(figureItem),
});
export type FigureChange = z.infer<typeof figureChange>;

export const reportDiff = z.object({
  period: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  figures: z.array(figureChange),
  explanations: z.array(z.object({ key: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});

/** A printed cell: the text as printed, and the number in the printed unit (元, 小时) for spreadsheets. */
const docCell = z.object({ text: z.string(), value: z.number().nullable(), unit: z.enum(['count', 'yuan', 'hours']).nullable(), key: z.string().nullable() });
export const reportDocument = z.object({
  orgName: z.string(),
  orgCode: z.string(),
  title: z.string(),
  periodLabel: z.string(),
  periodRange: z.string(),
  /** Says the tables are BranchDesk's rendition, not the official forms. */
  templateNote: z.string(),
  version: z.number().int().nullable(),
  statusLine: z.string(),
  correctionNote: z.string().nullable(),
  preparedBy: z.string(),
  preparedOn: z.string(),
  tables: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      note: z.string().nullable(),
      columns: z.array(z.string()),
      rows: z.array(z.object({ label: z.string(), indent: z.number().int(), cells: z.array(docCell) })),
    }),
  ),
  validationLines: z.array(z.string()),
  explanations: z.array(z.object({ topic: z.string(), text: z.string() })),
  hash: z.string().nullable(),
});
export type ReportDocument = z.infer<typeof reportDocument>;
