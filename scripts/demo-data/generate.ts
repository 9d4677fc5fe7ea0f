/**
 * Fills a new, empty store with a seeded, repeatable demo: same scale, seed and today → the same
 * organisation, members, meetings, dues, letters, pipeline and appraisal, byte for byte
 * (timestamps of the run aside; see fingerprint.ts). One area per module, run branch by branch
 * in the order a real database would have been filled (members.ts, activity.ts).
 */
import type { Branch } from '../../db/api/schemas/store';
import { isIsoDate } from '../../db/members/chinese-dates';
import { rosterAt } from '../../db/members/roster';
import type { Store } from '../../db/store/store';
import { Shared, type ActivityCounts } from './activity';
import { appraisalYears, closeYear, openYear } from './appraisal';
import type { Fate } from './fates';
import { demoGroups } from './groups';
import { demoContext, type DemoScale } from './layout';
import { generateMembers, type AfterMembers } from './members';
import { generateOrganisation } from './organisation';
import { IdIssuer } from './people';
import { writeStructure } from './structure';
import type { DemoSink, WriteMode } from './writer';

export const DEMO_ACTOR = 'demo-data';
/** Raised when the generator makes different data (npm run web -- --demo keeps one folder per version). */
export const DEMO_DATA_VERSION = 2;

export interface DemoOptions {
  scale: DemoScale;
  seed: number;
  /** 'YYYY-MM-DD': the day the demo is "as of"; no date in it is later. */
  today: string;
  /** Progress lines (rows/s) for the CLI; silent by default. */
  log?: (line: string) => void;
  /** How the areas write (writer.ts); by default through the services for one branch, fast above it. */
  mode?: WriteMode;
}

export interface DemoSummary {
  scale: DemoScale;
  seed: number;
  today: string;
  /** The day the existing roster was "entered": 'import' events carry it. */
  rosterStart: string;
  organisation: Branch;
  /** Member records written (those who have left the roster included). */
  members: number;
  /** On the roster at the end of today, from the events (rosterAt). */
  onRoster: number;
  fates: Partial<Record<Fate, number>>;
  mode: WriteMode;
  activityStart: string;
  activity: ActivityCounts;
  /** Rows that record something that happened: membership events, attendance, payments, pipeline steps, appraisal results, letters. */
  events: number;
  /** Rows per table after the run (FTS5 shadow tables left out). */
  tables: Record<string, number>;
  elapsedMs: number;
  membersPerSecond: number;
}

function tableCounts(store: Store): Record<string, number> {
  const tables = store.sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (virtual.some((v) => name.startsWith(`${v}_`))) continue;
    counts[name] = Number(store.sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get());
  }
  return counts;
}

export function generateDemo(store: Store, options: DemoOptions): DemoSummary {
  const { scale, seed, today } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, not ${today}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError('the seed must be an integer');
  if (store.sqlite.prepare('SELECT count(*) FROM members').pluck().get() !== 0) {
    throw new Error('the demo generator fills an empty database only');
  }
  const log = options.log ?? (() => {});
  const started = performance.now();
  const ctx = demoContext({ scale, seed, today });

  const ids = new IdIssuer();
  const groups = demoGroups(ctx, ids);
  const first = groups.next();
  if (first.done) throw new Error('the layout has no groups');
  const organisation = generateOrganisation(store, ctx, first.value, DEMO_ACTOR);
  const mode = options.mode ?? (scale === 'branch' ? 'service' : 'fast');
  const sink: DemoSink = { store, mode, actor: DEMO_ACTOR, today, selfCode: organisation.code };
  const years = appraisalYears(ctx.root.fork('appraisal-years'), ctx.activityStart, today);
  const shared = new Shared(ids, years);
  store.transaction(() => years.forEach((y) => openYear(sink, y)));

  // The branch's own 党小组 and 支委会, once its members are in: meetings need the committee.
  const structure: AfterMembers = (g, lives) => {
    if (scale !== 'branch') return {};
    const { electionDate, committee } = writeStructure(store, ctx.root.fork('structure'), g, lives, organisation.category ?? null, DEMO_ACTOR, today);
    for (const code of committee) shared.committee.add(code);
    return { electionDate };
  };
  // The first group was drawn to find the branch's 书记; it is inserted first, then the rest.
  function* all() {
    yield first.value;
    yield* groups;
  }
  const members = generateMembers(sink, ctx, all(), shared, structure, log);
  store.transaction(() => years.forEach((y) => closeYear(sink, y)));
  const elapsedMs = performance.now() - started;
  const tables = tableCounts(store);
  const events = ['member_events', 'meeting_attendance', 'dues_payments', 'pipeline_steps', 'appraisal_results', 'transfer_letters'].reduce((n, t) => n + (tables[t] ?? 0), 0);
  return {
    scale,
    seed,
    today,
    rosterStart: ctx.rosterStart,
    organisation,
    members: members.people,
    onRoster: rosterAt(store.sqlite, today).length,
    fates: members.fates,
    mode,
    activityStart: ctx.activityStart,
    activity: members.activity,
    events,
    tables,
    elapsedMs: Math.round(elapsedMs),
    membersPerSecond: Math.round(members.people / (members.elapsedMs / 1000)),
  };
}
