/**
 * The stored side of reports: one report_periods row per period once it is first submitted,
 * one report_versions row per submission, one report_unlocks row per unlock. A version is
 * never changed after it is written; its hash covers exactly what it holds (versionContent).
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { AppError } from '../api/errors';
import type { Figures, Validation } from '../api/schemas/reports';
import { canonicalJson } from '../util/canonical-json';
import { statement } from '../util/statements';

export interface PeriodRow {
  period: string;
  kind: string;
  startDate: string;
  endDate: string;
  deadline: string | null;
  templateId: string;
  status: 'open' | 'submitted' | 'unlocked';
  submittedAt: string | null;
  unlockedAt: string | null;
  unlockReason: string | null;
}

export interface StoredVersion {
  period: string;
  version: number;
  computedAt: string;
  figures: Figures;
  validation: Validation;
  explanations: Record<string, string>;
  correctionReason: string | null;
  hash: string;
}

const PERIOD_COLUMNS = `period, kind, start_date AS startDate, end_date AS endDate, deadline, template_id AS templateId, status,
  submitted_at AS submittedAt, unlocked_at AS unlockedAt, unlock_reason AS unlockReason`;

export function periodRow(db: Database.Database, period: string): PeriodRow | undefined {
  return statement(db, `SELECT ${PERIOD_COLUMNS} FROM report_periods WHERE period = ?`).get(period) as PeriodRow | undefined;
}

export function periodRowsBetween(db: Database.Database, start: string, end: string): PeriodRow[] {
  return statement(db, `SELECT ${PERIOD_COLUMNS} FROM report_periods WHERE start_date >= ? AND end_date <= ? ORDER BY start_date, end_date DESC`).all(start, end) as PeriodRow[];
}

export function versionCount(db: Database.Database, period: string): number {
  return Number(statement(db, 'SELECT count(*) FROM report_versions WHERE period = ?', { pluck: true }).get(period));
}

interface VersionRow {
  period: string;
  version: number;
  computed_at: string;
  figures: string;
  validation: string;
  explanations: string;
  correction_reason: string | null;
  hash: string;
}

function toVersion(r: VersionRow): StoredVersion {
  return {
    period: r.period,
    version: r.version,
    computedAt: r.computed_at,
    figures: JSON.parse(r.figures) as Figures,
    validation: JSON.parse(r.validation) as Validation,
    explanations: JSON.parse(r.explanations) as Record<string, string>,
    correctionReason: r.correction_reason,
    hash: r.hash,
  };
}

export function listVersions(db: Database.Database, period: string): StoredVersion[] {
  return (statement(db, 'SELECT * FROM report_versions WHERE period = ? ORDER BY version').all(period) as VersionRow[]).map(toVersion);
}

export function getVersion(db: Database.Database, period: string, version: number): StoredVersion {
  const row = statement(db, 'SELECT * FROM report_versions WHERE period = ? AND version = ?').get(period, version) as VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `no version ${version} of the ${period} report`, { params: { period, version } });
  return toVersion(row);
}

/** What the hash covers: the stored version without its hash, as canonical JSON. */
export function versionContent(v: Omit<StoredVersion, 'hash'>): string {
  return canonicalJson({
    period: v.period,
    version: v.version,
    computedAt: v.computedAt,
    figures: v.figures,
    validation: v.validation,
    explanations: v.explanations,
    correctionReason: v.correctionReason,
  });
}

export function hashVersion(v: Omit<StoredVersion, 'hash'>): string {
  return createHash('sha256').update(versionContent(v), 'utf8').digest('hex');
}

/** Stores the version exactly as hashed: the columns hold the same canonical JSON. */
export function insertVersion(db: Database.Database, v: StoredVersion): void {
  statement(
    db,
    `INSERT INTO report_versions (period, version, computed_at, figures, validation, explanations, correction_reason, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.period, v.version, v.computedAt, canonicalJson(v.figures), canonicalJson(v.validation), canonicalJson(v.explanations), v.correctionReason, v.hash);
}

export function markSubmitted(db: Database.Database, row: Omit<PeriodRow, 'status' | 'unlockedAt' | 'unlockReason'> & { submittedAt: string }): void {
  statement(
    db,
    `INSERT INTO report_periods (period, kind, start_date, end_date, deadline, template_id, status, submitted_at, created_at)
     VALUES (@period, @kind, @startDate, @endDate, @deadline, @templateId, 'submitted', @submittedAt, @submittedAt)
     ON CONFLICT(period) DO UPDATE SET status = 'submitted', submitted_at = excluded.submitted_at, template_id = excluded.template_id,
       deadline = excluded.deadline, unlocked_at = NULL, unlock_reason = NULL`,
  ).run(row);
  statement(db, 'UPDATE report_unlocks SET relocked_at = ? WHERE period = ? AND relocked_at IS NULL').run(row.submittedAt, row.period);
}

export function markUnlocked(db: Database.Database, period: string, reason: string, actor: string, at: string): void {
  statement(db, `UPDATE report_periods SET status = 'unlocked', unlocked_at = ?, unlock_reason = ? WHERE period = ?`).run(at, reason, period);
  statement(db, 'INSERT INTO report_unlocks (period, unlocked_at, reason, actor) VALUES (?, ?, ?, ?)').run(period, at, reason, actor);
}
