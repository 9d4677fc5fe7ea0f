/**
 * Area: members and their membership events. Each record goes in through the app's own
 * insertMember (validation, code, first event, search index, audit row) and each later event
 * through recordEvent (its state checks, audit row), so the demo can only contain what the app
 * itself would accept. Batches of about a thousand records share one transaction: recordEvent's
 * own transaction nests inside it as a savepoint.
 */
import { memberCreateInput } from '../../db/api/schemas/members';
import { insertMember, recordEvent } from '../../db/members/service';
import type { Store } from '../../db/store/store';
import type { Fate } from './fates';
import type { DemoGroup } from './groups';
import type { DemoContext } from './layout';
import type { DemoPerson } from './people';

export interface MembersResult {
  people: number;
  events: number;
  fates: Partial<Record<Fate, number>>;
  elapsedMs: number;
}

const BATCH = 1000;

function insertPerson(store: Store, ctx: DemoContext, person: DemoPerson, actor: string): number {
  const input = memberCreateInput.parse({ fields: person.fields, addition: person.addition });
  const { code } = insertMember(store, input, actor, ctx.today, ctx.layout.self.code);
  for (const e of person.events) recordEvent(store, { code, ...e }, actor, ctx.today);
  return person.events.length;
}

export function generateMembers(
  store: Store,
  ctx: DemoContext,
  groups: Iterable<DemoGroup>,
  actor: string,
  log: (line: string) => void = () => {},
): MembersResult {
  const started = performance.now();
  const result: MembersResult = { people: 0, events: 0, fates: {}, elapsedMs: 0 };
  let batch: DemoPerson[] = [];
  let nextReport = 10_000;
  const flush = () => {
    const people = batch;
    batch = [];
    store.transaction(() => {
      for (const p of people) result.events += insertPerson(store, ctx, p, actor);
    });
    result.people += people.length;
    if (result.people >= nextReport) {
      const seconds = (performance.now() - started) / 1000;
      log(`  ${result.people} members, ${Math.round(result.people / seconds)} members/s`);
      nextReport += 10_000;
    }
  };
  for (const group of groups) {
    for (const p of group.people) {
      result.fates[p.fate] = (result.fates[p.fate] ?? 0) + 1;
      batch.push(p);
    }
    if (batch.length >= BATCH) flush();
  }
  if (batch.length > 0) flush();
  result.elapsedMs = performance.now() - started;
  return result;
}
