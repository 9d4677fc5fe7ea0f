/**
 * Area: 组织关系转接 with its letters, always through the transfers service (they are few:
 * about 8 % of members over five years). A member transferred in arrives with the other
 * organisation's 介绍信 (recordIn creates the member and registers the letter); one transferred
 * out gets our letter, its 回执 comes back and the transfer is confirmed (issueOut,
 * returnReceipt, confirmOut, which records the 转出 event). A few letters are still waiting
 * for their receipt today, and now and then one was cancelled because the move fell through.
 * 外出流动 goes through startFlow/endFlow, which keep the 流动党员 register and the events.
 */
import { addDays } from '../../db/members/chinese-dates';
import { monthOf, addMonths } from '../../db/dues/months';
import { recordEvent } from '../../db/members/service';
import { endFlow, startFlow } from '../../db/transfers/flows';
import { recordIn } from '../../db/transfers/incoming';
import { cancelLetter, confirmOut, issueOut, returnReceipt } from '../../db/transfers/letters';
import type { Member } from '../../db/api/schemas/members';
import { memberCreateInput } from '../../db/api/schemas/members';
import { insertMember } from '../../db/members/service';
import { otherBranchName } from './contact';
import { drawName } from './names';
import type { DemoEvent, DemoPerson } from './people';
import type { Random } from './random';
import type { DemoSink } from './writer';

const addresseeOf = (org: string) => org.replace(/第.支部委员会$/, '委员会组织部');

/** Letters in are registered by their number alone, so two may not share one: the next free number. */
export class LetterNumbers {
  private readonly used = new Set<string>();
  claim(number: string): string {
    let n = number;
    for (let k = 1; this.used.has(n); k++) n = number.replace(/(\d+)号$/, (_, d: string) => `${Number(d) + k * 500}号`);
    this.used.add(n);
    return n;
  }
}

function handlerName(rng: Random): string {
  return drawName(rng, { gender: rng.chance(0.5) ? '1' : '2', birthYear: rng.int(1965, 1990), ethnicity: '01' }).name;
}

/**
 * Inserts one person with their events. Returns the member, and 党费已交到 from the letter
 * they arrived with (for the dues ledger), or undefined when they did not transfer in.
 */
export function insertPerson(sink: DemoSink, rng: Random, person: DemoPerson, numbers: LetterNumbers, handler: string): { member: Member; paidElsewhereTo?: string | null } {
  const { store, actor, today, selfCode } = sink;
  let member: Member;
  let paidElsewhereTo: string | null | undefined;
  const a = person.addition;
  if (a.kind === 'transfer-in') {
    const number = numbers.claim(a.letterNumber!);
    person.addition = { ...a, letterNumber: number };
    const issuedOn = addDays(a.date, -rng.int(3, 25));
    paidElsewhereTo = rng.chance(0.05) ? null : rng.chance(0.85) ? monthOf(issuedOn) : addMonths(monthOf(issuedOn), -1);
    const letter = { number, fromOrg: a.fromOrg!, issuedOn, validDays: rng.pick([30, 30, 60, 90]), duesPaidTo: paidElsewhereTo };
    member = recordIn(store, { letter, arrivedOn: a.date, fields: person.fields, handler }, actor, today).member;
  } else {
    member = insertMember(store, memberCreateInput.parse({ fields: person.fields, addition: a }), actor, today, selfCode);
  }
  let flowId: number | null = null;
  for (const e of person.events) {
    if (e.kind === 'transfer-out') continue; // issued, returned and confirmed by transferOut, after the dues
    if (e.kind === 'flow-out') {
      const place = e.note?.replace(/^外出至|务工。$/g, '') || '外地';
      const card = `LD${e.date.slice(0, 4)}${String(rng.int(1, 99_999)).padStart(5, '0')}`;
      flowId = startFlow(store, { direction: 'out', memberCode: member.code, place, activityCardNo: card, startedOn: e.date, note: e.note ?? null }, actor, today).id;
    } else if (e.kind === 'flow-return' && flowId !== null) {
      endFlow(store, { id: flowId, endedOn: e.date }, actor, today);
      flowId = null;
    } else recordEvent(store, { code: member.code, ...e }, actor, today);
  }
  return paidElsewhereTo === undefined ? { member } : { member, paidElsewhereTo };
}

/** The member's 转出 through the letter: issued a few weeks before, receipt back, confirmed on the day. */
export function transferOut(sink: DemoSink, rng: Random, code: string, e: DemoEvent, since: string): void {
  const { store, actor, today } = sink;
  const org = e.org ?? otherBranchName(rng);
  const issuedOn = [addDays(e.date, -rng.int(5, 25)), since].sort().at(-1)!;
  const { letter } = issueOut(store, { memberCode: code, toOrg: org, addressee: addresseeOf(org), validDays: 30, issuedOn }, actor, today);
  returnReceipt(store, { number: letter.number, returnedOn: e.date, handler: handlerName(rng) }, actor, today);
  confirmOut(store, { number: letter.number, date: e.date }, actor, today);
}

/** A letter for a member who is still here: waiting for its receipt, or cancelled. */
export function pendingLetter(sink: DemoSink, rng: Random, code: string, cancelled: boolean): void {
  const { store, actor, today } = sink;
  const org = otherBranchName(rng);
  const issuedOn = addDays(today, cancelled ? -rng.int(60, 300) : -rng.int(3, 50));
  const { letter } = issueOut(store, { memberCode: code, toOrg: org, addressee: addresseeOf(org), validDays: 30, issuedOn }, actor, today);
  if (cancelled) cancelLetter(store, { number: letter.number, reason: '本人工作调动未成，暂不转接组织关系' }, actor, today);
}
