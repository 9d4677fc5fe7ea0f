/**
 * A hash of everything a demo run decided, leaving out what the clock decided (created_at,
 * updated_at, recorded_at, finalised_at, the audit rows' times and therefore their hashes).
 * Two runs with the same seed and the same "today" must give the same fingerprint, and so must
 * the two ways of writing (writer.ts): the audit trail is the one thing only 'service' writes.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../../db/store/store';

const CLOCK_COLUMNS = new Set(['created_at', 'updated_at', 'recorded_at', 'finalised_at']);

/** Every table the demo fills, in the order they are hashed. */
export const DEMO_TABLES = [
  'organisations',
  'members',
  'member_events',
  'party_groups',
  'committee_terms',
  'committee_posts',
  'flow_records',
  'transfer_letters',
  'dues_profiles',
  'dues_payments',
  'meetings',
  'meeting_attendance',
  'applicants',
  'pipeline_steps',
  'pipeline_documents',
  'appraisal_years',
  'appraisal_results',
] as const;

export function demoFingerprint(store: Store, tables: readonly string[] = DEMO_TABLES): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`${table}\n`);
    for (const row of store.sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate() as Iterable<Record<string, unknown>>) {
      const kept = Object.entries(row).filter(([column]) => !CLOCK_COLUMNS.has(column));
      hash.update(`${JSON.stringify(kept)}\n`);
    }
  }
  return hash.digest('hex');
}
