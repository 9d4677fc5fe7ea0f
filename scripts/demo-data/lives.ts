/**
 * Each demo member's life on the roster, kept in memory while the rest of a branch's activity
 * (meetings, dues, appraisal, pipeline) is drawn: who was on the roster on a day, a full or a
 * probationary member, away (外出流动) or out of contact. It follows the same rule as the
 * app's rosterAt (db/members/roster.ts): on the roster at the end of a day when the last
 * in/out event on or before it was an "in" event; full once the 转正 date has come. The
 * generator's tests check the two agree.
 */
import { SECRETARY_POST } from './groups';
import type { DemoPerson } from './people';

export type Span = readonly [from: string, to: string | null];

export interface MemberLife {
  code: string;
  name: string;
  person: DemoPerson;
  /** The day they came onto the roster (import, 发展, 转入, 恢复). */
  inDate: string;
  /** The day a removal took them off it (转出, 死亡, 出党, 停止党籍), or null. */
  outDate: string | null;
  fullDate: string | null;
  /** 外出流动 and 失去联系 periods; the end is the return (or null: still away). */
  away: Span[];
  lost: Span[];
}

const REMOVALS = new Set(['transfer-out', 'death', 'expel', 'stop']);

function spans(person: DemoPerson, start: string, end: string): Span[] {
  const out: [string, string | null][] = [];
  for (const e of person.events) {
    if (e.kind === start) out.push([e.date, null]);
    else if (e.kind === end && out.length > 0) out[out.length - 1]![1] = e.date;
  }
  return out;
}

export function lifeOf(person: DemoPerson, code: string): MemberLife {
  const removal = person.events.find((e) => REMOVALS.has(e.kind));
  return {
    code,
    name: person.fields.name,
    person,
    inDate: person.addition.date,
    outDate: removal?.date ?? null,
    fullDate: person.fields.fullDate ?? person.events.find((e) => e.kind === 'full')?.date ?? null,
    away: spans(person, 'flow-out', 'flow-return'),
    lost: spans(person, 'lost-contact', 'contact-restored'),
  };
}

export const onRoster = (l: MemberLife, date: string): boolean => l.inDate <= date && (l.outDate === null || l.outDate > date);
export const isFull = (l: MemberLife, date: string): boolean => l.fullDate !== null && l.fullDate <= date;
const within = (s: Span, date: string) => s[0] <= date && (s[1] === null || s[1] > date);
export const isAway = (l: MemberLife, date: string): boolean => l.away.some((s) => within(s, date));
export const isLost = (l: MemberLife, date: string): boolean => l.lost.some((s) => within(s, date));

/** On the roster at the end of `date`, in code order (as rosterAt returns them). */
export function rosterOn(lives: readonly MemberLife[], date: string): MemberLife[] {
  return lives.filter((l) => onRoster(l, date)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Everyone ever on the roster during [from, to]. */
export function onRosterDuring(lives: readonly MemberLife[], from: string, to: string): MemberLife[] {
  return lives.filter((l) => l.inDate <= to && (l.outDate === null || l.outDate > from));
}

export const postOf = (l: MemberLife): string | null => l.person.fields.partyPost ?? null;

/** The branch's own people who hold a post (书记 first), for chairs, recorders and 支委会. */
export function postHolders(lives: readonly MemberLife[]): MemberLife[] {
  const held = lives.filter((l) => postOf(l) !== null && postOf(l) !== '党小组组长');
  return held.sort((a, b) => (postOf(a) === SECRETARY_POST ? -1 : postOf(b) === SECRETARY_POST ? 1 : 0));
}
