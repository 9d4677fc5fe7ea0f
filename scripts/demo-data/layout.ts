/**
 * The shape of a demo organisation at each scale, and the random streams everything draws from.
 *
 * branch    — one 党支部 (ZB-DEMO-0001 under DW-DEMO) of 50 member records in three 党小组.
 * committee — the 党委 DW-DEMO with 10,000 records spread over branches of 15–50.
 * province  — the 省委 SW-DEMO with 200,000 records: 40 党委 (DW-DEMO-01 …) of ~150 branches each.
 *
 * Stand-in until bundles exist: the app cannot yet hold read-only replicas of the levels below,
 * so at committee and province scale every member is coded under the self organisation and the
 * branch each belongs to is written in `groupCode` (ZB-DEMO-0001, ZB-DEMO-01-0001 …). When
 * bundles land, each branch becomes its own organisation row and replica instead.
 */
import type { BranchInput } from '../../db/api/schemas/store';
import { addMonthsClamped } from '../../db/members/chinese-dates';
import { planFates, type Fate } from './fates';
import { Random } from './random';
import { regionByCode, type Region } from './regions';

export const DEMO_SCALES = ['branch', 'committee', 'province'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

/** Member records (including those who have since left the roster) at each scale. */
export const SCALE_SIZES: Readonly<Record<DemoScale, number>> = { branch: 50, committee: 10_000, province: 200_000 };

export interface GroupSpec {
  /** The branch code (committee and province scale) or the self branch's code (branch scale). */
  code: string;
  /** Index of the group's first person in the whole population (and in the fate plan). */
  first: number;
  size: number;
  home: Region;
  /** 党小组 codes inside the branch, spread over its members' groupCode (branch scale only). */
  partyGroups: readonly string[];
}

export interface DemoLayout {
  scale: DemoScale;
  self: Omit<BranchInput, 'secretaryName'>;
  total: number;
  groups: readonly GroupSpec[];
}

export interface DemoContext {
  scale: DemoScale;
  seed: number;
  today: string;
  rosterStart: string;
  /**
   * The first day of recorded activity (meetings, dues): the roster start for one branch, the
   * year before today's for a 党委, and the quarter before today's at the province scale, which
   * keeps 200,000 members at about two million events and still covers a whole past quarter.
   */
  activityStart: string;
  layout: DemoLayout;
  fates: readonly Fate[];
  /**
   * Never drawn from directly, only forked: each area and each branch has a stream of its own,
   * so a later area (meetings, dues) cannot shift the members a seed produces.
   */
  root: Random;
}

const HOME = '370102'; // 山东省济南市历下区: the demo organisation's seat.
const PROVINCE_HOMES = ['370102', '370202', '370781', '370883'];
const COMMITTEES_IN_PROVINCE = 40;

/** Branch sizes of 15–50 (a branch generally has at most 50 members, 条例), summing to `total`. */
function branchSizes(rng: Random, total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(left, rng.int(15, 50));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function demoLayout(scale: DemoScale, rng: Random): DemoLayout {
  const total = SCALE_SIZES[scale];
  if (scale === 'branch') {
    const code = 'ZB-DEMO-0001';
    return {
      scale,
      total,
      self: {
        name: '中共演示区幸福里社区第一支部委员会',
        code,
        kind: 'branch',
        category: '7',
        parentName: '中共演示市演示区委员会',
        parentCode: 'DW-DEMO',
        contactPhone: '0531-86012345',
        address: '山东省济南市历下区幸福里社区党群服务中心',
      },
      // The codes groups.save gives the first three 党小组 of a new store (G01, G02 …).
      groups: [{ code, first: 0, size: total, home: regionByCode(HOME), partyGroups: ['G01', 'G02', 'G03'] }],
    };
  }
  const sizes = branchSizes(rng, total);
  const perCommittee = Math.ceil(sizes.length / COMMITTEES_IN_PROVINCE);
  let first = 0;
  const groups = sizes.map((size, i): GroupSpec => {
    const spec: GroupSpec =
      scale === 'committee'
        ? { code: `ZB-DEMO-${pad(i + 1, 4)}`, first, size, home: regionByCode(HOME), partyGroups: [] }
        : {
            code: `ZB-DEMO-${pad(Math.floor(i / perCommittee) + 1, 2)}-${pad((i % perCommittee) + 1, 4)}`,
            first,
            size,
            home: regionByCode(PROVINCE_HOMES[Math.floor(i / perCommittee) % PROVINCE_HOMES.length] ?? HOME),
            partyGroups: [],
          };
    first += size;
    return spec;
  });
  const self: DemoLayout['self'] =
    scale === 'committee'
      ? {
          name: '中共演示市演示区委员会',
          code: 'DW-DEMO',
          kind: 'committee',
          category: '9',
          parentName: '中共演示省委员会',
          parentCode: 'SW-DEMO',
          contactPhone: '0531-86010000',
          address: '山东省济南市历下区演示路1号',
        }
      : {
          name: '中共演示省委员会',
          code: 'SW-DEMO',
          kind: 'committee',
          category: '9',
          parentName: '中共中央',
          parentCode: 'ZY',
          contactPhone: '0531-86000000',
          address: '山东省济南市历下区演示大道1号',
        };
  return { scale, total, self, groups };
}

export function activityStart(scale: DemoScale, today: string, rosterStart: string): string {
  if (scale === 'branch') return rosterStart;
  if (scale === 'committee') return `${Number(today.slice(0, 4)) - 1}-01-01`;
  const quarterStart = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  return addMonthsClamped(`${today.slice(0, 4)}-${String(quarterStart).padStart(2, '0')}-01`, -3);
}

/**
 * Everything a run is decided by: the scale, the seed and the day it is "today". The roster was
 * first entered on 1 January five years before today; what happened since is recorded as events.
 */
export function demoContext(options: { scale: DemoScale; seed: number; today: string }): DemoContext {
  const root = new Random(options.seed);
  const layout = demoLayout(options.scale, root.fork('layout'));
  const rosterStart = `${addMonthsClamped(options.today, -60).slice(0, 4)}-01-01`;
  return {
    scale: options.scale,
    seed: options.seed,
    today: options.today,
    rosterStart,
    activityStart: activityStart(options.scale, options.today, rosterStart),
    layout,
    fates: planFates(root.fork('fates'), layout.total),
    root,
  };
}
