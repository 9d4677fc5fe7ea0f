/**
 * Computing a report: every section provider for the period's kind, as of the period's end,
 * then validation with the explanations typed so far. Nothing is stored here.
 */
import type { ComputedReport, Figures, PeriodInfo } from '../api/schemas/reports';
import type { Store } from '../store/store';
import type { SectionProvider } from './figures';
import { periodDeadline, periodLabel, type ReportPeriod } from './periods';
import { SECTION_PROVIDERS } from './providers';
import { periodRow, versionCount } from './records';
import { readExplanations, readReportSettings } from './settings';
import { templateFor } from './templates';
import { validateReport } from './validation';

export function computeFigures(store: Store, period: ReportPeriod, providers: readonly SectionProvider[] = SECTION_PROVIDERS): Figures {
  const out: Figures = {};
  for (const p of providers) if (!p.kinds || p.kinds.includes(period.kind)) Object.assign(out, p.figures(store, period));
  return out;
}

/** Where the period stands today: submitted or unlocked from its row, else by the calendar and the deadline. */
export function periodInfo(store: Store, period: ReportPeriod, today: string): PeriodInfo {
  const row = periodRow(store.sqlite, period.id);
  const deadline = row?.deadline ?? periodDeadline(period, readReportSettings(store.sqlite).deadlineDays);
  const byCalendar = today < period.start ? 'future' : today <= period.end ? 'current' : today <= deadline ? 'due' : 'overdue';
  const status = row?.status === 'submitted' || row?.status === 'unlocked' ? row.status : byCalendar;
  return {
    period: period.id,
    kind: period.kind,
    label: periodLabel(period),
    start: period.start,
    end: period.end,
    deadline,
    status,
    versions: versionCount(store.sqlite, period.id),
    submittedAt: row?.submittedAt ?? null,
    unlockReason: row?.status === 'unlocked' ? row.unlockReason : null,
  };
}

export function computeReport(store: Store, period: ReportPeriod, today: string): ComputedReport {
  const template = templateFor(period);
  const figures = computeFigures(store, period);
  const stored = readExplanations(store.sqlite, period.id);
  const validation = validateReport(store, period, template, figures, stored);
  // Only explanations of warnings that still stand travel with the report.
  const live = new Set(validation.issues.filter((i) => i.severity === 'warning').map((i) => i.key));
  const explanations = Object.fromEntries(Object.entries(stored).filter(([k]) => live.has(k)));
  return {
    period: periodInfo(store, period, today),
    template: { id: template.id, title: template.title, effectiveYear: template.effectiveYear },
    figures,
    validation,
    explanations,
  };
}
