/**
 * bundle_streams and bundle_log: per sender→recipient stream, the last sequence number and
 * file hash (the high-water mark), and every bundle made or taken in. Writes here happen only
 * inside the transaction that made or applied the bundle, so the mark never runs ahead of
 * the rows it stands for.
 */
import type Database from 'better-sqlite3';
import { statement } from '../util/statements';
import type { BundleKind } from './header';

export type Direction = 'in' | 'out';

export interface StreamMark {
  lastSequence: number;
  lastHash: string;
  updatedAt: string;
}

export function streamMark(db: Database.Database, direction: Direction, sender: string, recipient: string): StreamMark | null {
  const row = statement(
    db,
    `SELECT last_sequence AS lastSequence, last_hash AS lastHash, updated_at AS updatedAt
       FROM bundle_streams WHERE direction = ? AND sender_org_code = ? AND recipient_org_code = ?`,
  ).get(direction, sender, recipient) as StreamMark | undefined;
  return row ?? null;
}

export function advanceStream(db: Database.Database, direction: Direction, sender: string, recipient: string, sequence: number, hash: string, at: string): void {
  statement(
    db,
    `INSERT INTO bundle_streams (direction, sender_org_code, recipient_org_code, last_sequence, last_hash, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (direction, sender_org_code, recipient_org_code)
     DO UPDATE SET last_sequence = excluded.last_sequence, last_hash = excluded.last_hash, updated_at = excluded.updated_at`,
  ).run(direction, sender, recipient, sequence, hash, at);
}

export interface LogEntry {
  bundleId: string;
  direction: Direction;
  kind: BundleKind;
  sender: string;
  recipient: string;
  period: string | null;
  sequence: number;
  fileHash: string;
  counts: Record<string, number> | null;
  at: string;
  receiptFor: string | null;
}

interface LogRow {
  bundle_id: string;
  direction: Direction;
  kind: BundleKind;
  sender_org_code: string;
  recipient_org_code: string;
  period: string | null;
  sequence: number;
  file_hash: string;
  counts: string | null;
  at: string;
  receipt_for: string | null;
}

function toEntry(r: LogRow): LogEntry {
  return {
    bundleId: r.bundle_id,
    direction: r.direction,
    kind: r.kind,
    sender: r.sender_org_code,
    recipient: r.recipient_org_code,
    period: r.period,
    sequence: r.sequence,
    fileHash: r.file_hash,
    counts: r.counts ? (JSON.parse(r.counts) as Record<string, number>) : null,
    at: r.at,
    receiptFor: r.receipt_for,
  };
}

export function logBundle(db: Database.Database, e: LogEntry): void {
  statement(
    db,
    `INSERT INTO bundle_log (bundle_id, direction, kind, sender_org_code, recipient_org_code, period, sequence, file_hash, counts, at, receipt_for)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.bundleId, e.direction, e.kind, e.sender, e.recipient, e.period, e.sequence, e.fileHash, e.counts ? JSON.stringify(e.counts) : null, e.at, e.receiptFor);
}

export function loggedBundle(db: Database.Database, direction: Direction, bundleId: string): LogEntry | null {
  const row = statement(db, 'SELECT * FROM bundle_log WHERE direction = ? AND bundle_id = ?').get(direction, bundleId) as LogRow | undefined;
  return row ? toEntry(row) : null;
}

export interface LogListing extends LogEntry {
  /** For a bundle we sent: when its receipt came back. */
  acknowledgedAt: string | null;
}

/** Newest first, each sent bundle with the time its receipt was imported (if it was). */
export function listLog(db: Database.Database, limit: number): LogListing[] {
  const rows = statement(
    db,
    `SELECT l.*, (SELECT r.at FROM bundle_log r WHERE r.direction = 'in' AND r.receipt_for = l.bundle_id) AS acknowledged_at
       FROM bundle_log l ORDER BY l.id DESC LIMIT ?`,
  ).all(limit) as (LogRow & { acknowledged_at: string | null })[];
  return rows.map((r) => ({ ...toEntry(r), acknowledgedAt: r.direction === 'out' ? r.acknowledged_at : null }));
}

/** The last bundle we sent with this number in a stream (a replacement supersedes the first). */
export function sentAt(db: Database.Database, sender: string, recipient: string, sequence: number): LogEntry | null {
  const row = statement(
    db,
    "SELECT * FROM bundle_log WHERE direction = 'out' AND sender_org_code = ? AND recipient_org_code = ? AND sequence = ? AND sequence > 0 ORDER BY id DESC LIMIT 1",
  ).get(sender, recipient, sequence) as LogRow | undefined;
  return row ? toEntry(row) : null;
}

export function acknowledged(db: Database.Database, bundleId: string): boolean {
  return statement(db, "SELECT 1 FROM bundle_log WHERE direction = 'in' AND receipt_for = ?", { pluck: true }).get(bundleId) !== undefined;
}
