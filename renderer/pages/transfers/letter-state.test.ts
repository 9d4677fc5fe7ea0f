import { describe, expect, it } from 'vitest';
import type { UiError } from '../../api/types';
import type { MessageKey } from '../../i18n/zh-CN';
import { zhCN } from '../../i18n/zh-CN';
import {
  arrivalIssues,
  daysBetween,
  letterActions,
  newestFirst,
  overdueLetters,
  receiptState,
  registerFor,
  registerYears,
  warningMessage,
  type TransferLetter,
} from './letter-state';

function letter(over: Partial<TransferLetter>): TransferLetter {
  return {
    direction: 'out',
    number: '2026-001',
    memberCode: 'M1',
    memberName: '王芳',
    addressee: '中共某区委组织部',
    fromOrg: '中共示范单位第一支部委员会',
    toOrg: '中共某区委组织部',
    memberType: 'full',
    duesPaidTo: '2026-10',
    validDays: 30,
    validUntil: '2026-12-03',
    issuedOn: '2026-11-03',
    status: 'issued',
    receiptReturnedOn: null,
    receiptHandler: null,
    receiptDueBy: '2026-12-03',
    receiptOverdue: false,
    confirmedOn: null,
    note: null,
    cancelReason: null,
    version: 1,
    ...over,
  };
}

describe('daysBetween', () => {
  it.each([
    ['2026-12-03', '2026-12-05', 2],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-03-28', '2026-03-30', 2], // across the spring clock change in zones that have one
    ['2026-12-05', '2026-12-03', -2],
  ])('%s → %s = %i', (a, b, n) => expect(daysBetween(a, b)).toBe(n));
});

describe('receiptState', () => {
  it.each<[string, Partial<TransferLetter>, ReturnType<typeof receiptState>]>([
    ['expected while within the month', {}, { kind: 'waiting', dueBy: '2026-12-03' }],
    ['overdue by the days past the due date', { receiptOverdue: true }, { kind: 'overdue', dueBy: '2026-12-03', days: 7 }],
    ['back, with who handled it', { receiptReturnedOn: '2026-11-20', receiptHandler: '赵经办' }, { kind: 'returned', on: '2026-11-20', handler: '赵经办' }],
    ['back after the transfer was confirmed', { status: 'confirmed', receiptReturnedOn: '2026-12-20', receiptHandler: null }, { kind: 'returned', on: '2026-12-20', handler: null }],
    ['nothing to wait for on a cancelled letter', { status: 'cancelled', receiptOverdue: false }, { kind: 'none' }],
    ['nothing to wait for on a letter in', { direction: 'in', status: 'received', receiptDueBy: null }, { kind: 'none' }],
  ])('%s', (_name, over, expected) => expect(receiptState(letter(over), '2026-12-10')).toEqual(expected));

  it('never says overdue by 0 days on the day the backend first flags it', () => {
    expect(receiptState(letter({ receiptOverdue: true }), '2026-12-03')).toEqual({ kind: 'overdue', dueBy: '2026-12-03', days: 1 });
  });
});

describe('letterActions', () => {
  it.each<[string, Partial<TransferLetter>, ReturnType<typeof letterActions>]>([
    ['issued: everything', {}, { receipt: true, confirm: true, cancel: true }],
    ['receipt back: confirm only (the other side has the member)', { receiptReturnedOn: '2026-11-20' }, { receipt: false, confirm: true, cancel: false }],
    ['confirmed without a receipt: the receipt can still be recorded', { status: 'confirmed' }, { receipt: true, confirm: false, cancel: false }],
    ['confirmed with the receipt: nothing left', { status: 'confirmed', receiptReturnedOn: '2026-11-20' }, { receipt: false, confirm: false, cancel: false }],
    ['cancelled: nothing', { status: 'cancelled' }, { receipt: false, confirm: false, cancel: false }],
    ['a letter in: nothing', { direction: 'in', status: 'received' }, { receipt: false, confirm: false, cancel: false }],
  ])('%s', (_name, over, expected) => expect(letterActions(letter(over))).toEqual(expected));
});

describe('lists', () => {
  const a = letter({ number: '2025-003', issuedOn: '2025-12-30', receiptOverdue: true, receiptDueBy: '2026-01-30' });
  const b = letter({ number: '2026-001', issuedOn: '2026-11-03', receiptOverdue: true });
  const c = letter({ number: '2026-002', issuedOn: '2026-11-03', status: 'cancelled' });
  const d = letter({ direction: 'in', number: '0012345', issuedOn: '2024-05-01', status: 'received', receiptDueBy: null });

  it('lists overdue receipts longest overdue first', () => {
    expect(overdueLetters([b, c, a, d], '2026-12-10').map((o) => [o.letter.number, o.days])).toEqual([
      ['2025-003', 314],
      ['2026-001', 7],
    ]);
  });

  it('offers this year and every year with a letter, newest first', () => {
    expect(registerYears([a, b, d], '2027-01-05')).toEqual([2027, 2026, 2025, 2024]);
    expect(registerYears([], '2026-03-01')).toEqual([2026]);
  });

  it('filters the register by year, keeping the backend order', () => {
    expect(registerFor([a, b, c, d], 2026).map((l) => l.number)).toEqual(['2026-001', '2026-002']);
    expect(registerFor([a, b, c, d], null)).toHaveLength(4);
  });

  it('sorts working lists newest first, by number on the same day', () => {
    expect(newestFirst([a, b, c, d]).map((l) => l.number)).toEqual(['2026-002', '2026-001', '2025-003', '0012345']);
  });
});

describe('warningMessage', () => {
  const format = {
    label: (key: MessageKey) => zhCN[key],
    list: (items: string[]) => new Intl.ListFormat('zh-CN', { type: 'conjunction' }).format(items),
    month: (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`,
    date: (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`,
  };
  it('names the missing details as the roster labels them', () => {
    expect(warningMessage({ code: 'MEMBER_DETAILS_MISSING', params: { fields: 'ethnicity,memberPhone,birthDate' } }, format)).toEqual({
      key: 'transfers.warning.MEMBER_DETAILS_MISSING',
      params: { fields: '民族、手机和出生日期' },
    });
  });

  it('writes months and dates in words, and words an unknown warning generally', () => {
    expect(warningMessage({ code: 'DUES_NOT_PAID_UP', params: { paidTo: '2026-09' } }, format)).toEqual({ key: 'transfers.warning.DUES_NOT_PAID_UP', params: { paidTo: '2026年9月' } });
    expect(warningMessage({ code: 'LETTER_EXPIRED', params: { validUntil: '2025-11-07' } }, format)).toEqual({ key: 'transfers.warning.LETTER_EXPIRED', params: { validUntil: '2025年11月7日' } });
    expect(warningMessage({ code: 'SOMETHING_NEW' }, format)).toEqual({ key: 'transfers.warning.other', params: {} });
  });
});

describe('arrivalIssues', () => {
  it('moves the new member’s 增加日期 problems onto the arrival date and leaves the rest', () => {
    const error: UiError = {
      code: 'INVALID_INPUT',
      message: '',
      issues: [
        { path: ['addition', 'date'], code: 'DATE_IN_FUTURE', message: '' },
        { path: ['fields', 'name'], message: '' },
      ],
    };
    expect(arrivalIssues(error).issues?.map((i) => i.path)).toEqual([['arrivedOn'], ['fields', 'name']]);
    expect(arrivalIssues({ code: 'LOCKED', message: '' })).toEqual({ code: 'LOCKED', message: '' });
  });
});
