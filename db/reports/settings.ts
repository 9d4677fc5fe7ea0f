/**
 * The branch's reporting settings and the explanations typed before a report is submitted.
 * Both live in the meta table: the report tables (migration 0006) have no column for either,
 * and neither is worth a migration of its own (see docs/REPORTS.md, "columns wanted").
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { reportSettings, type ReportSettings } from '../api/schemas/reports';
import { statement } from '../util/statements';

const SETTINGS_KEY = 'report_settings';
const explanationsKey = (period: string) => `report_explanations:${period}`;

/** Quarter and year: the annual report is national (DOMAIN.md §6.1), the quarter the common local ask. */
export const DEFAULT_REPORT_SETTINGS: ReportSettings = { kinds: ['quarter', 'year'], deadlineDays: 10 };

function readMeta(db: Database.Database, key: string): unknown {
  const raw = statement(db, 'SELECT value FROM meta WHERE key = ?', { pluck: true }).get(key) as string | undefined;
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function writeMeta(db: Database.Database, key: string, value: unknown): void {
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

/** A damaged value falls back to the defaults: a setting is never a reason not to report. */
export function readReportSettings(db: Database.Database): ReportSettings {
  const parsed = reportSettings.safeParse(readMeta(db, SETTINGS_KEY));
  return parsed.success ? parsed.data : { ...DEFAULT_REPORT_SETTINGS };
}

export function writeReportSettings(db: Database.Database, settings: ReportSettings): ReportSettings {
  const value = reportSettings.parse({ ...settings, kinds: [...new Set(settings.kinds)] });
  writeMeta(db, SETTINGS_KEY, value);
  return value;
}

const explanationsSchema = z.record(z.string(), z.string());

export function readExplanations(db: Database.Database, period: string): Record<string, string> {
  const parsed = explanationsSchema.safeParse(readMeta(db, explanationsKey(period)));
  return parsed.success ? parsed.data : {};
}

/** An empty text removes the explanation. */
export function writeExplanation(db: Database.Database, period: string, key: string, text: string): Record<string, string> {
  const next = { ...readExplanations(db, period) };
  if (text === '') delete next[key];
  else next[key] = text;
  writeMeta(db, explanationsKey(period), next);
  return next;
}
