/** Reading letters: one letter, the register of every letter, and receipts overdue. */
import { AppError } from '../api/errors';
import type { TransferLetter } from '../api/schemas/transfers';
import { addDays, addMonthsClamped, compareDates } from '../members/chinese-dates';
import type { Store } from '../store/store';
import { statement } from '../util/statements';

export type Direction = 'out' | 'in';

interface LetterRow {
  direction: string;
  number: string;
  member_code: string | null;
  member_name: string;
  addressee: string | null;
  from_org: string;
  to_org: string;
  member_type: string;
  dues_paid_to: string | null;
  valid_days: number | null;
  issued_on: string;
  status: string;
  receipt_returned_on: string | null;
  receipt_handler: string | null;
  confirmed_on: string | null;
  note: string | null;
  version: number;
  cancel_reason: string | null;
}

/** Letters are audited under 'out:2026-001' / 'in:<their number>': numbers repeat across directions. */
export function letterEntityCode(direction: Direction, number: string): string {
  return `${direction}:${number}`;
}

// A cancelled letter's reason is in the audit row that cancelled it. audit_log has no index on
// entity_code, so the lookup is a scan of the whole trail: only cancelled letters pay for it
// (CASE evaluates the subquery lazily), not every read of every letter.
const VIEW_SQL = `SELECT l.*, CASE WHEN l.status = 'cancelled' THEN (SELECT json_extract(a.after, '$.reason') FROM audit_log a
    WHERE a.op = 'transfers.cancel' AND a.entity_code = l.direction || ':' || l.number ORDER BY a.seq DESC LIMIT 1) END AS cancel_reason
  FROM transfer_letters l`;

/** The receipt of a letter out is due back one month after issue (DOMAIN.md §5.2). */
export function receiptDueBy(issuedOn: string): string {
  return addMonthsClamped(issuedOn, 1);
}

function toLetter(r: LetterRow, asOf: string): TransferLetter {
  const out = r.direction === 'out';
  const dueBy = out ? receiptDueBy(r.issued_on) : null;
  return {
    direction: r.direction as Direction,
    number: r.number,
    memberCode: r.member_code,
    memberName: r.member_name,
    addressee: r.addressee,
    fromOrg: r.from_org,
    toOrg: r.to_org,
    memberType: r.member_type as TransferLetter['memberType'],
    duesPaidTo: r.dues_paid_to,
    validDays: r.valid_days,
    validUntil: r.valid_days === null ? null : addDays(r.issued_on, r.valid_days),
    issuedOn: r.issued_on,
    status: r.status as TransferLetter['status'],
    receiptReturnedOn: r.receipt_returned_on,
    receiptHandler: r.receipt_handler,
    receiptDueBy: dueBy,
    receiptOverdue: dueBy !== null && r.status !== 'cancelled' && r.receipt_returned_on === null && compareDates(asOf, dueBy) > 0,
    confirmedOn: r.confirmed_on,
    note: r.note,
    cancelReason: r.cancel_reason,
    version: r.version,
  };
}

export function findLetter(store: Store, direction: Direction, number: string, asOf: string): TransferLetter | undefined {
  const row = statement(store.sqlite, `${VIEW_SQL} WHERE l.direction = ? AND l.number = ?`).get(direction, number) as LetterRow | undefined;
  return row && toLetter(row, asOf);
}

export function getLetter(store: Store, direction: Direction, number: string, asOf: string): TransferLetter {
  const letter = findLetter(store, direction, number, asOf);
  if (!letter) throw new AppError('NOT_FOUND', `no letter ${direction} ${number}`, { params: { number } });
  return letter;
}

/** 介绍信登记簿: every letter, cancelled ones included (their numbers are never reused). */
export function letterRegister(store: Store, filter: { year?: number; direction?: Direction }, asOf: string): TransferLetter[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.year !== undefined) {
    where.push('substr(l.issued_on, 1, 4) = ?');
    params.push(String(filter.year));
  }
  if (filter.direction) {
    where.push('l.direction = ?');
    params.push(filter.direction);
  }
  const sql = `${VIEW_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.direction DESC, l.issued_on, l.number`;
  return (statement(store.sqlite, sql).all(...params) as LetterRow[]).map((r) => toLetter(r, asOf));
}

function daysFrom(a: string, b: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** Letters out whose receipt is not back a month after issue: the issuer is still responsible. */
export function overdueReceipts(store: Store, asOf: string): (TransferLetter & { daysOverdue: number })[] {
  return letterRegister(store, { direction: 'out' }, asOf)
    .filter((l) => l.receiptOverdue)
    .map((l) => ({ ...l, daysOverdue: daysFrom(l.receiptDueBy!, asOf) }));
}
