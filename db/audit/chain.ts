import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../util/canonical-json';
import { statement } from '../util/statements';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  /** The contract operation, e.g. "branch.update". */
  op: string;
  /** The kind of thing changed, e.g. "organisation". */
  entity: string;
  /** Its stable code (统一编码), never a local row id. */
  entityCode?: string | null;
  before?: unknown;
  after?: unknown;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  op: string;
  entity: string;
  entity_code: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * The material is a JSON array of the row's plain values (strings, numbers, null), which
 * JSON.stringify writes the same way every time; before/after are already canonical JSON.
 * (Running the canonicaliser again over them doubled the cost of verifying a long chain.)
 */
function rowHash(row: Omit<AuditRow, 'hash'>): string {
  const material = JSON.stringify([
    row.seq,
    row.at,
    row.actor,
    row.op,
    row.entity,
    row.entity_code,
    row.before,
    row.after,
    row.prev_hash,
  ]);
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

/**
 * Appends one link. Must run inside the caller's transaction so the audit row and the
 * change it describes commit or roll back together.
 */
export function appendAudit(db: Database.Database, actor: string, entry: AuditEntry, now: Date = new Date()): void {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the mutation transaction');
  const last = statement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    actor,
    op: entry.op,
    entity: entry.entity,
    entity_code: entry.entityCode ?? null,
    before: entry.before === undefined ? null : canonicalJson(entry.before),
    after: entry.after === undefined ? null : canonicalJson(entry.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  statement(
    db,
    `INSERT INTO audit_log (seq, at, actor, op, entity, entity_code, before, after, prev_hash, hash)
     VALUES (@seq, @at, @actor, @op, @entity, @entity_code, @before, @after, @prev_hash, @hash)`,
  ).run({ ...row, hash: rowHash(row) });
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  headHash: string;
  /** The first row whose link does not hold, or null. */
  firstBrokenSeq: number | null;
  reason: 'hash-mismatch' | 'link-mismatch' | 'sequence-gap' | null;
}

/** Walks the whole chain; reports the first row that was altered, removed or inserted. */
export function verifyAuditChain(db: Database.Database): AuditVerification {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    const broken = (reason: AuditVerification['reason']): AuditVerification => ({
      ok: false,
      checked,
      headHash: prevHash,
      firstBrokenSeq: row.seq,
      reason,
    });
    if (row.seq !== expectedSeq) return broken('sequence-gap');
    if (row.prev_hash !== prevHash) return broken('link-mismatch');
    const { hash, ...rest } = row;
    if (rowHash(rest) !== hash) return broken('hash-mismatch');
    prevHash = hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, headHash: prevHash, firstBrokenSeq: null, reason: null };
}
