import Database from 'better-sqlite3';
import type { Store } from '../../db/store/store';
import { MIGRATIONS } from '../../db/migrations/embedded';
import { applyMigrations } from '../../db/store/migrate';

/**
 * The same schema and rows in an unencrypted SQLite file with the same connection settings,
 * so that "encrypted ÷ plain" compares the cipher and nothing else.
 */
export function plainCopy(store: Store, file: string): Database.Database {
  const plain = new Database(file);
  plain.pragma('journal_mode = WAL');
  plain.pragma('synchronous = FULL');
  plain.pragma('foreign_keys = ON');
  plain.pragma('secure_delete = ON');
  plain.pragma('mmap_size = 0');
  applyMigrations(plain, MIGRATIONS);
  const tables = store.sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'member_search_digits%'`,
    )
    .pluck()
    .all() as string[];
  plain.transaction(() => {
    // Tables come in the order they were created (meeting_attendance before meetings): the
    // foreign keys are checked at the commit, when every row is there.
    plain.pragma('defer_foreign_keys = ON');
    for (const table of tables) {
      const columns = store.sqlite.prepare(`SELECT * FROM "${table}" LIMIT 0`).columns().map((c) => c.name);
      if (columns.length === 0) continue;
      const insert = plain.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const row of store.sqlite.prepare(`SELECT * FROM "${table}"`).raw().iterate()) insert.run(...(row as unknown[]));
    }
    const digits = plain.prepare('INSERT INTO member_search_digits (rowid, digits) VALUES (?, ?)');
    for (const row of store.sqlite.prepare('SELECT rowid, digits FROM member_search_digits').raw().iterate()) digits.run(...(row as unknown[]));
  })();
  plain.pragma('wal_checkpoint(TRUNCATE)');
  return plain;
}
