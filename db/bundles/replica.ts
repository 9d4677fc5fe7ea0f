/**
 * The full replica bundle: every member this installation maintains, by code (统一编码), with
 * their membership events; members who have left the roster travel as tombstones carrying
 * the reason code (the removal event: transfer-out, death, expel:…, stop) and its date.
 */
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import type { MemberFields } from '../api/schemas/members';
import { isoDate, MEMBER_TYPES, memberFields } from '../api/schemas/members';
import { EVENT_KINDS } from '../members/event-kinds';
import { describeIssue, fromFieldIssue } from '../members/import/messages';
import { toMember } from '../members/service';
import { normaliseMember } from '../members/validate';
import { memberEvents, members } from '../schema';
import type { Store } from '../store/store';
import { orgCodeText } from './header';
import { rejected, type Change } from './plan';
import { refuse } from './refusal';
import type { IncomingRow } from './replica-rows';
import { withinScope } from './statements';

const FIELD_KEYS = Object.keys(memberFields.shape) as (keyof MemberFields)[];

const replicaEvent = z
  .object({
    kind: z.enum(EVENT_KINDS),
    date: isoDate,
    detail: z.string().max(60).nullable(),
    data: z.record(z.string(), z.unknown()).nullable(),
    cancelled: z.boolean(),
  })
  .strict();

const memberRow = z
  .object({
    code: z.string().min(1).max(64),
    orgCode: orgCodeText,
    fields: z.record(z.string(), z.unknown()),
    memberType: z.enum(MEMBER_TYPES),
    events: z.array(replicaEvent).max(1000),
  })
  .strict();

const memberTombstone = z
  .object({ entity: z.literal('member'), code: z.string().min(1).max(64), name: z.string().max(40), reason: z.string().min(1).max(60), date: isoDate.nullable() })
  .strict();

const replicaBody = z
  .object({
    counts: z.record(z.string(), z.number().int().min(0)),
    rows: z.object({ member: z.array(z.unknown()) }).strict(),
    tombstones: z.array(z.unknown()),
  })
  .strict();

/** Reads every member and event of this installation into the replica body. */
export function buildReplica(store: Store): { body: Record<string, unknown>; counts: Record<string, number> } {
  const events = new Map<string, z.infer<typeof replicaEvent>[]>();
  for (const e of store.orm.select().from(memberEvents).orderBy(asc(memberEvents.memberCode), asc(memberEvents.date), asc(memberEvents.id)).all()) {
    const list = events.get(e.memberCode) ?? [];
    list.push({ kind: e.kind as z.infer<typeof replicaEvent>['kind'], date: e.date, detail: e.detail, data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null, cancelled: e.cancelledBy !== null });
    events.set(e.memberCode, list);
  }
  const rows: z.infer<typeof memberRow>[] = [];
  const tombstones: z.infer<typeof memberTombstone>[] = [];
  for (const row of store.orm.select().from(members).orderBy(asc(members.code)).all()) {
    const m = toMember(row);
    if (m.membership !== 'active') {
      tombstones.push({ entity: 'member', code: m.code, name: m.name, reason: m.leftKind ?? 'left', date: m.leftDate });
      continue;
    }
    // Nulls are left out: the receiver validates with the same schema, where absent means "not given".
    const fields = Object.fromEntries(FIELD_KEYS.map((k) => [k, m[k as keyof typeof m]]).filter(([, v]) => v !== null && v !== undefined));
    rows.push({ code: m.code, orgCode: m.orgCode, fields, memberType: m.memberType, events: events.get(m.code) ?? [] });
  }
  const counts = { member: rows.length, tombstone: tombstones.length };
  return { body: { counts, rows: { member: rows }, tombstones }, counts };
}

function codeOf(raw: unknown, index: number): string {
  const code = (raw as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : `第${index + 1}条`;
}

function shapeProblem(error: z.ZodError): string {
  return `记录格式不对（${error.issues.map((i) => i.path.join('.') || '整条').join('、')}）`;
}

/**
 * Reads the body of a replica: every row is checked on its own, so one bad row is named with
 * its reason in the dry run, while a body that does not have the replica's shape is damage.
 */
export function readReplica(body: Record<string, unknown>, scope: string, today: string): { rows: IncomingRow[]; refused: Change[]; counts: Record<string, number> } {
  const parsed = replicaBody.safeParse(body);
  if (!parsed.success) throw refuse('BUNDLE_DAMAGED', 'the replica body does not have its shape');
  const { counts, rows: raw, tombstones } = parsed.data;
  if (counts.member !== raw.member.length || counts.tombstone !== tombstones.length) {
    throw refuse('BUNDLE_DAMAGED', 'the counts inside the replica do not match its rows');
  }
  const rows: IncomingRow[] = [];
  const refused: Change[] = [];
  raw.member.forEach((r, i) => {
    const row = memberRow.safeParse(r);
    if (!row.success) return void refused.push(rejected('member', codeOf(r, i), codeOf(r, i), shapeProblem(row.error)));
    const { code, orgCode, fields } = row.data;
    const name = typeof fields.name === 'string' ? fields.name : code;
    if (!withinScope(orgCode, scope)) {
      return void refused.push(rejected('member', code, name, `所属组织 ${orgCode} 不在授权范围（${scope}）内`, 'BUNDLE_OUT_OF_SCOPE'));
    }
    const checked = normaliseMember(fields as MemberFields, today);
    if (!checked.ok) return void refused.push(rejected('member', code, name, checked.issues.map((x) => describeIssue(fromFieldIssue(x))).join('；')));
    rows.push({ entity: 'member', code, label: name, data: row.data, tombstone: null });
  });
  tombstones.forEach((t, i) => {
    const stone = memberTombstone.safeParse(t);
    if (!stone.success) return void refused.push(rejected('member', codeOf(t, i), codeOf(t, i), shapeProblem(stone.error)));
    const { code, name, reason, date } = stone.data;
    rows.push({ entity: 'member', code, label: name, data: stone.data, tombstone: { reason, date } });
  });
  return { rows, refused, counts };
}
