/**
 * What happens to each demo member between the day the roster was first entered (the
 * "roster start", five years before today) and today. One fate per person keeps every
 * history simple enough to be valid by construction, and a plan over the whole population
 * gives exact, repeatable counts instead of whatever a coin toss per person produces.
 */
import type { Random } from './random';

export const FATES = [
  'stay', // imported at the roster start, still on the roster
  'develop', // 发展 after the roster start; 转正 a year later if that day has come
  'extended', // 发展, then 延长预备期 6–12 months (once only; DOMAIN.md §2.2 step 23)
  'transfer-in', // 组织关系转入
  'restore', // 恢复党籍
  'transfer-out', // 组织关系转出
  'death',
  'expelled', // 出党: 开除党籍
  'removed', // 出党: 除名
  'lapsed', // 出党: 自行脱党
  'withdrew', // 出党: 退党
  'probation-cancelled', // 出党: 取消预备党员资格
  'stop', // 停止党籍 after losing contact
  'flow', // 外出流动, still away
  'flow-returned', // 外出流动, since returned
  'lost-contact', // 失去联系, still lost
  'contact-restored', // 失去联系, since found
] as const;
export type Fate = (typeof FATES)[number];

/** The fates that take a person off the roster, with the event that does it. */
export const REMOVAL_FATES: ReadonlySet<Fate> = new Set([
  'transfer-out',
  'death',
  'expelled',
  'removed',
  'lapsed',
  'withdrew',
  'probation-cancelled',
  'stop',
]);

/** Fates of people who joined after the roster start, through a 支部大会 of this organisation. */
export const DEVELOP_FATES: ReadonlySet<Fate> = new Set(['develop', 'extended', 'probation-cancelled']);

/**
 * Shares over the five years, rough orders of magnitude rather than statistics: about 2 % of
 * members a year are newly developed (≈ 2 million a year on ≈ 99 million, 2023 公报), a few per
 * cent move, the old die, and 出党 of every kind is rare. 'stay' takes the rest.
 */
const RATES: Readonly<Record<Exclude<Fate, 'stay'>, number>> = {
  develop: 0.09,
  extended: 0.003,
  'transfer-in': 0.05,
  restore: 0.0005,
  'transfer-out': 0.03,
  death: 0.025,
  expelled: 0.0003,
  removed: 0.0008,
  lapsed: 0.0003,
  withdrew: 0.0001,
  'probation-cancelled': 0.0003,
  stop: 0.0005,
  flow: 0.03,
  'flow-returned': 0.01,
  'lost-contact': 0.004,
  'contact-restored': 0.002,
};

/**
 * A fate for each of `count` people, in shuffled order. Every fate occurs at least once,
 * even in a 50-member branch: a demo is for trying every screen, and a branch that never
 * saw a 出党 or a 转出 would leave half of them empty.
 */
export function planFates(rng: Random, count: number): Fate[] {
  const plan: Fate[] = [];
  for (const fate of FATES) {
    if (fate === 'stay') continue;
    const exact = RATES[fate] * count;
    const n = Math.max(1, Math.floor(exact) + (rng.chance(exact - Math.floor(exact)) ? 1 : 0));
    for (let i = 0; i < n && plan.length < count; i++) plan.push(fate);
  }
  while (plan.length < count) plan.push('stay');
  return rng.shuffle(plan);
}
