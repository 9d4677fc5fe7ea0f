import type Database from 'better-sqlite3';
import { statement } from '../util/statements';

const SEQ_KEY = 'member_code_seq';

/**
 * 统一编码: a member's code is the organisation's code plus a sequence number. The sequence
 * only ever grows (kept in meta, inside the same transaction as the insert), so a code is
 * never handed out twice, even after a person leaves the roster.
 */
export function nextMemberCode(db: Database.Database, orgCode: string): string {
  const current = Number((statement(db, 'SELECT value FROM meta WHERE key = ?', { pluck: true }).get(SEQ_KEY) as string | undefined) ?? 0);
  const next = current + 1;
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    SEQ_KEY,
    String(next),
  );
  return `${orgCode}-${String(next).padStart(5, '0')}`;
}
