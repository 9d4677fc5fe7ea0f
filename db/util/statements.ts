import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement per connection and SQL text, compiled once. Preparing costs more than
 * running a small statement, so hot paths (bulk import, search, audit) must not re-prepare.
 * `pluck` is part of the key because better-sqlite3 keeps it as state on the statement.
 */
export function statement(db: Database.Database, sql: string, options: { pluck?: boolean } = {}): Database.Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  const key = `${options.pluck ? 'p' : 'r'}:${sql}`;
  let s = byText.get(key);
  if (!s) {
    s = db.prepare(sql);
    if (options.pluck) s.pluck(true);
    byText.set(key, s);
  }
  return s;
}
