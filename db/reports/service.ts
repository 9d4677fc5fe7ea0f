/**
 * The report lifecycle: settings, the list of periods, explanations, submission (which locks
 * the period), unlock with a reason, versions and their differences. Each mutation is one
 * transaction with its audit row.
 */
import { AppError, type FieldIssue } from '../api/errors';
import type { ComputedReport, FigureItem, PeriodInfo, ReportSettings, StoredVersionView, VersionSummary } from '../api/schemas/reports';
import { appendAudit } from '../audit/chain';
import type { Store } from '../store/store';
import { computeReport, periodInfo } from './compute';
import { itemKey } from './figures';
import { parsePeriod, periodDeadline, periodsOfYear } from './periods';
import { getVersion, hashVersion, insertVersion, listVersions, markSubmitted, markUnlocked, periodRow, periodRowsBetween, versionCount, type StoredVersion } from './records';
import { readReportSettings, writeExplanation, writeReportSettings } from './settings';
import { templateFor } from './templates';

const KIND_ORDER = { quarter: 0, half: 1, year: 2 } as const;

export function setReportSettings(store: Store, settings: ReportSettings, actor: string): ReportSettings {
  return store.transaction(() => {
    const before = readReportSettings(store.sqlite);
    const after = writeReportSettings(store.sqlite, settings);
    appendAudit(store.sqlite, actor, { op: 'reports.setSettings', entity: 'report-settings', before, after });
    return after;
  });
}

/** The year's periods of the kinds the branch reports, plus any other kind it has already submitted. */
export function listPeriods(store: Store, year: number, today: string): PeriodInfo[] {
  const { kinds } = readReportSettings(store.sqlite);
  const ids = new Set(kinds.flatMap((k) => periodsOfYear(k, year).map((p) => p.id)));
  for (const row of periodRowsBetween(store.sqlite, `${year}-01-01`, `${year}-12-31`)) ids.add(row.period);
  return [...ids]
    .map(parsePeriod)
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]))
    .map((p) => periodInfo(store, p, today));
}

function assertNotSubmitted(store: Store, period: string): void {
  if (periodRow(store.sqlite, period)?.status === 'submitted') {
    throw new AppError('CONFLICT', `the ${period} report is submitted; unlock it first`, { params: { period } });
  }
}

/** Stores (or, with an empty text, removes) the explanation of one warning of the current computation. */
export function explain(store: Store, input: { period: string; key: string; text: string }, actor: string, today: string): ComputedReport {
  const period = parsePeriod(input.period);
  assertNotSubmitted(store, period.id);
  const current = computeReport(store, period, today);
  if (!current.validation.issues.some((i) => i.severity === 'warning' && i.key === input.key)) {
    throw new AppError('NOT_FOUND', `no warning ${input.key} in the ${period.id} report`, { params: { period: period.id, key: input.key } });
  }
  store.transaction(() => {
    const before = current.validation.issues.find((i) => i.key === input.key)?.explanation ?? null;
    writeExplanation(store.sqlite, period.id, input.key, input.text);
    const after = { key: input.key, text: input.text || null };
    appendAudit(store.sqlite, actor, { op: 'reports.explain', entity: 'report', entityCode: period.id, before: { key: input.key, text: before }, after });
  });
  return computeReport(store, period, today);
}

function summary(v: StoredVersion): VersionSummary {
  return { period: v.period, version: v.version, computedAt: v.computedAt, correctionReason: v.correctionReason, hash: v.hash, warnings: v.validation.warnings };
}

/**
 * Stores the next version and locks the period. Refused while the period is running (its end
 * figures are not final), while it is submitted and not unlocked, and while validation has an
 * error or an unexplained warning; the refusal lists each issue.
 */
export function submitReport(store: Store, id: string, actor: string, today: string, now = new Date()): VersionSummary {
  const period = parsePeriod(id);
  if (today <= period.end) throw new AppError('CONFLICT', `the ${period.id} period has not ended`, { params: { period: period.id, end: period.end } });
  return store.transaction(() => {
    assertNotSubmitted(store, period.id);
    const report = computeReport(store, period, today);
    if (!report.validation.ready) {
      const issues: FieldIssue[] = report.validation.issues
        .filter((i) => i.severity === 'error' || !i.explanation)
        .map((i) => ({ path: ['period'], code: i.rule, message: i.message, params: { key: i.key, severity: i.severity } }));
      throw new AppError('CONFLICT', `the ${period.id} report is not ready`, {
        params: { period: period.id, errors: report.validation.errors, unexplained: report.validation.unexplained },
        issues,
      });
    }
    const row = periodRow(store.sqlite, period.id);
    const version = versionCount(store.sqlite, period.id) + 1;
    const content = {
      period: period.id,
      version,
      computedAt: now.toISOString(),
      figures: report.figures,
      validation: report.validation,
      explanations: report.explanations,
      // A correction says why: the reason given when the period was unlocked.
      correctionReason: version > 1 ? (row?.unlockReason ?? null) : null,
    };
    const stored: StoredVersion = { ...content, hash: hashVersion(content) };
    insertVersion(store.sqlite, stored);
    markSubmitted(store.sqlite, {
      period: period.id,
      kind: period.kind,
      startDate: period.start,
      endDate: period.end,
      deadline: row?.deadline ?? periodDeadline(period, readReportSettings(store.sqlite).deadlineDays),
      templateId: templateFor(period).id,
      submittedAt: content.computedAt,
    });
    appendAudit(store.sqlite, actor, { op: 'reports.submit', entity: 'report', entityCode: period.id, after: summary(stored) }, now);
    return summary(stored);
  });
}

/** Opens a submitted period for corrections; the reason becomes the next version's correction reason. */
export function unlockReport(store: Store, input: { period: string; reason: string }, actor: string, today: string, now = new Date()): PeriodInfo {
  const period = parsePeriod(input.period);
  store.transaction(() => {
    const row = periodRow(store.sqlite, period.id);
    if (row?.status !== 'submitted') throw new AppError('CONFLICT', `the ${period.id} report is not submitted`, { params: { period: period.id } });
    markUnlocked(store.sqlite, period.id, input.reason, actor, now.toISOString());
    const after = { status: 'unlocked', reason: input.reason };
    appendAudit(store.sqlite, actor, { op: 'reports.unlock', entity: 'report', entityCode: period.id, before: { status: 'submitted' }, after }, now);
  });
  return periodInfo(store, period, today);
}

export function reportVersions(store: Store, id: string): VersionSummary[] {
  return listVersions(store.sqlite, parsePeriod(id).id).map(summary);
}

export function reportVersion(store: Store, input: { period: string; version: number }): StoredVersionView {
  const v = getVersion(store.sqlite, parsePeriod(input.period).id, input.version);
  return { ...summary(v), figures: v.figures, validation: v.validation, explanations: v.explanations };
}

function diffItems(a: FigureItem[], b: FigureItem[]): FigureItem[] {
  const inB = new Set(b.map(itemKey));
  return a.filter((i) => !inB.has(itemKey(i)));
}

/** Exactly the figures whose value or names differ between two versions, and changed explanations. */
export function diffVersions(store: Store, input: { period: string; from: number; to: number }) {
  const id = parsePeriod(input.period).id;
  const a = getVersion(store.sqlite, id, input.from);
  const b = getVersion(store.sqlite, id, input.to);
  const keys = [...new Set([...Object.keys(a.figures), ...Object.keys(b.figures)])];
  const figures = keys.flatMap((key) => {
    const x = a.figures[key];
    const y = b.figures[key];
    const added = diffItems(y?.items ?? [], x?.items ?? []);
    const removed = diffItems(x?.items ?? [], y?.items ?? []);
    if (x?.value === y?.value && added.length === 0 && removed.length === 0) return [];
    const f = (y ?? x)!;
    return [{ key, label: f.label, unit: f.unit, from: x?.value ?? null, to: y?.value ?? null, added, removed }];
  });
  const explanationKeys = [...new Set([...Object.keys(a.explanations), ...Object.keys(b.explanations)])];
  const explanations = explanationKeys
    .filter((k) => a.explanations[k] !== b.explanations[k])
    .map((k) => ({ key: k, from: a.explanations[k] ?? null, to: b.explanations[k] ?? null }));
  return { period: id, from: input.from, to: input.to, figures, explanations };
}

