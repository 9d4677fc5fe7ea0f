/**
 * A letter arriving from another organisation: the letter is registered and the member is
 * created through the members service (增加方式 转入, with the letter number and origin),
 * both in one transaction, so there is never a member without its letter or the reverse.
 */
import type { z } from 'zod';
import type { Warning } from '../api/schemas/dues';
import type { Member } from '../api/schemas/members';
import { memberCreateInput } from '../api/schemas/members';
import { MAX_VALID_DAYS_IN, recordInInput, type TransferLetter } from '../api/schemas/transfers';
import { appendAudit } from '../audit/chain';
import { compareDates } from '../members/chinese-dates';
import { insertMember } from '../members/service';
import { getSelf } from '../organisation/service';
import { transferLetters } from '../schema';
import type { Store } from '../store/store';
import { insertRow } from '../util/fast-insert';
import { findLetter, getLetter, letterEntityCode } from './letter-views';
import { checkValidDays } from './letters';
import { invalid } from './problems';

export function recordIn(store: Store, raw: z.input<typeof recordInInput>, actor: string, today: string): { letter: TransferLetter; member: Member; warnings: Warning[] } {
  const input = recordInInput.parse(raw);
  const l = input.letter;
  if (compareDates(input.arrivedOn, today) > 0) throw invalid(['arrivedOn'], 'DATE_IN_FUTURE', 'the date is in the future');
  checkValidDays(l.validDays, MAX_VALID_DAYS_IN, ['letter', 'validDays']);
  if (compareDates(input.arrivedOn, l.issuedOn) < 0) throw invalid(['arrivedOn'], 'BEFORE_ISSUE', 'arrived before the letter was issued', { issuedOn: l.issuedOn });
  return store.transaction(() => {
    // The register keys letters in by their number alone (schema 0004), so two senders using
    // the same number cannot both be registered: refused, never silently merged.
    const existing = findLetter(store, 'in', l.number, today);
    if (existing) throw invalid(['letter', 'number'], 'LETTER_NUMBER_TAKEN', 'a letter with this number is already registered', { fromOrg: existing.fromOrg, memberName: existing.memberName });
    const branch = getSelf(store);
    const member = insertMember(
      store,
      memberCreateInput.parse({ fields: input.fields, addition: { kind: 'transfer-in', date: input.arrivedOn, letterNumber: l.number, fromOrg: l.fromOrg } }),
      actor,
      today,
      branch.code,
    );
    const now = new Date().toISOString();
    insertRow(store.sqlite, transferLetters, {
      direction: 'in',
      number: l.number,
      memberCode: member.code,
      memberName: member.name,
      addressee: l.addressee || branch.name,
      fromOrg: l.fromOrg,
      toOrg: branch.name,
      memberType: member.memberType,
      duesPaidTo: l.duesPaidTo ?? null,
      validDays: l.validDays ?? null,
      issuedOn: l.issuedOn,
      status: 'received',
      receiptHandler: input.handler || null,
      // For a letter in, confirmed_on is the day the member arrived and joined the roster.
      confirmedOn: input.arrivedOn,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const letter = getLetter(store, 'in', l.number, today);
    const warnings: Warning[] = [];
    // An expired letter needs a certificate from the 支部 and an application (DOMAIN.md §5.2).
    if (letter.validUntil && compareDates(input.arrivedOn, letter.validUntil) > 0) warnings.push({ code: 'LETTER_EXPIRED', params: { validUntil: letter.validUntil } });
    if (!l.duesPaidTo) warnings.push({ code: 'DUES_PAID_TO_UNKNOWN' });
    appendAudit(store.sqlite, actor, { op: 'transfers.recordIn', entity: 'transfer-letter', entityCode: letterEntityCode('in', l.number), after: { letter, memberCode: member.code } });
    return { letter, member, warnings };
  });
}

/** The 回执 date for a letter in: the day the member arrived (转达我处). */
export function arrivalDate(letter: TransferLetter): string {
  return letter.confirmedOn ?? letter.issuedOn;
}
