import type { OpInput, OpOutput } from '../../api/types';

/** The reports contract's shapes, named once for the pages and prints of this area. */
export type PeriodInfo = OpOutput<'reports.periods'>[number];
export type ComputedReport = OpOutput<'reports.compute'>;
export type ReportDocument = OpOutput<'reports.document'>;
export type DocTable = ReportDocument['tables'][number];
export type DocCell = DocTable['rows'][number]['cells'][number];
export type Figures = ComputedReport['figures'];
export type Figure = Figures[string];
export type FigureItem = Figure['items'][number];
export type ValidationIssue = ComputedReport['validation']['issues'][number];
export type Validation = ComputedReport['validation'];
export type VersionSummary = OpOutput<'reports.versions'>[number];
export type StoredVersion = OpOutput<'reports.version'>;
export type ReportDiff = OpOutput<'reports.diff'>;
export type ReportSettings = OpInput<'reports.setSettings'>;
export type PeriodKind = PeriodInfo['kind'];
