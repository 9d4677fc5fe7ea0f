import type Database from 'better-sqlite3';
import { AppError } from '../api/errors';

export interface Migration {
  tag: string;
  sql: string;
}

/**
 * The schema version is PRAGMA user_version = the number of migrations applied. It lives in
 * the database header, is written in the same transaction as the migrations, and costs
 * nothing to read at open.
 */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function pendingMigrations(db: Database.Database, migrations: readonly Migration[]): Migration[] {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    // Never "upgrade down": an older program would misread or damage what a newer one wrote.
    throw new AppError('DATABASE_TOO_NEW', `database schema ${current} is newer than this program (${migrations.length})`, {
      params: { databaseVersion: current, programVersion: migrations.length },
    });
  }
  return migrations.slice(current);
}

/** All pending migrations in one transaction: either the database moves to the new version or it stays as it was. */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[]): number {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return 0;
  const target = migrations.length;
  const run = db.transaction(() => {
    for (const migration of pending) {
      for (const statement of migration.sql.split('--> statement-breakpoint')) {
        if (statement.trim()) db.exec(statement);
      }
    }
    db.pragma(`user_version = ${target}`);
  });
  try {
    run.immediate();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('MIGRATION_FAILED', `migration to schema ${target} failed: ${(e as Error).message}`, {
      cause: e,
      params: { version: target },
    });
  }
  return pending.length;
}
