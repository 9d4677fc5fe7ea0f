import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../migrations/embedded';
import { renderEmbeddedMigrations } from '../migrations/embed';
import { FAST_SCRYPT, TEST_PASSPHRASE, tempDir } from '../test-support/temp-store';
import { listBackups } from './backup';
import { applyMigrations, schemaVersion } from './migrate';
import { storePaths } from './paths';
import { createStore, unlockStore } from './store';

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

describe('migrations', () => {
  it('embedded.ts matches the SQL files drizzle-kit wrote (run `npm run db:generate`)', () => {
    const dir = join(import.meta.dirname, '..', 'migrations');
    expect(readFileSync(join(dir, 'embedded.ts'), 'utf8')).toBe(renderEmbeddedMigrations(dir));
  });

  it('0000_init: from an empty database to schema 1', () => {
    const db = new Database(':memory:');
    expect(applyMigrations(db, MIGRATIONS.slice(0, 1))).toBe(1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['audit_log', 'meta', 'organisations']));
    expect(applyMigrations(db, MIGRATIONS.slice(0, 1))).toBe(0);
  });

  /** What each migration must have added, checked from the schema just before it. */
  const ADDED_BY: Record<string, string[]> = {
    '0000_init': ['audit_log', 'meta', 'organisations'],
    '0001_members': ['members', 'member_events', 'party_groups', 'committee_terms', 'committee_posts', 'member_name_grams'],
    '0002_member_search': ['member_search_digits'],
    '0003_meetings': ['meetings', 'meeting_attendance'],
    '0004_dues_transfers': ['dues_profiles', 'dues_payments', 'transfer_letters', 'flow_records'],
    '0005_development_appraisal': ['applicants', 'pipeline_steps', 'pipeline_documents', 'appraisal_years', 'appraisal_results'],
    '0006_reports_bundles': [
      'report_periods',
      'report_versions',
      'report_unlocks',
      'org_keys',
      'authorisations',
      'enrolments',
      'bundle_streams',
      'bundle_log',
      'replica_rows',
    ],
    '0007_search_cover': [],
    '0008_grams_cover': [],
  };

  it('knows what every migration adds (add a line here with each new migration)', () => {
    expect(MIGRATIONS.map((m) => m.tag)).toEqual(Object.keys(ADDED_BY));
  });

  it.each(MIGRATIONS.map((m, i) => [m.tag, i] as const))('%s: from schema N-1 to N, keeping existing rows', (tag, index) => {
    const db = new Database(':memory:');
    applyMigrations(db, MIGRATIONS.slice(0, index));
    if (index > 0) db.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
    const before = tables(db);
    expect(applyMigrations(db, MIGRATIONS.slice(0, index + 1))).toBe(1);
    expect(schemaVersion(db)).toBe(index + 1);
    expect(tables(db).filter((t) => !before.includes(t))).toEqual(expect.arrayContaining(ADDED_BY[tag]!));
    if (index > 0) expect(db.prepare("SELECT value FROM meta WHERE key = 'kept'").pluck().get()).toBe('yes');
  });

  it('rolls back every pending migration when one fails', () => {
    const db = new Database(':memory:');
    applyMigrations(db, MIGRATIONS);
    const broken = [
      ...MIGRATIONS,
      { tag: '9001_ok', sql: 'CREATE TABLE added_by_test (x)' },
      { tag: '9002_bad', sql: 'CREATE TABLE oops (' },
    ];
    expect(() => applyMigrations(db, broken)).toThrow(expect.objectContaining({ code: 'MIGRATION_FAILED' }));
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).not.toContain('added_by_test');
  });

  it('refuses to run a database newer than the program', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => applyMigrations(db, MIGRATIONS)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW' }));
  });

  it('backs up the encrypted database before migrating it at open', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const paths = storePaths(dir);
      (await createStore(paths, TEST_PASSPHRASE, { scrypt: FAST_SCRYPT })).store.close();
      const next = [...MIGRATIONS, { tag: '9001_add_notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)' }];
      const store = await unlockStore(paths, TEST_PASSPHRASE, { scrypt: FAST_SCRYPT, migrations: next });
      expect(store.schemaVersion).toBe(next.length);
      expect(tables(store.sqlite)).toContain('notes');
      store.close();
      const backups = listBackups(paths.backups).filter((b) => b.reason === 'before-migration');
      expect(backups).toHaveLength(1);
      expect(readFileSync(backups[0]!.file).includes(Buffer.from('SQLite format 3'))).toBe(false);
    } finally {
      cleanup();
    }
  });
});
