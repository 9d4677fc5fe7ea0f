/**
 * What the level above holds of each level below (分级维护), for reading only: one line per
 * sending organisation, then its rows page by page. Nothing here writes: these rows change
 * only when the owner's next bundle is imported.
 */
import type Database from 'better-sqlite3';
import { statement } from '../util/statements';
import { heldStatements } from './held-statements';
import { describeTombstone, type Tombstone } from './replica-rows';

export interface HeldOrganisation {
  orgCode: string;
  /** From the authorisation we issued (or hold) for it; null when we never saw one. */
  name: string | null;
  members: number;
  left: number;
  /** Periods of the reports held, newest first. */
  reports: string[];
  updatedAt: string;
}

interface Tally {
  owner: string;
  members: number;
  left: number;
  updatedAt: string;
}

export function heldOrganisations(db: Database.Database): HeldOrganisation[] {
  const tallies = statement(
    db,
    `SELECT owner_org_code AS owner,
            SUM(entity = 'member' AND tombstone IS NULL) AS members,
            SUM(entity = 'member' AND tombstone IS NOT NULL) AS left,
            MAX(updated_at) AS updatedAt
       FROM replica_rows GROUP BY owner_org_code ORDER BY owner_org_code`,
  ).all() as Tally[];
  const names = new Map<string, string>();
  for (const h of heldStatements(db)) names.set(h.signed.statement.subject.orgCode, h.signed.statement.subject.name);
  return tallies.map((t) => ({
    orgCode: t.owner,
    name: names.get(t.owner) ?? null,
    members: t.members,
    left: t.left,
    reports: (statement(db, "SELECT code FROM replica_rows WHERE owner_org_code = ? AND entity = 'report'", { pluck: true }).all(t.owner) as string[])
      .map((code) => code.slice(t.owner.length + 1))
      .sort()
      .reverse(),
    updatedAt: t.updatedAt,
  }));
}

export interface HeldMember {
  code: string;
  name: string;
  orgCode: string | null;
  memberType: string | null;
  gender: string | null;
  joinDate: string | null;
  /** Why the owner took it off its roster, in words; null while on the roster. */
  left: string | null;
  updatedAt: string;
}

export interface HeldReport {
  code: string;
  period: string;
  version: number;
  computedAt: string | null;
  /** 党员总数 as the report states it, when it is a report in the reports format. */
  total: number | null;
  updatedAt: string;
}

interface RawRow {
  code: string;
  data: string;
  tombstone: string | null;
  updatedAt: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function toMember(r: RawRow): HeldMember {
  const data = JSON.parse(r.data) as { orgCode?: unknown; memberType?: unknown; name?: unknown; fields?: Record<string, unknown> };
  const fields = data.fields ?? {};
  return {
    code: r.code,
    // A tombstone sent for a row we never held carries only the name.
    name: str(fields.name) ?? str(data.name) ?? r.code,
    orgCode: str(data.orgCode),
    memberType: str(data.memberType),
    gender: str(fields.gender),
    joinDate: str(fields.joinDate),
    left: r.tombstone ? describeTombstone(JSON.parse(r.tombstone) as Tombstone) : null,
    updatedAt: r.updatedAt,
  };
}

function toReport(r: RawRow): HeldReport {
  const data = JSON.parse(r.data) as { period: string; version: number; report: { computedAt?: unknown; figures?: Record<string, { value?: unknown }> } };
  const total = data.report.figures?.['members.total']?.value;
  return {
    code: r.code,
    period: data.period,
    version: data.version,
    computedAt: str(data.report.computedAt),
    total: typeof total === 'number' ? total : null,
    updatedAt: r.updatedAt,
  };
}

export interface HeldQuery {
  owner: string;
  offset: number;
  limit: number;
}

/** One page of a level's members: on the roster first, then those it has taken off, each by code. */
export function heldMembers(db: Database.Database, q: HeldQuery): { total: number; rows: HeldMember[] } {
  const total = statement(db, "SELECT COUNT(*) FROM replica_rows WHERE owner_org_code = ? AND entity = 'member'", { pluck: true }).get(q.owner) as number;
  const rows = statement(
    db,
    `SELECT code, data, tombstone, updated_at AS updatedAt FROM replica_rows
      WHERE owner_org_code = ? AND entity = 'member' ORDER BY tombstone IS NOT NULL, code LIMIT ? OFFSET ?`,
  ).all(q.owner, q.limit, q.offset) as RawRow[];
  return { total, rows: rows.map(toMember) };
}

export function heldReports(db: Database.Database, owner: string): HeldReport[] {
  const rows = statement(
    db,
    "SELECT code, data, tombstone, updated_at AS updatedAt FROM replica_rows WHERE owner_org_code = ? AND entity = 'report' ORDER BY code DESC",
  ).all(owner) as RawRow[];
  return rows.map(toReport);
}
