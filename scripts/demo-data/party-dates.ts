/**
 * Birth date and the development dates of one member, valid by construction against the rules
 * in DOMAIN.md §2: 申请 at 18 or older → 积极分子 a few months later → 发展对象 at least a year
 * after 积极分子 (细则第十三条) → 支部大会 (入党) after 政审, training, 预审 and 公示 →
 * 转正 when the 预备期 of one year from the 支部大会 ends, or 6–12 months later if extended.
 * The dates are built backwards from the 入党 date, so the age and order rules hold whatever
 * was drawn, and the 12-month steps use the app's own clamped month arithmetic.
 */
import { addDays, addMonthsClamped } from '../../db/members/chinese-dates';
import { fromDayNumber, maxDate, minDate, toDayNumber, type Random } from './random';

export interface PartyDates {
  birthDate: string;
  applicationDate: string | null;
  activistDate: string | null;
  candidateDate: string | null;
  /** 入党日期: the 支部大会 that admitted the person as 预备党员. */
  joinDate: string;
  /** 0, or the 6–12 months the 预备期 was extended by. */
  extendedMonths: number;
  /** The day the 预备期 ends and 党龄 starts (may be after today: still probationary). */
  probationEnds: string;
}

/** 18 full years in days, rounded up over any run of leap years (18 × 365 + 5). */
const EIGHTEEN_YEARS_DAYS = 6575;
const DAYS_PER_YEAR = 365.2425;

export interface TimelineRequest {
  today: string;
  /** The 支部大会 falls in [joinFrom, joinTo]. */
  joinFrom: string;
  joinTo: string;
  /**
   * Age today in years: the person is drawn age first (an old member imported from a roster).
   * Without it the 入党 date is drawn first and the age follows (a member developed recently).
   */
  age?: number;
  /** Force an extension of the 预备期 (the 'extended' fate); otherwise a rare chance. */
  extended?: boolean;
  /** Never extend (a probation that ends in cancellation instead). */
  noExtension?: boolean;
}

interface Gaps {
  /** 申请 → 积极分子, days. */
  apply: number;
  /** 积极分子 + 12 months → 发展对象, extra days. */
  cultivate: number;
  /** 发展对象 → 支部大会, days: 政审, 短期培训, 预审 and 公示 take months. */
  admit: number;
}

function drawGaps(rng: Random): Gaps {
  return {
    apply: Math.round(Math.min(720, Math.max(90, rng.normal(240, 90)))),
    cultivate: rng.int(0, 240),
    admit: rng.int(60, 300),
  };
}

/** The youngest age (in days) at which someone with these gaps can stand before the 支部大会. */
function minimumJoinAgeDays(g: Gaps): number {
  // 366: twelve months back from a date never spans more than 366 days.
  return EIGHTEEN_YEARS_DAYS + g.apply + 366 + g.cultivate + g.admit + 1;
}

/**
 * Whether the intermediate dates survive in the record: recent files have all of them; for
 * people who joined decades ago the old 花名册 often kept only 入党 and 转正.
 */
function keepShares(joinYear: number): [apply: number, activist: number, candidate: number] {
  if (joinYear >= 2005) return [1, 1, 1];
  if (joinYear >= 1990) return [0.8, 0.7, 0.5];
  return [0.35, 0.2, 0.05];
}

export function drawPartyDates(rng: Random, req: TimelineRequest): PartyDates {
  const gaps = drawGaps(rng);
  const minJoinAge = minimumJoinAgeDays(gaps);
  const joinTo = minDate(req.joinTo, req.today);
  let birth: number;
  let join: number;
  if (req.age !== undefined) {
    birth = toDayNumber(req.today) - Math.round(req.age * DAYS_PER_YEAR);
    const joinAge = Math.max(minJoinAge, Math.round(rng.normal(27, 6) * DAYS_PER_YEAR));
    join = Math.min(Math.max(birth + joinAge, toDayNumber(req.joinFrom)), toDayNumber(joinTo));
  } else {
    join = toDayNumber(rng.dateBetween(req.joinFrom, joinTo));
    // Students join at 20–22 in their third or fourth year; most others by their early thirties.
    birth = join - Math.max(minJoinAge, Math.round(rng.normal(25, 4.5) * DAYS_PER_YEAR));
  }
  // Too young for this window: make the person older rather than break the age rule.
  if (join - birth < minJoinAge) birth = join - minJoinAge - rng.int(0, 3 * 365);

  const joinDate = fromDayNumber(join);
  const candidateDate = addDays(joinDate, -gaps.admit);
  const activistDate = addDays(addMonthsClamped(candidateDate, -12), -gaps.cultivate);
  const applicationDate = addDays(activistDate, -gaps.apply);
  const [keepApply, keepActivist, keepCandidate] = keepShares(Number(joinDate.slice(0, 4)));

  const extendedMonths = req.noExtension ? 0 : req.extended || rng.chance(0.015) ? rng.int(6, 12) : 0;
  return {
    birthDate: fromDayNumber(birth),
    applicationDate: rng.chance(keepApply) ? applicationDate : null,
    activistDate: rng.chance(keepActivist) ? activistDate : null,
    candidateDate: rng.chance(keepCandidate) ? candidateDate : null,
    joinDate,
    extendedMonths,
    probationEnds: addMonthsClamped(joinDate, 12 + extendedMonths),
  };
}

/** A date in [from, to] after clamping `to` to `from`: "some day after X, but not after today". */
export function dateInWindow(rng: Random, from: string, to: string): string {
  return rng.dateBetween(from, maxDate(from, to));
}
