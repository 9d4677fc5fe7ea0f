/**
 * What the 组织关系转接 screens show about a letter, as plain functions (unit-tested): where its
 * 回执 stands, which actions it still allows, the years of the register, the warnings' wording.
 * The backend decides; these only read what it answered.
 */
import type { OpOutput, UiError } from '../../api/types';
import type { MessageKey } from '../../i18n/zh-CN';
import type { Params } from '../../i18n/translate';

export type TransferLetter = OpOutput<'transfers.register'>[number];
export type FlowRecord = OpOutput<'transfers.flows'>[number];
export type LetterDoc = OpOutput<'transfers.letter'>;
export type LetterPart = LetterDoc['stub'];
export type TransferWarning = OpOutput<'transfers.issueOut'>['warnings'][number];

export type ReceiptState =
  | { kind: 'returned'; on: string; handler: string | null }
  | { kind: 'overdue'; dueBy: string; days: number }
  | { kind: 'waiting'; dueBy: string }
  /** Letters in, and cancelled letters out: no receipt to wait for. */
  | { kind: 'none' };

/** Whole days from a to b ('YYYY-MM-DD'), by the calendar, whatever the time zone. */
export function daysBetween(a: string, b: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** The 回执 of a letter out: back (when, who), overdue (by how many days), or still expected. */
export function receiptState(letter: TransferLetter, today: string): ReceiptState {
  if (letter.direction !== 'out' || letter.status === 'cancelled' || !letter.receiptDueBy) {
    return letter.receiptReturnedOn ? { kind: 'returned', on: letter.receiptReturnedOn, handler: letter.receiptHandler } : { kind: 'none' };
  }
  if (letter.receiptReturnedOn) return { kind: 'returned', on: letter.receiptReturnedOn, handler: letter.receiptHandler };
  if (letter.receiptOverdue) return { kind: 'overdue', dueBy: letter.receiptDueBy, days: Math.max(1, daysBetween(letter.receiptDueBy, today)) };
  return { kind: 'waiting', dueBy: letter.receiptDueBy };
}

export interface LetterActions {
  receipt: boolean;
  confirm: boolean;
  cancel: boolean;
}

/**
 * What may still be done to a letter out, as the backend allows it: the receipt once, while
 * not cancelled (it may come back after the transfer was confirmed); confirm while issued;
 * cancel while issued and no receipt has come back (the other side has the member then).
 */
export function letterActions(letter: TransferLetter): LetterActions {
  const issued = letter.direction === 'out' && letter.status === 'issued';
  return {
    receipt: letter.direction === 'out' && letter.status !== 'cancelled' && !letter.receiptReturnedOn,
    confirm: issued,
    cancel: issued && !letter.receiptReturnedOn,
  };
}

/** Letters out whose receipt is overdue, longest overdue first. */
export function overdueLetters(letters: readonly TransferLetter[], today: string): { letter: TransferLetter; days: number }[] {
  return letters
    .map((letter) => ({ letter, state: receiptState(letter, today) }))
    .flatMap(({ letter, state }) => (state.kind === 'overdue' ? [{ letter, days: state.days }] : []))
    .sort((a, b) => b.days - a.days || a.letter.number.localeCompare(b.letter.number));
}

/** The years the register can be shown for: every year with a letter, and this year, newest first. */
export function registerYears(letters: readonly TransferLetter[], today: string): number[] {
  const years = new Set<number>([Number(today.slice(0, 4))]);
  for (const l of letters) years.add(Number(l.issuedOn.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}

/** The register for one year (or all, when year is null), in the backend's order: out before in, by date and number. */
export function registerFor(letters: readonly TransferLetter[], year: number | null): TransferLetter[] {
  return year === null ? [...letters] : letters.filter((l) => Number(l.issuedOn.slice(0, 4)) === year);
}

/** Newest first, for the working lists (the register keeps the backend's order). */
export function newestFirst<T extends { issuedOn: string; number: string }>(letters: readonly T[]): T[] {
  return [...letters].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.number.localeCompare(a.number));
}

/** The member fields the backend names in MEMBER_DETAILS_MISSING, as the roster labels them. */
const DETAIL_LABELS: Record<string, MessageKey> = {
  gender: 'member.field.gender',
  ethnicity: 'member.field.ethnicity',
  idNumber: 'member.field.idNumber',
  memberPhone: 'member.field.mobile',
  birthDate: 'member.field.birthDate',
};

/** How a warning's values are written for the reader: field labels, lists, months and dates. */
export interface WarningFormat {
  label(key: MessageKey): string;
  list(items: string[]): string;
  month(month: string): string;
  date(iso: string): string;
}

/**
 * A warning the backend accepted the letter with, as the key of its sentence and its params.
 * MEMBER_DETAILS_MISSING lists field names; they become the labels the user knows. Months
 * ('2025-10') and dates ('2025-11-07') are written as the language writes them.
 */
export function warningMessage(warning: TransferWarning, format: WarningFormat): { key: MessageKey; params: Params } {
  const params: Params = { ...(warning.params ?? {}) };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    if (name === 'fields') params.fields = format.list(value.split(',').map((f) => (DETAIL_LABELS[f] ? format.label(DETAIL_LABELS[f]) : f)));
    else if (/^\d{4}-\d{2}$/.test(value)) params[name] = format.month(value);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) params[name] = format.date(value);
  }
  const key = `transfers.warning.${warning.code}`;
  return { key: isWarningKey(key) ? key : 'transfers.warning.other', params };
}

const WARNING_CODES = ['MEMBER_DETAILS_MISSING', 'DUES_PAID_TO_UNKNOWN', 'DUES_NOT_PAID_UP', 'BRANCH_CONTACT_MISSING', 'LETTER_EXPIRED'] as const;
function isWarningKey(key: string): key is `transfers.warning.${(typeof WARNING_CODES)[number]}` {
  return WARNING_CODES.some((c) => key === `transfers.warning.${c}`);
}

/** '2026-11' as 2026年11月 (the language's month format). */
export function formatMonth(t: (key: 'transfers.month', params: Params) => string, month: string): string {
  return t('transfers.month', { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) });
}

/**
 * The 转入 form has one arrival date; the members service reports problems with it under the
 * new member's 增加日期 (['addition', 'date']). Moved to ['arrivedOn'] so they land on the field.
 */
export function arrivalIssues(error: UiError): UiError {
  if (!error.issues) return error;
  return { ...error, issues: error.issues.map((i) => (i.path[0] === 'addition' && i.path[1] === 'date' ? { ...i, path: ['arrivedOn'] } : i)) };
}
