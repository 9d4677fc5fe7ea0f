/**
 * 流动党员: members of ours away with the 流动党员活动证 (flow out, with the member's
 * 'flow-out' / 'flow-return' events), and members of other branches taking part here (flow in,
 * no member record: their organisational relationship stays where it is).
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../api/errors';
import { flowStartInput, type FlowRecord } from '../api/schemas/transfers';
import { appendAudit } from '../audit/chain';
import { compareDates } from '../members/chinese-dates';
import { getMember, recordEvent } from '../members/service';
import { flowRecords } from '../schema';
import type { Store } from '../store/store';
import { insertRow } from '../util/fast-insert';
import { invalid } from './problems';

type FlowRow = typeof flowRecords.$inferSelect;


function toFlow(r: FlowRow): FlowRecord {
  const { createdAt: _c, updatedAt: _u, ...rest } = r;
  return { ...rest, direction: r.direction as FlowRecord['direction'], open: r.endedOn === null };
}

function getFlow(store: Store, id: number): FlowRecord {
  const row = store.orm.select().from(flowRecords).where(eq(flowRecords.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `no flow record ${id}`, { params: { id } });
  return toFlow(row);
}

// Flow records have no code of their own: the audit row names the member, or the visitor.
const entityCode = (f: FlowRecord) => f.memberCode ?? `flow-in:${f.name}`;

export function startFlow(store: Store, raw: z.input<typeof flowStartInput>, actor: string, today: string): FlowRecord {
  const input = flowStartInput.parse(raw);
  if (compareDates(input.startedOn, today) > 0) throw invalid('startedOn', 'DATE_IN_FUTURE', 'the date is in the future');
  return store.transaction(() => {
    let name: string;
    let memberCode: string | null = null;
    if (input.direction === 'out') {
      const m = getMember(store, input.memberCode);
      if (m.membership !== 'active') throw invalid('memberCode', 'MEMBER_NOT_ON_ROSTER', 'only a member on the roster can flow out');
      const open = store.orm
        .select({ id: flowRecords.id })
        .from(flowRecords)
        .where(and(eq(flowRecords.direction, 'out'), eq(flowRecords.memberCode, m.code), isNull(flowRecords.endedOn)))
        .get();
      if (open) throw invalid('memberCode', 'FLOW_ALREADY_OPEN', 'the member is already recorded as away', { id: open.id });
      const note = input.activityCardNo ? `流动党员活动证：${input.activityCardNo}` : null;
      recordEvent(store, { code: m.code, kind: 'flow-out', date: input.startedOn, org: input.place, note }, actor, today);
      [name, memberCode] = [m.name, m.code];
    } else {
      name = input.name;
    }
    const now = new Date().toISOString();
    const id = insertRow(store.sqlite, flowRecords, {
      direction: input.direction,
      memberCode,
      name,
      place: input.place,
      activityCardNo: input.activityCardNo || null,
      contact: input.contact || null,
      startedOn: input.startedOn,
      endedOn: null,
      note: input.note || null,
      createdAt: now,
      updatedAt: now,
    });
    const flow = getFlow(store, id);
    appendAudit(store.sqlite, actor, { op: 'transfers.flowStart', entity: 'flow-record', entityCode: entityCode(flow), after: flow });
    return flow;
  });
}

/**
 * Ends a flow: the member came back (flow-return event), or the visitor left. A member who has
 * meanwhile left the roster gets no event: their record already closed with the removal.
 */
export function endFlow(store: Store, input: { id: number; endedOn: string }, actor: string, today: string): FlowRecord {
  return store.transaction(() => {
    const before = getFlow(store, input.id);
    if (!before.open) throw invalid('id', 'FLOW_ALREADY_ENDED', 'this flow has already ended', { endedOn: before.endedOn ?? '' });
    if (compareDates(input.endedOn, before.startedOn) < 0) throw invalid('endedOn', 'END_BEFORE_START', 'ends before it started', { startedOn: before.startedOn });
    if (compareDates(input.endedOn, today) > 0) throw invalid('endedOn', 'DATE_IN_FUTURE', 'the date is in the future');
    if (before.direction === 'out' && before.memberCode && getMember(store, before.memberCode).membership === 'active') {
      recordEvent(store, { code: before.memberCode, kind: 'flow-return', date: input.endedOn, org: before.place }, actor, today);
    }
    store.orm.update(flowRecords).set({ endedOn: input.endedOn, updatedAt: new Date().toISOString() }).where(eq(flowRecords.id, input.id)).run();
    const after = getFlow(store, input.id);
    appendAudit(store.sqlite, actor, { op: 'transfers.flowEnd', entity: 'flow-record', entityCode: entityCode(after), before, after });
    return after;
  });
}

export function listFlows(store: Store, filter: { direction?: 'out' | 'in' | undefined; open?: boolean | undefined }): FlowRecord[] {
  return store.orm
    .select()
    .from(flowRecords)
    .where(
      and(
        filter.direction ? eq(flowRecords.direction, filter.direction) : undefined,
        filter.open === undefined ? undefined : filter.open ? isNull(flowRecords.endedOn) : undefined,
      ),
    )
    .orderBy(desc(flowRecords.startedOn), desc(flowRecords.id))
    .all()
    .map(toFlow)
    .filter((f) => filter.open !== false || !f.open);
}
