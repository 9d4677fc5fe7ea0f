/**
 * The level above's read-only copy of what the levels below sent (分级维护). Each row belongs
 * to the organisation that sent it; a row for a code that someone else owns — or that this
 * level maintains itself — is rejected, never merged.
 */
import type Database from 'better-sqlite3';
import { EVENT_LABELS_ZH, type EventKind } from '../members/event-kinds';
import type { Store } from '../store/store';
import { canonicalJson } from '../util/canonical-json';
import { statement } from '../util/statements';
import { sha256 } from './crypto-suite';
import { rejected, type Change, type Plan } from './plan';
import { withinScope } from './statements';

export interface Tombstone {
  reason: string;
  date: string | null;
}

export interface IncomingRow {
  entity: string;
  code: string;
  label: string;
  data: Record<string, unknown>;
  tombstone: Tombstone | null;
}

interface HeldRow {
  owner: string;
  rowHash: string;
  tombstone: string | null;
}

function heldRow(db: Database.Database, entity: string, code: string, owner: string): HeldRow | null {
  const row = statement(
    db,
    'SELECT owner_org_code AS owner, row_hash AS rowHash, tombstone FROM replica_rows WHERE entity = ? AND code = ? AND owner_org_code = ?',
  ).get(entity, code, owner) as HeldRow | undefined;
  return row ?? null;
}

function otherOwner(db: Database.Database, entity: string, code: string, sender: string): string | null {
  return (statement(db, 'SELECT owner_org_code FROM replica_rows WHERE entity = ? AND code = ? AND owner_org_code <> ? LIMIT 1', { pluck: true }).get(
    entity,
    code,
    sender,
  ) as string | undefined) ?? null;
}

function ownMember(db: Database.Database, code: string): boolean {
  return statement(db, 'SELECT 1 FROM members WHERE code = ?', { pluck: true }).get(code) !== undefined;
}

const ABSENT = 'absent';

/** Reason codes in words: the removal events' own labels (转出, 死亡 …), or "no longer sent". */
export function describeTombstone(t: Tombstone): string {
  if (t.reason === ABSENT) return '本次完整数据中已没有这条记录';
  const [kind, detail] = t.reason.split(':');
  const label = EVENT_LABELS_ZH[kind as EventKind] ?? t.reason;
  return `${label}${detail ? `（${detail}）` : ''}${t.date ? `，${t.date}` : ''}`;
}

export const rowHash = (data: unknown) => sha256(canonicalJson(data)).toString('hex');
const tombstoneText = (t: Tombstone | null) => (t ? canonicalJson(t) : null);

export interface RowPlanInput {
  sender: string;
  scope: string;
  bundleId: string;
  rows: IncomingRow[];
  /** Rows already refused while reading (shape, validation). */
  refused: Change[];
  /** Entities this bundle carries in full: held rows it no longer mentions are marked absent. */
  fullEntities: string[];
  counts: Record<string, number>;
}

function classify(db: Database.Database, input: RowPlanInput, row: IncomingRow, seen: Set<string>): Change {
  const { sender, scope } = input;
  const base = { entity: row.entity, code: row.code, label: row.label };
  const key = `${row.entity}/${row.code}`;
  if (seen.has(key)) return rejected(row.entity, row.code, row.label, `编码 ${row.code} 在数据包中出现了两次`);
  seen.add(key);
  if (!withinScope(row.code, scope)) {
    return rejected(row.entity, row.code, row.label, `编码 ${row.code} 不在 ${sender} 的授权范围（${scope}）内`, 'BUNDLE_OUT_OF_SCOPE');
  }
  if (row.entity === 'member' && ownMember(db, row.code)) {
    return rejected(row.entity, row.code, row.label, `编码 ${row.code} 是本级自己维护的党员记录，下级不能改动（分级维护）`, 'BUNDLE_OUT_OF_SCOPE');
  }
  const other = otherOwner(db, row.entity, row.code, sender);
  if (other) return rejected(row.entity, row.code, row.label, `编码 ${row.code} 由 ${other} 报送维护，${sender} 不能覆盖（分级维护）`, 'BUNDLE_OUT_OF_SCOPE');
  const held = heldRow(db, row.entity, row.code, sender);
  if (!held) return { ...base, action: 'new', reason: row.tombstone ? `注销记录：${describeTombstone(row.tombstone)}` : null };
  const sameData = row.tombstone ? true : held.rowHash === rowHash(row.data);
  if (sameData && held.tombstone === tombstoneText(row.tombstone)) return { ...base, action: 'unchanged', reason: null };
  return { ...base, action: 'changed', reason: row.tombstone ? `注销：${describeTombstone(row.tombstone)}` : held.tombstone ? '恢复在册' : '内容有变动' };
}

function absentRows(db: Database.Database, input: RowPlanInput): IncomingRow[] {
  const mentioned = new Set(input.rows.map((r) => `${r.entity}/${r.code}`));
  const out: IncomingRow[] = [];
  for (const entity of input.fullEntities) {
    const codes = statement(db, 'SELECT code FROM replica_rows WHERE owner_org_code = ? AND entity = ? AND tombstone IS NULL', { pluck: true }).all(
      input.sender,
      entity,
    ) as string[];
    for (const code of codes.filter((c) => !mentioned.has(`${entity}/${c}`))) {
      out.push({ entity, code, label: code, data: {}, tombstone: { reason: ABSENT, date: null } });
    }
  }
  return out;
}

function applyRow(db: Database.Database, sender: string, bundleId: string, row: IncomingRow, at: string): void {
  if (row.tombstone && heldRow(db, row.entity, row.code, sender)) {
    // A tombstone keeps the last data the owner sent: the level above still needs the name for its 减少 lists.
    statement(db, 'UPDATE replica_rows SET tombstone = ?, bundle_id = ?, updated_at = ? WHERE owner_org_code = ? AND entity = ? AND code = ?').run(
      tombstoneText(row.tombstone),
      bundleId,
      at,
      sender,
      row.entity,
      row.code,
    );
    return;
  }
  statement(
    db,
    `INSERT INTO replica_rows (owner_org_code, entity, code, data, row_hash, tombstone, bundle_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (owner_org_code, entity, code) DO UPDATE SET
       data = excluded.data, row_hash = excluded.row_hash, tombstone = excluded.tombstone,
       bundle_id = excluded.bundle_id, updated_at = excluded.updated_at`,
  ).run(sender, row.entity, row.code, canonicalJson(row.data), rowHash(row.data), tombstoneText(row.tombstone), bundleId, at);
}

/** The dry run for rows by code; `apply` writes them into replica_rows. */
export function planRows(store: Store, input: RowPlanInput): Plan {
  const db = store.sqlite;
  const seen = new Set<string>();
  const incoming = [...input.rows, ...absentRows(db, input)];
  const changes = incoming.map((row) => classify(db, input, row, seen));
  const absentNote = incoming.filter((r) => r.tombstone?.reason === ABSENT).length;
  return {
    changes: [...input.refused, ...changes],
    notes: absentNote > 0 ? [`有 ${absentNote} 条以前收到的记录本次没有出现，将标为注销。`] : [],
    counts: input.counts,
    apply: (_store, at) => {
      incoming.forEach((row, i) => {
        const action = changes[i]?.action;
        if (action === 'new' || action === 'changed') applyRow(db, input.sender, input.bundleId, row, at);
      });
    },
  };
}
