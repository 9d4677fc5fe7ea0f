import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import { statement } from './statements';

/**
 * Inserts one row by drizzle property names through a cached prepared statement: the same
 * row drizzle's builder would write, without building and preparing the query each time
 * (which dominated bulk import). Column names come from the drizzle table, so there is no
 * second list to keep in step. Booleans become 0/1, as SQLite stores them.
 */
const sqlCache = new WeakMap<Table, Map<string, string>>();

function insertSql(table: Table, keys: string[]): string {
  let byKeys = sqlCache.get(table);
  if (!byKeys) sqlCache.set(table, (byKeys = new Map()));
  const signature = keys.join(',');
  let sql = byKeys.get(signature);
  if (!sql) {
    const columns = getTableColumns(table);
    sql = `INSERT INTO "${getTableName(table)}" (${keys.map((k) => `"${columns[k]!.name}"`).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`;
    byKeys.set(signature, sql);
  }
  return sql;
}

export function insertRow<T extends Table>(db: Database.Database, table: T, values: Partial<T['$inferInsert']>): number {
  const columns = getTableColumns(table);
  const keys = Object.keys(values).filter((k) => k in columns && (values as Record<string, unknown>)[k] !== undefined).sort();
  const sql = insertSql(table, keys);
  const params: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (values as Record<string, unknown>)[k];
    params[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  return Number(statement(db, sql).run(params).lastInsertRowid);
}
