import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, sqliteErrorToAppError } from '../api/errors';
import { openEncryptedDatabase, type OpenOptions } from './encrypted-sqlite';

export type BackupReason = 'manual' | 'on-close' | 'before-migration' | 'before-import' | 'before-restore';

/** How many automatic backups of each reason are kept; manual ones are never rotated away. */
const KEEP_PER_REASON = 10;

export interface BackupInfo {
  file: string;
  name: string;
  reason: BackupReason | 'unknown';
  createdAt: string;
  bytes: number;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * VACUUM INTO writes a compact copy through the same cipher and key, so the backup is as
 * encrypted as the original (SQLite's online backup API refuses encrypted sources).
 */
export function createBackup(db: Database.Database, backupsDir: string, reason: BackupReason, now = new Date()): BackupInfo {
  mkdirSync(backupsDir, { recursive: true });
  const name = `branchdesk-${stamp(now)}-${reason}.db`;
  const file = join(backupsDir, name);
  if (existsSync(file)) unlinkSync(file);
  try {
    db.prepare('VACUUM INTO ?').run(file);
  } catch (e) {
    if (existsSync(file)) unlinkSync(file);
    throw sqliteErrorToAppError(e) ?? e;
  }
  rotateBackups(backupsDir, reason);
  return { file, name, reason, createdAt: now.toISOString(), bytes: statSync(file).size };
}

export function listBackups(backupsDir: string): BackupInfo[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((n) => /^branchdesk-\d{8}T\d{6}Z-[a-z-]+\.db$/.test(n))
    .map((name) => {
      const m = /^branchdesk-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-([a-z-]+)\.db$/.exec(name)!;
      const file = join(backupsDir, name);
      return {
        file,
        name,
        reason: (m[7] as BackupReason) ?? 'unknown',
        createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`,
        bytes: statSync(file).size,
      };
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

function rotateBackups(backupsDir: string, reason: BackupReason): void {
  if (reason === 'manual') return;
  for (const old of listBackups(backupsDir).filter((b) => b.reason === reason).slice(KEEP_PER_REASON)) {
    unlinkSync(old.file);
  }
}

/** Opens the copy with the key and runs a full integrity check; throws DATABASE_DAMAGED if it fails. */
export function verifyBackup(file: string, dataKey: Buffer, options: OpenOptions = {}): { ok: true; schemaVersion: number } {
  const db = openEncryptedDatabase(file, dataKey, { ...options, readonly: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new AppError('DATABASE_DAMAGED', `backup ${file} failed its integrity check: ${String(result)}`);
    return { ok: true, schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } finally {
    db.close();
  }
}
