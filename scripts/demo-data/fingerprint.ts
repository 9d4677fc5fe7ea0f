/**
 * A hash of everything a demo run decided, leaving out what the clock decided (created_at,
 * updated_at, recorded_at, the audit rows' times and therefore their hashes). Two runs with the
 * same seed and the same "today" must give the same fingerprint.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../../db/store/store';

const CLOCK_COLUMNS = new Set(['created_at', 'updated_at', 'recorded_at']);

export function demoFingerprint(store: Store): string {
  const hash = createHash('sha256');
  for (const [table, order] of [
    ['organisations', 'id'],
    ['members', 'id'],
    ['member_events', 'id'],
  ] as const) {
    hash.update(`${table}\n`);
    for (const row of store.sqlite.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate() as Iterable<Record<string, unknown>>) {
      const kept = Object.entries(row).filter(([column]) => !CLOCK_COLUMNS.has(column));
      hash.update(`${JSON.stringify(kept)}\n`);
    }
  }
  return hash.digest('hex');
}
