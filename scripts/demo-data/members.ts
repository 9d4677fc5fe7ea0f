/**
 * Area: members and their membership events, then everything else each branch did (activity.ts).
 * Each record goes in through the app's own insertMember (validation, code, first event,
 * search index, audit row) — or recordIn for a member who arrived with a letter — and each
 * later event through recordEvent or the 流动党员 register, so the demo can only contain what
 * the app itself would accept. Branches are written in batches of about a thousand members,
 * one transaction each: the services' own transactions nest inside as savepoints.
 */
import type { Fate } from './fates';
import type { DemoGroup } from './groups';
import type { DemoContext } from './layout';
import { lifeOf, type MemberLife } from './lives';
import { emptyCounts, writeActivity, type ActivityCounts, type BranchExtras, type Shared } from './activity';
import { insertPerson, LetterNumbers } from './transfers';
import type { DemoSink } from './writer';

export interface MembersResult {
  people: number;
  fates: Partial<Record<Fate, number>>;
  activity: ActivityCounts;
  elapsedMs: number;
}

const BATCH = 1000;

/** Called once a branch's members are in, before its activity: the branch scale sets up its 支委会 here. */
export type AfterMembers = (g: DemoGroup, lives: MemberLife[]) => Partial<BranchExtras>;

export function generateMembers(
  sink: DemoSink,
  ctx: DemoContext,
  groups: Iterable<DemoGroup>,
  shared: Shared,
  afterMembers: AfterMembers = () => ({}),
  log: (line: string) => void = () => {},
): MembersResult {
  const started = performance.now();
  const result: MembersResult = { people: 0, fates: {}, activity: emptyCounts(), elapsedMs: 0 };
  const letters = new LetterNumbers();
  let batch: DemoGroup[] = [];
  let size = 0;
  let nextReport = 10_000;
  const writeGroup = (g: DemoGroup) => {
    const rng = ctx.root.fork(`letters-in:${g.index}`);
    const handler = g.secretaryName ?? '经办人';
    const paidElsewhereTo = new Map<string, string | null>();
    const lives = g.people.map((p) => {
      const { member, paidElsewhereTo: to } = insertPerson(sink, rng, p, letters, handler);
      if (to !== undefined) paidElsewhereTo.set(member.code, to);
      return lifeOf(p, member.code);
    });
    const extras = { paidElsewhereTo, electionDate: null, ...afterMembers(g, lives) };
    writeActivity(sink, ctx, g, lives, shared, extras, result.activity);
  };
  const flush = () => {
    const groupsNow = batch;
    batch = [];
    size = 0;
    sink.store.transaction(() => groupsNow.forEach(writeGroup));
    result.people += groupsNow.reduce((n, g) => n + g.people.length, 0);
    if (result.people >= nextReport) {
      const seconds = (performance.now() - started) / 1000;
      const a = result.activity;
      log(`  ${result.people} members, ${a.attendance} attendance rows, ${a.payments} payments; ${Math.round(result.people / seconds)} members/s`);
      nextReport += 10_000;
    }
  };
  for (const group of groups) {
    for (const p of group.people) result.fates[p.fate] = (result.fates[p.fate] ?? 0) + 1;
    batch.push(group);
    size += group.people.length;
    if (size >= BATCH) flush();
  }
  if (batch.length > 0) flush();
  result.elapsedMs = performance.now() - started;
  return result;
}
