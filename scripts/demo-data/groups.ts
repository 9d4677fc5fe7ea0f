/**
 * The people of each branch in the layout, one branch at a time (200,000 records never sit in
 * memory at once), with their groupCode and 党内职务: a 书记 for every branch, a 支委会 where
 * there are seven or more 正式党员 (条例: 3–5 members), and a 党小组组长 for each 党小组.
 */
import { ageOn } from '../../db/members/chinese-dates';
import type { DemoContext, GroupSpec } from './layout';
import { drawPerson, IdIssuer, type DemoPerson, type PeopleContext } from './people';
import type { Random } from './random';

export const SECRETARY_POST = '党支部书记';
const COMMITTEE_POSTS = ['组织委员', '宣传委员', '纪检委员'];
const GROUP_LEADER_POST = '党小组组长';

/** On the roster today and a 正式党员 by today, so able to hold a post. */
export function isFullMemberToday(p: DemoPerson): boolean {
  const removed = p.events.some((e) => e.kind === 'transfer-out' || e.kind === 'death' || e.kind === 'expel' || e.kind === 'stop');
  return !removed && (p.fields.fullDate != null || p.events.some((e) => e.kind === 'full'));
}

function canHoldPost(p: DemoPerson, today: string): boolean {
  const f = p.fields;
  return isFullMemberToday(p) && !f.lostContact && !f.mobileMember && f.occupation !== '06' && ageOn(f.birthDate, today) <= 72;
}

/** Assigns groupCode and posts in place; returns the 书记's name (null if nobody can hold it). */
export function assignPosts(rng: Random, people: DemoPerson[], spec: GroupSpec, today: string): string | null {
  for (const p of people) p.fields.groupCode = spec.partyGroups.length > 0 ? rng.pick(spec.partyGroups) : spec.code;
  const candidates = rng.shuffle(people.filter((p) => canHoldPost(p, today)));
  const fullMembers = people.filter(isFullMemberToday).length;
  const posts = [SECRETARY_POST, ...(fullMembers >= 7 ? COMMITTEE_POSTS : [])];
  posts.forEach((post, i) => {
    const holder = candidates[i];
    if (holder) holder.fields.partyPost = post;
  });
  for (const group of spec.partyGroups) {
    const leader = candidates.find((p) => p.fields.groupCode === group && !p.fields.partyPost);
    if (leader) leader.fields.partyPost = GROUP_LEADER_POST;
  }
  const secretary = people.find((p) => p.fields.partyPost === SECRETARY_POST);
  return secretary ? secretary.fields.name : null;
}

export interface DemoGroup {
  /** Position in the layout: each area's random stream for the branch is forked by it. */
  index: number;
  spec: GroupSpec;
  people: DemoPerson[];
  secretaryName: string | null;
}

/**
 * The groups in layout order. Sequential on purpose: ID numbers are unique across the run (the
 * pipeline's applicants draw theirs from the same issuer).
 */
export function* demoGroups(ctx: DemoContext, ids = new IdIssuer()): Generator<DemoGroup> {
  for (const [index, spec] of ctx.layout.groups.entries()) {
    const rng = ctx.root.fork(`members:${index}`);
    const peopleCtx: PeopleContext = { today: ctx.today, rosterStart: ctx.rosterStart, home: spec.home };
    const people: DemoPerson[] = [];
    for (let i = 0; i < spec.size; i++) people.push(drawPerson(rng, peopleCtx, ctx.fates[spec.first + i] ?? 'stay', ids));
    const secretaryName = assignPosts(rng, people, spec, ctx.today);
    yield { index, spec, people, secretaryName };
  }
}
