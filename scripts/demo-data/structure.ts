/**
 * Area: the branch's own structure (branch scale only): its three 党小组 with their leaders and
 * the 支部委员会 elected a few years ago, through groups.save and committee.saveTerm. Above the
 * branch level the store's committee is the 党委's, which the stand-in branches do not fill.
 */
import type { Store } from '../../db/store/store';
import { addDays, addMonthsClamped } from '../../db/members/chinese-dates';
import { defaultTermYears, saveGroup, saveTerm } from '../../db/structure/service';
import type { COMMITTEE_POSTS } from '../../db/structure/schemas';
import type { DemoGroup } from './groups';
import { onRoster, postOf, type MemberLife } from './lives';
import type { Random } from './random';

const POSTS: Readonly<Record<string, (typeof COMMITTEE_POSTS)[number]>> = {
  党支部书记: 'secretary',
  组织委员: 'organisation',
  宣传委员: 'publicity',
  纪检委员: 'discipline',
};
const GROUP_NAMES = ['第一党小组', '第二党小组', '第三党小组', '第四党小组'];

/** Sets up the groups and the committee; returns the day the committee was elected and its members. */
export function writeStructure(store: Store, rng: Random, g: DemoGroup, lives: readonly MemberLife[], category: string | null, actor: string, today: string) {
  g.spec.partyGroups.forEach((code, i) => {
    const leader = lives.find((l) => l.person.fields.groupCode === code && postOf(l) === '党小组组长' && onRoster(l, today));
    saveGroup(store, { name: GROUP_NAMES[i] ?? `党小组${i + 1}`, leaderCode: leader?.code ?? null }, actor);
  });
  const holders = lives.filter((l) => POSTS[postOf(l) ?? ''] && onRoster(l, today));
  if (holders.length === 0) return { electionDate: null, committee: [] as string[] };
  const ready = holders.map((l) => [l.inDate, l.fullDate ?? l.inDate].sort().at(-1)!).sort().at(-1)!;
  const base = [ready, addMonthsClamped(today, -48)].sort().at(-1)!;
  const latest = [addDays(today, -30), ready].sort().at(-1)!;
  const termStart = [addDays(base, rng.int(0, 120)), latest].sort()[0]!;
  saveTerm(store, { termStart, termYears: defaultTermYears(category), posts: holders.map((l) => ({ post: POSTS[postOf(l)!]!, memberCode: l.code })) }, actor);
  return { electionDate: termStart, committee: holders.map((l) => l.code) };
}
