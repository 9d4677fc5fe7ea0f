/**
 * 组织关系介绍信 out (DOMAIN.md §5.2): issue → receipt back → confirm, or cancel. The member
 * stays on the roster until the transfer is confirmed; confirming records the 转出 event
 * through the members service in the same transaction as the letter's status change.
 */
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../api/errors';
import type { Warning } from '../api/schemas/dues';
import { issueOutInput, MAX_VALID_DAYS_OUT, type LetterDoc, type TransferLetter } from '../api/schemas/transfers';
import { appendAudit } from '../audit/chain';
import { codeName } from '../codes';
import { buildLedger } from '../dues/ledger';
import { compareMonths, monthOf } from '../dues/months';
import { loadSources } from '../dues/sources';
import { ageOn, compareDates } from '../members/chinese-dates';
import { getMember, recordEvent } from '../members/service';
import { getSelf } from '../organisation/service';
import { transferLetters } from '../schema';
import type { Store } from '../store/store';
import { insertRow } from '../util/fast-insert';
import { statement } from '../util/statements';
import { buildLetterDoc } from './letter-doc';
import { getLetter, letterEntityCode } from './letter-views';
import { invalid } from './problems';

/** The member as the letter describes them on the day it was issued; kept with the issue's audit row. */
export interface LetterSnapshot {
  name: string;
  gender: string;
  age: number | null;
  ethnicity: string;
  memberType: 'probationary' | 'full';
  idNumber: string;
  memberPhone: string;
  fromOrg: string;
  orgAddress: string;
  orgPhone: string;
}

/** '2026-001': per year, one more than the highest so far, cancelled letters included. */
function nextNumber(store: Store, year: string): string {
  const last = statement(
    store.sqlite,
    "SELECT max(CAST(substr(number, 6) AS INTEGER)) FROM transfer_letters WHERE direction = 'out' AND number LIKE ? || '-%'",
    { pluck: true },
  ).get(year) as number | null;
  return `${year}-${String((last ?? 0) + 1).padStart(3, '0')}`;
}

function touch(store: Store, number: string, letter: TransferLetter, set: Partial<typeof transferLetters.$inferInsert>): void {
  store.orm
    .update(transferLetters)
    .set({ ...set, version: letter.version + 1, updatedAt: new Date().toISOString() })
    .where(and(eq(transferLetters.direction, 'out'), eq(transferLetters.number, number)))
    .run();
}

type IssueInput = z.output<typeof issueOutInput>;

/** 有效期 within 1..max days, as a coded issue the UI can word. */
export function checkValidDays(days: number | null | undefined, max: number, path: string | (string | number)[]): void {
  if (days !== null && days !== undefined && (days < 1 || days > max)) {
    throw invalid(path, 'VALID_DAYS_RANGE', `validity must be 1 to ${max} days`, { min: 1, max });
  }
}

/**
 * Checks the request, numbers the letter and writes its row (inside the caller's transaction).
 * Shared by issuing and by the preview, which rolls the row back: the preview shows exactly the
 * letter that issuing would produce, number included.
 */
function insertOut(store: Store, input: IssueInput, today: string): { letter: TransferLetter; snapshot: LetterSnapshot; warnings: Warning[] } {
  const issuedOn = input.issuedOn ?? today;
  if (compareDates(issuedOn, today) > 0) throw invalid('issuedOn', 'DATE_IN_FUTURE', 'the date is in the future');
  checkValidDays(input.validDays, MAX_VALID_DAYS_OUT, 'validDays');
  const m = getMember(store, input.memberCode);
  if (m.membership !== 'active') throw invalid('memberCode', 'MEMBER_NOT_ON_ROSTER', 'only a member on the roster can be transferred out');
  const open = statement(store.sqlite, "SELECT number FROM transfer_letters WHERE direction = 'out' AND member_code = ? AND status = 'issued'", { pluck: true }).get(m.code) as string | undefined;
  if (open) throw invalid('memberCode', 'OPEN_LETTER_EXISTS', 'a letter for this member is still open', { number: open });
  const branch = getSelf(store);
  const sources = loadSources(store, m.code)[0]!.sources;
  const paidTo = buildLedger(sources, monthOf(issuedOn)).paidTo;
  const snapshot: LetterSnapshot = {
    name: m.name,
    gender: codeName('gender', m.gender) ?? '',
    age: m.birthDate && compareDates(m.birthDate, issuedOn) <= 0 ? ageOn(m.birthDate, issuedOn) : null,
    ethnicity: m.ethnicity ? (codeName('ethnicity', m.ethnicity) ?? '') : '',
    memberType: m.memberType,
    idNumber: m.idNumber ?? '',
    memberPhone: m.mobile ?? m.landline ?? '',
    fromOrg: branch.name,
    orgAddress: branch.address ?? '',
    orgPhone: branch.contactPhone ?? '',
  };
  const warnings: Warning[] = [];
  const missing: string[] = (['gender', 'ethnicity', 'idNumber', 'memberPhone'] as const).filter((k) => !snapshot[k]);
  if (snapshot.age === null) missing.push('birthDate');
  if (missing.length) warnings.push({ code: 'MEMBER_DETAILS_MISSING', params: { fields: missing.join(',') } });
  if (!paidTo) warnings.push({ code: 'DUES_PAID_TO_UNKNOWN' });
  else if (compareMonths(monthOf(issuedOn), paidTo) > 0) warnings.push({ code: 'DUES_NOT_PAID_UP', params: { paidTo } });
  if (!branch.address || !branch.contactPhone) warnings.push({ code: 'BRANCH_CONTACT_MISSING' });

  const number = nextNumber(store, issuedOn.slice(0, 4));
  const now = new Date().toISOString();
  insertRow(store.sqlite, transferLetters, {
    direction: 'out',
    number,
    memberCode: m.code,
    memberName: m.name,
    addressee: input.addressee,
    fromOrg: branch.name,
    toOrg: input.toOrg,
    memberType: m.memberType,
    duesPaidTo: paidTo,
    validDays: input.validDays,
    issuedOn,
    status: 'issued',
    note: input.note || null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return { letter: getLetter(store, 'out', number, today), snapshot, warnings };
}

export function issueOut(store: Store, raw: z.input<typeof issueOutInput>, actor: string, today: string): { letter: TransferLetter; warnings: Warning[] } {
  const input = issueOutInput.parse(raw);
  return store.transaction(() => {
    const { letter, snapshot, warnings } = insertOut(store, input, today);
    appendAudit(store.sqlite, actor, { op: 'transfers.issueOut', entity: 'transfer-letter', entityCode: letterEntityCode('out', letter.number), after: { letter, snapshot } });
    return { letter, warnings };
  });
}

/** Thrown to roll the preview's transaction back, carrying what it built. */
class PreviewRollback<T> {
  constructor(readonly value: T) {}
}

/**
 * The letter as issuing it now would print it, with the same checks and warnings, and the
 * number it would get; nothing is kept (the row is written and rolled back, no audit row).
 */
export function previewOut(store: Store, raw: z.input<typeof issueOutInput>, today: string): { doc: LetterDoc; warnings: Warning[] } {
  const input = issueOutInput.parse(raw);
  try {
    store.transaction(() => {
      const { letter, snapshot, warnings } = insertOut(store, input, today);
      throw new PreviewRollback({ doc: buildLetterDoc(letter, snapshot, getSelf(store)), warnings });
    });
  } catch (e) {
    if (e instanceof PreviewRollback) return e.value as { doc: LetterDoc; warnings: Warning[] };
    throw e;
  }
  throw new Error('unreachable: the preview transaction always rolls back');
}

/** What the letter said about the member when it was issued (from the issue's audit row). */
export function issueSnapshot(store: Store, number: string): LetterSnapshot {
  const after = statement(store.sqlite, "SELECT after FROM audit_log WHERE op = 'transfers.issueOut' AND entity_code = ? ORDER BY seq LIMIT 1", { pluck: true }).get(
    letterEntityCode('out', number),
  ) as string | undefined;
  if (!after) throw new AppError('NOT_FOUND', `no issue record for letter ${number}`, { params: { number } });
  return (JSON.parse(after) as { snapshot: LetterSnapshot }).snapshot;
}

function requireIssued(letter: TransferLetter): void {
  if (letter.status === 'cancelled') throw invalid('number', 'LETTER_CANCELLED', 'the letter was cancelled');
  if (letter.status === 'confirmed') throw invalid('number', 'ALREADY_CONFIRMED', 'the transfer is already confirmed');
}

/** 回执 back from the receiving 基层党委: the date it came and who handled it there. */
export function returnReceipt(store: Store, input: { number: string; returnedOn: string; handler: string }, actor: string, today: string): TransferLetter {
  return store.transaction(() => {
    const before = getLetter(store, 'out', input.number, today);
    if (before.status === 'cancelled') throw invalid('number', 'LETTER_CANCELLED', 'the letter was cancelled');
    if (before.receiptReturnedOn) throw invalid('number', 'RECEIPT_ALREADY_RECORDED', 'the receipt is already recorded', { returnedOn: before.receiptReturnedOn });
    if (compareDates(input.returnedOn, before.issuedOn) < 0) throw invalid('returnedOn', 'BEFORE_ISSUE', 'before the letter was issued', { issuedOn: before.issuedOn });
    if (compareDates(input.returnedOn, today) > 0) throw invalid('returnedOn', 'DATE_IN_FUTURE', 'the date is in the future');
    touch(store, input.number, before, { receiptReturnedOn: input.returnedOn, receiptHandler: input.handler });
    const after = getLetter(store, 'out', input.number, today);
    appendAudit(store.sqlite, actor, { op: 'transfers.returnReceipt', entity: 'transfer-letter', entityCode: letterEntityCode('out', input.number), before, after });
    return after;
  });
}

/**
 * Confirms the transfer: the 转出 member event (with the letter number and destination) and
 * the letter's new status commit together or not at all. The date defaults to the receipt's.
 */
export function confirmOut(store: Store, input: { number: string; date?: string | undefined }, actor: string, today: string): TransferLetter {
  return store.transaction(() => {
    const before = getLetter(store, 'out', input.number, today);
    requireIssued(before);
    const date = input.date ?? before.receiptReturnedOn ?? today;
    if (compareDates(date, before.issuedOn) < 0) throw invalid('date', 'BEFORE_ISSUE', 'before the letter was issued', { issuedOn: before.issuedOn });
    // Letters out are always issued for a member on the roster, so the code is set.
    recordEvent(store, { code: before.memberCode!, kind: 'transfer-out', date, letterNumber: before.number, org: before.toOrg }, actor, today);
    touch(store, input.number, before, { status: 'confirmed', confirmedOn: date });
    const after = getLetter(store, 'out', input.number, today);
    appendAudit(store.sqlite, actor, { op: 'transfers.confirmOut', entity: 'transfer-letter', entityCode: letterEntityCode('out', input.number), before, after });
    return after;
  });
}

/** Cancels an unused letter. The row and its number stay: a number is never issued twice. */
export function cancelLetter(store: Store, input: { number: string; reason: string }, actor: string, today: string): TransferLetter {
  return store.transaction(() => {
    const before = getLetter(store, 'out', input.number, today);
    requireIssued(before);
    if (before.receiptReturnedOn) throw invalid('number', 'RECEIPT_ALREADY_RETURNED', 'the receiving organisation has the member; confirm instead');
    touch(store, input.number, before, { status: 'cancelled' });
    appendAudit(store.sqlite, actor, { op: 'transfers.cancel', entity: 'transfer-letter', entityCode: letterEntityCode('out', input.number), before, after: { status: 'cancelled', reason: input.reason } });
    return getLetter(store, 'out', input.number, today);
  });
}
