/**
 * One demo member: the record as a secretary would type it (fields), how they came onto the
 * roster (addition), and what happened to them since (events, oldest first). Pure: no store,
 * no clock; the same stream of random numbers always gives the same person. Every record is
 * meant to pass the app's own validation (normaliseMember) and event rules (recordEvent).
 */
import type { MemberFields } from '../../db/api/schemas/members';
import { addDays, addMonthsClamped, ageOn } from '../../db/members/chinese-dates';
import type { EXPEL_DETAILS, EventKind } from '../../db/members/event-kinds';
import { idCheckCharacter } from '../../db/members/id-number';
import { drawCareer } from './career';
import { drawNote, flowDestination, homeAddress, landlineNumber, letterNumber, mobileNumber, otherBranchName } from './contact';
import { DEVELOP_FATES, REMOVAL_FATES, type Fate } from './fates';
import { drawEthnicity, drawName, introducerNames } from './names';
import { dateInWindow, drawPartyDates, type PartyDates } from './party-dates';
import { maxDate, weightedTable, type Random } from './random';
import { pickBirthRegion, placeName, type Region } from './regions';

export type ExpelDetail = (typeof EXPEL_DETAILS)[number];

export interface DemoEvent {
  kind: Exclude<EventKind, 'import' | 'develop'>;
  date: string;
  detail?: ExpelDetail;
  note?: string;
  letterNumber?: string;
  org?: string;
}

export interface DemoAddition {
  kind: 'import' | 'develop' | 'transfer-in' | 'restore';
  date: string;
  letterNumber?: string;
  fromOrg?: string;
}

export type DemoFields = MemberFields & { name: string; gender: '1' | '2'; idNumber: string; birthDate: string; joinDate: string };

export interface DemoPerson {
  fate: Fate;
  /** The surname drawn, or null for names without one (扎西多吉); for the distribution checks. */
  surname: string | null;
  fields: DemoFields;
  addition: DemoAddition;
  /** Events after the addition, in the order they are recorded (date, then status before removal). */
  events: DemoEvent[];
}

export interface PeopleContext {
  today: string;
  /** The day the existing roster was entered: 'import' events carry it; later history is events. */
  rosterStart: string;
  /** Where the organisation is: most addresses are here, and many members were born in its province. */
  home?: Region;
}

type AgeBand = readonly (readonly [[number, number], number])[];

/** Age today; the 2023 公报 has ≈ 13 % aged 30 or under and ≈ 30 % over 60. */
const GENERAL_AGES: AgeBand = [
  [[20, 30], 13], [[31, 35], 10], [[36, 40], 10], [[41, 45], 9], [[46, 50], 9], [[51, 55], 10],
  [[56, 60], 10], [[61, 70], 14], [[71, 80], 10], [[81, 90], 4.5], [[91, 95], 0.5],
];
const DEATH_AGES: AgeBand = [[[45, 60], 5], [[61, 70], 10], [[71, 80], 30], [[81, 90], 45], [[91, 95], 10]];
const MIGRANT_AGES: AgeBand = [[[24, 35], 4], [[36, 45], 4], [[46, 55], 2]];
const TABLES = new Map<AgeBand, ReturnType<typeof weightedTable<readonly [number, number]>>>();

function drawAge(rng: Random, bands: AgeBand): number {
  let t = TABLES.get(bands);
  if (!t) TABLES.set(bands, (t = weightedTable(bands)));
  const [lo, hi] = rng.weighted(t);
  return rng.int(lo, hi) + rng.next();
}

const MIGRANT_FATES: ReadonlySet<Fate> = new Set(['flow', 'flow-returned', 'lost-contact', 'contact-restored', 'stop', 'lapsed', 'removed']);

function femaleShare(birthYear: number): number {
  if (birthYear >= 1990) return 0.45;
  if (birthYear >= 1970) return 0.33;
  if (birthYear >= 1950) return 0.25;
  return 0.18;
}

const EXPEL_FATES: Partial<Record<Fate, ExpelDetail>> = {
  expelled: 'expelled',
  removed: 'removed',
  lapsed: 'lapsed',
  withdrew: 'withdrew',
  'probation-cancelled': 'probation-cancelled',
};

/** 失去联系情形 ①–⑦; most lost members went away to work (DOMAIN.md §1.3). */
const LOST_REASONS = weightedTable([['1', 40], ['2', 8], ['3', 15], ['4', 10], ['5', 5], ['6', 15], ['7', 7]] as const);

const RANK: Readonly<Partial<Record<DemoEvent['kind'], number>>> = { 'probation-extended': 0, full: 1 };
const rankOf = (e: DemoEvent) => RANK[e.kind] ?? (REMOVAL_KIND.has(e.kind) ? 3 : 2);
const REMOVAL_KIND: ReadonlySet<string> = new Set(['transfer-out', 'death', 'expel', 'stop']);

/** Issues unique ID numbers: same region, birthday and sex share 500 sequence codes. */
export class IdIssuer {
  private readonly used = new Set<string>();

  issue(rng: Random, region: string, birthDate: string, gender: '1' | '2'): string {
    let k = rng.int(1, 499);
    for (let tries = 0; tries < 499; tries++, k = (k % 499) + 1) {
      const first17 = `${region}${birthDate.replace(/-/g, '')}${String(2 * k + (gender === '1' ? 1 : 0)).padStart(3, '0')}`;
      const id = first17 + idCheckCharacter(first17);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
    throw new RangeError(`no ID sequence left for ${region} ${birthDate}`);
  }
}

function timelineFor(rng: Random, ctx: PeopleContext, fate: Fate): PartyDates {
  const { today, rosterStart } = ctx;
  const beforeStart = addDays(rosterStart, -1);
  if (fate === 'develop') return drawPartyDates(rng, { today, joinFrom: rosterStart, joinTo: today });
  if (fate === 'extended') {
    return drawPartyDates(rng, { today, joinFrom: rosterStart, joinTo: addMonthsClamped(today, -12), extended: true });
  }
  if (fate === 'probation-cancelled') {
    const joinTo = addDays(addMonthsClamped(today, -12), -60);
    return drawPartyDates(rng, { today, joinFrom: rosterStart, joinTo, noExtension: true });
  }
  const ages = fate === 'death' ? DEATH_AGES : MIGRANT_FATES.has(fate) ? MIGRANT_AGES : GENERAL_AGES;
  const joinTo = fate === 'transfer-in' ? addDays(today, -30) : beforeStart;
  return drawPartyDates(rng, { today, joinFrom: '1945-01-01', joinTo, age: drawAge(rng, ages) });
}

function additionFor(rng: Random, ctx: PeopleContext, fate: Fate, dates: PartyDates): DemoAddition {
  if (DEVELOP_FATES.has(fate)) return { kind: 'develop', date: dates.joinDate };
  if (fate === 'transfer-in') {
    const date = dateInWindow(rng, maxDate(ctx.rosterStart, addDays(dates.joinDate, 1)), ctx.today);
    return { kind: 'transfer-in', date, fromOrg: otherBranchName(rng), letterNumber: letterNumber(rng, date) };
  }
  if (fate === 'restore') return { kind: 'restore', date: rng.dateBetween(ctx.rosterStart, ctx.today) };
  return { kind: 'import', date: ctx.rosterStart };
}

/** The event that takes the person off the roster, if their fate has one. */
function removalFor(rng: Random, ctx: PeopleContext, fate: Fate, from: string, dates: PartyDates): DemoEvent | null {
  if (!REMOVAL_FATES.has(fate)) return null;
  if (fate === 'probation-cancelled') {
    // Decided by the 支部大会 that discusses 转正 when the 预备期 ends.
    const date = addDays(dates.probationEnds, rng.int(0, 60));
    return { kind: 'expel', date, detail: 'probation-cancelled' };
  }
  // 停止党籍 comes at least six months after contact was lost, which comes after the addition.
  const date = dateInWindow(rng, fate === 'stop' ? addMonthsClamped(from, 7) : addDays(from, 30), ctx.today);
  const detail = EXPEL_FATES[fate];
  if (detail) return { kind: 'expel', date, detail };
  if (fate === 'transfer-out') return { kind: 'transfer-out', date, org: otherBranchName(rng), letterNumber: letterNumber(rng, date) };
  if (fate === 'death') return { kind: 'death', date };
  return { kind: 'stop', date, note: '失去联系满六个月，经查找仍无音讯。' };
}

export function drawPerson(rng: Random, ctx: PeopleContext, fate: Fate, ids: IdIssuer): DemoPerson {
  const { today } = ctx;
  const dates = timelineFor(rng, ctx, fate);
  const birthYear = Number(dates.birthDate.slice(0, 4));
  const gender: '1' | '2' = rng.chance(femaleShare(birthYear)) ? '2' : '1';
  const ethnicity = drawEthnicity(rng);
  const { name, surname } = drawName(rng, { gender, birthYear, ethnicity });
  const birthRegion = pickBirthRegion(rng, ethnicity, ctx.home?.province);
  const career = drawCareer(rng, { birthDate: dates.birthDate, today, migrant: MIGRANT_FATES.has(fate) });
  const age = ageOn(dates.birthDate, today);
  const homeRegion = ctx.home && rng.chance(0.85) ? ctx.home : birthRegion;
  const nativeRegion = ethnicity !== '01' || rng.chance(0.75) ? birthRegion : pickBirthRegion(rng, ethnicity, ctx.home?.province);

  const fields: DemoFields = {
    name,
    gender,
    ethnicity,
    idNumber: ids.issue(rng, birthRegion.code, dates.birthDate, gender),
    birthDate: dates.birthDate,
    education: career.education,
    occupation: career.occupation,
    nativePlace: placeName(nativeRegion),
    address: homeAddress(rng, homeRegion, career.occupation === '02'),
    joinDate: dates.joinDate,
  };
  if (career.degree) fields.degree = career.degree;
  if (career.workStartDate) fields.workStartDate = career.workStartDate;
  if (rng.chance(age >= 85 ? 0.55 : age >= 75 ? 0.85 : 0.99)) fields.mobile = mobileNumber(rng);
  if (rng.chance(age >= 60 ? 0.45 : 0.08)) fields.landline = landlineNumber(rng, homeRegion);
  if (rng.chance(Number(dates.joinDate.slice(0, 4)) >= 1978 ? 0.9 : 0.4)) fields.introducers = introducerNames(rng, birthYear - 10);
  if (dates.applicationDate) fields.applicationDate = dates.applicationDate;
  if (dates.activistDate) fields.activistDate = dates.activistDate;
  if (dates.candidateDate) fields.candidateDate = dates.candidateDate;
  if (rng.chance(0.03)) fields.notes = drawNote(rng);

  const addition = additionFor(rng, ctx, fate, dates);
  const removal = removalFor(rng, ctx, fate, addition.date, dates);
  const until = removal?.date ?? today;
  const events: DemoEvent[] = [];

  // 转正: known at the addition (it goes in the record), or an event when it comes later.
  if (dates.probationEnds <= addition.date) {
    fields.fullDate = dates.probationEnds;
    if (rng.chance(0.003)) fields.partyAgeAdjustMonths = rng.pick([-12, -6, 6, 12, 24]);
  } else if (fate !== 'probation-cancelled') {
    const decided = addMonthsClamped(dates.joinDate, 12);
    if (dates.extendedMonths > 0 && decided >= addition.date && decided <= until) {
      events.push({ kind: 'probation-extended', date: decided, note: `延长预备期${dates.extendedMonths}个月。` });
    }
    if (dates.probationEnds <= until) events.push({ kind: 'full', date: dates.probationEnds });
  }

  const from = addition.date;
  if (fate === 'flow' || fate === 'flow-returned') {
    const destination = flowDestination(rng, birthRegion);
    if (fate === 'flow') {
      fields.mobileMember = true;
      fields.mobileDestination = destination;
      events.push({ kind: 'flow-out', date: dateInWindow(rng, from, addDays(today, -30)), note: `外出至${destination}务工。` });
    } else {
      const out = dateInWindow(rng, from, addDays(today, -400));
      events.push({ kind: 'flow-out', date: out, note: `外出至${destination}务工。` });
      events.push({ kind: 'flow-return', date: dateInWindow(rng, addDays(out, 90), today) });
    }
  }
  if (fate === 'lost-contact' || fate === 'stop') {
    const lost = fate === 'stop' ? dateInWindow(rng, from, addMonthsClamped(until, -6)) : dateInWindow(rng, from, addDays(today, -180));
    Object.assign(fields, { lostContact: true, lostContactDate: lost, lostContactReason: rng.weighted(LOST_REASONS) });
    events.push({ kind: 'lost-contact', date: lost });
  }
  if (fate === 'contact-restored') {
    const lost = dateInWindow(rng, from, addDays(today, -400));
    events.push({ kind: 'lost-contact', date: lost });
    events.push({ kind: 'contact-restored', date: dateInWindow(rng, addDays(lost, 180), today) });
  }
  if (removal) events.push(removal);
  // Stable sort: on one day the 转正 comes before anything else, a removal after everything.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rankOf(a) - rankOf(b)));
  return { fate, surname, fields, addition, events };
}
