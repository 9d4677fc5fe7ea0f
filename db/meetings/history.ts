import type Database from 'better-sqlite3';
import type { Meeting } from '../api/schemas/meetings';
import { canonicalJson } from '../util/canonical-json';
import { statement } from '../util/statements';

/** The parts of a record an amendment can change, in the order the form shows them. */
export const AMENDABLE_FIELDS = [
  'date',
  'startTime',
  'endTime',
  'place',
  'chair',
  'recorder',
  'groupCode',
  'lecturer',
  'lectureTitle',
  'topics',
  'isElection',
  'attendance',
  'agenda',
  'content',
  'speeches',
  'resolutions',
  'followUps',
] as const satisfies readonly (keyof Meeting)[];
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

export interface Amendment {
  at: string;
  actor: string;
  reason: string;
  fields: AmendableField[];
}

interface Row {
  seq: number;
  at: string;
  actor: string;
  before: string | null;
  after: string | null;
}

function changedFields(before: Partial<Meeting>, after: Partial<Meeting>): AmendableField[] {
  return AMENDABLE_FIELDS.filter((f) => canonicalJson(before[f] ?? null) !== canonicalJson(after[f] ?? null));
}

const DAY_MS = 86_400_000;

/**
 * The first audit seq written at or after `at`, by bisection over the primary key: the audit
 * log has no index on time or entity (no schema change for this), and a full scan of a
 * 200,000-member store's log takes seconds. Times grow with seq unless the clock was turned
 * back; the caller starts a day early and falls back to a full scan if entries are missing.
 */
function firstSeqFrom(db: Database.Database, at: string): number {
  let lo = 1;
  let hi = Number(statement(db, 'SELECT coalesce(max(seq), 0) FROM audit_log', { pluck: true }).get()) + 1;
  const atOf = statement(db, 'SELECT at FROM audit_log WHERE seq = ?', { pluck: true });
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const value = atOf.get(mid) as string | undefined;
    if (value !== undefined && value < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every change made to a finalised record: when, by whom, why, and which parts changed. */
export function amendmentHistory(db: Database.Database, m: Pick<Meeting, 'code' | 'finalisedAt' | 'amendments'>): Amendment[] {
  if (m.amendments === 0 || !m.finalisedAt) return [];
  const sql = "SELECT seq, at, actor, before, after FROM audit_log WHERE seq >= ? AND op = 'meetings.amend' AND entity_code = ? ORDER BY seq";
  const from = firstSeqFrom(db, new Date(Date.parse(m.finalisedAt) - DAY_MS).toISOString());
  let rows = statement(db, sql).all(from, m.code) as Row[];
  if (rows.length < m.amendments) rows = statement(db, sql).all(1, m.code) as Row[];
  return rows.map((r) => {
    const before = JSON.parse(r.before ?? '{}') as Partial<Meeting>;
    const after = JSON.parse(r.after ?? '{}') as Partial<Meeting> & { reason?: string | null };
    return { at: r.at, actor: r.actor, reason: after.reason ?? '', fields: changedFields(before, after) };
  });
}
