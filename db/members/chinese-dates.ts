/**
 * Dates as branch secretaries write them (Excel cells, paper forms, 二〇二〇年三月五日) and the
 * calendar arithmetic the rest of the app needs.
 *
 * Every date inside the app is a plain 'YYYY-MM-DD' string (or 'YYYY-MM' where only the month is
 * known). The arithmetic below works on day numbers, never on `Date`, so the machine's time zone
 * cannot move a date by a day.
 */

export type LooseDateProblem = 'EMPTY' | 'UNRECOGNISED' | 'IMPOSSIBLE_DATE' | 'MONTH_ONLY_NOT_ALLOWED';

export type LooseDateResult =
  | { ok: true; value: string; precision: 'day' | 'month' }
  | { ok: false; reason: LooseDateProblem };

export interface LooseDateOptions {
  /** Accept '2020年3月' / '2020.03' and return 'YYYY-MM'. Off by default: most fields need a day. */
  allowYearMonth?: boolean;
}

/**
 * Years outside this range are typing errors in a member record (1020 for 2020), and the same
 * bounds make Excel serial numbers unambiguous (see `fromExcelSerial`).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Calendar primitives (proleptic Gregorian, integer day numbers; 0 = 1970-01-01)

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Howard Hinnant's days_from_civil: exact for any year, no Date object, no time zone.
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDayNumber(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoOf(y: number, m: number, d: number): string {
  if (y < 1000 || y > 9999) throw new RangeError(`year ${y} cannot be written as YYYY`);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a strict 'YYYY-MM-DD' string naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

// The helpers below receive values that were validated when they entered the app, so a
// malformed one is a programming error and throws instead of returning a result.
function splitIso(date: string): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(date);
  const y = Number(match?.[1]);
  const m = Number(match?.[2]);
  const d = Number(match?.[3]);
  if (!match || !isRealDate(y, m, d)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return { y, m, d };
}

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

// ---------------------------------------------------------------------------------------------
// Date helpers on 'YYYY-MM-DD'

/** Today's date on the wall clock of this computer: a secretary's "today" is local, not UTC. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Month arithmetic clamped to the end of the month, as the 预备期 and deadline rules are written
 * ("满一年", "三个月内"): 2024-01-31 + 1 → 2024-02-29, 2024-02-29 + 12 → 2025-02-28.
 */
export function addMonthsClamped(date: string, months: number): string {
  requireInteger(months, 'months');
  const { y, m, d } = splitIso(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return isoOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addDays(date: string, days: number): string {
  requireInteger(days, 'days');
  const { y, m, d } = splitIso(date);
  const c = civilFromDayNumber(dayNumber(y, m, d) + days);
  return isoOf(c.y, c.m, c.d);
}

/** -1, 0 or 1, for sorting. Validates both sides so that '2020-3-5' never sorts silently. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  splitIso(a);
  splitIso(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole years from `from` to `to` (党龄 from the 转正 date, 周岁 from the birth date).
 * An anniversary on the day counts. A 29 February anniversary falls on 28 February in common
 * years: the same clamp `addMonthsClamped` uses, so "满 N 年" means one thing everywhere in the
 * app (the 预备期 from 2024-02-29 ends 2025-02-28, and a member born 2008-02-29 is 18 on
 * 2026-02-28). Negative when `to` is before `from`.
 */
export function yearsBetween(from: string, to: string): number {
  if (compareDates(to, from) < 0) return -yearsBetween(to, from);
  const f = splitIso(from);
  const t = splitIso(to);
  const anniversaryDay = Math.min(f.d, daysInMonth(t.y, f.m));
  const beforeAnniversary = t.m < f.m || (t.m === f.m && t.d < anniversaryDay);
  return t.y - f.y - (beforeAnniversary ? 1 : 0);
}

/** 周岁 on a given day. Throws when the day is before the birth: that record needs fixing first. */
export function ageOn(birthDate: string, onDate: string): number {
  if (compareDates(onDate, birthDate) < 0) {
    throw new RangeError(`${onDate} is before the birth date ${birthDate}`);
  }
  return yearsBetween(birthDate, onDate);
}

/** '2026-11-05' → '2026年11月5日'; '2026-11' → '2026年11月' (the form used on 党内 documents). */
export function formatChineseDate(date: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(date)}`);
    return `${month[1]}年${m}月`;
  }
  const { y, m, d } = splitIso(date);
  return `${y}年${m}月${d}日`;
}

// ---------------------------------------------------------------------------------------------
// Loose parsing

type Parts = { y: number; m: number; d?: number };

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, 零: 0, '○': 0, O: 0, o: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

function digitValue(ch: string): number | undefined {
  if (ch >= '0' && ch <= '9') return Number(ch);
  return CHINESE_DIGITS[ch];
}

/**
 * A Chinese or Arabic number as written in dates: 二〇二〇 (digit by digit, with 〇, 零, ○ or the
 * letter O that people type for it), 十, 十五, 二十一, 三十一, 廿五, 05. Undefined when unreadable.
 */
function readNumber(text: string): number | undefined {
  if (text === '') return undefined;
  const tensMatch = /^(.?)([十廿卅])(.?)$/.exec(text);
  if (tensMatch) {
    const [, before = '', unit = '十', after = ''] = tensMatch;
    const base = unit === '廿' ? 20 : unit === '卅' ? 30 : 10;
    const times = before === '' ? 1 : digitValue(before);
    const ones = after === '' ? 0 : digitValue(after);
    if (times === undefined || ones === undefined || (unit !== '十' && before !== '')) return undefined;
    return base * times + ones;
  }
  let value = 0;
  for (const ch of text) {
    const v = digitValue(ch);
    if (v === undefined) return undefined;
    value = value * 10 + v;
  }
  return value;
}

const WRITTEN_FORMS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => Parts | undefined }> = [
  // 2020年3月5日, 2020年03月05号, 二〇二〇年三月五日, 2020年元月5日, 2020年3月
  {
    re: /^([^年月日号]{4})年([^年月日号]{1,3})月(?:([^年月日号]{1,3})[日号]?)?$/,
    read: (m) => {
      const y = readYearDigits(m[1] ?? '');
      const mo = m[2] === '元' ? 1 : readNumber(m[2] ?? '');
      const d = m[3] === undefined ? undefined : readNumber(m[3]);
      if (y === undefined || mo === undefined || (m[3] !== undefined && d === undefined)) return undefined;
      return d === undefined ? { y, m: mo } : { y, m: mo, d };
    },
  },
  // 2020-3-5, 2020/03/05, 2020.3.5 (full-width ．／－ arrive here after NFKC)
  { re: /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/, read: (m) => ({ y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) }) },
  { re: /^(\d{4})[-/.](\d{1,2})$/, read: (m) => ({ y: Number(m[1]), m: Number(m[2]) }) },
  { re: /^(\d{4})(\d{2})(\d{2})$/, read: (m) => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) },
  { re: /^(\d{4})(\d{2})$/, read: (m) => ({ y: Number(m[1]), m: Number(m[2]) }) },
];

// Years are read digit by digit only: 二〇二〇, never 两千零二十.
function readYearDigits(text: string): number | undefined {
  if ([...text].length !== 4 || /[十廿卅]/.test(text)) return undefined;
  return readNumber(text);
}

function finish(parts: Parts, opts: LooseDateOptions): LooseDateResult {
  const { y, m, d } = parts;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) return { ok: false, reason: 'IMPOSSIBLE_DATE' };
  if (d === undefined) {
    if (!opts.allowYearMonth) return { ok: false, reason: 'MONTH_ONLY_NOT_ALLOWED' };
    return { ok: true, value: `${pad(y, 4)}-${pad(m, 2)}`, precision: 'month' };
  }
  if (!isRealDate(y, m, d)) return { ok: false, reason: 'IMPOSSIBLE_DATE' };
  return { ok: true, value: isoOf(y, m, d), precision: 'day' };
}

const UNRECOGNISED: LooseDateResult = { ok: false, reason: 'UNRECOGNISED' };

// A time after the date ('2020-03-05 00:00:00', '2020-03-05T00:00:00.000Z') is dropped and the date
// is taken as written; converting through the zone would move exported midnights by a day.
const TRAILING_TIME = /^(.*\d[日号]?)(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;
// Separators that NFKC leaves alone but Chinese input methods produce: 。 and the dashes.
const ODD_DOT = /。/g;
const ODD_DASH = /[\u2010-\u2015\u2212]/g;

function parseText(input: string, opts: LooseDateOptions): LooseDateResult {
  let text = input.normalize('NFKC').trim();
  if (text.replace(INVISIBLE, '') === '') return { ok: false, reason: 'EMPTY' };
  text = (TRAILING_TIME.exec(text)?.[1] ?? text).replace(INVISIBLE, '').replace(ODD_DOT, '.').replace(ODD_DASH, '-');
  for (const form of WRITTEN_FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const parts = form.read(m);
    return parts ? finish(parts, opts) : UNRECOGNISED;
  }
  return UNRECOGNISED;
}

const EXCEL_EPOCH = dayNumber(1899, 12, 30);
const MAX_SERIAL = dayNumber(MAX_YEAR, 12, 31) - EXCEL_EPOCH;

/**
 * Excel's 1900 date system counts 1900-02-29, a day that never existed (kept from Lotus 1-2-3):
 * serial 60 is that day and is refused, serials below it are one day earlier than plain counting.
 */
function fromExcelSerial(serial: number, opts: LooseDateOptions): LooseDateResult {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL) return UNRECOGNISED;
  if (whole === 60) return { ok: false, reason: 'IMPOSSIBLE_DATE' };
  const c = civilFromDayNumber(EXCEL_EPOCH + whole + (whole < 60 ? 1 : 0));
  return finish(c, opts);
}

/**
 * Numbers from spreadsheet cells. Besides serials, a General-format cell holds what was typed:
 * 20200305, 202003, or 2020.03 (Excel keeps it as a number). Whole numbers from 1900 to 2100
 * are read as bare years and refused, not as 1905 serials nobody means. 2020.1 is refused too:
 * Excel shows 2020.10 that way, so January and October cannot be told apart.
 */
function parseNumber(n: number, opts: LooseDateOptions): LooseDateResult {
  if (!Number.isFinite(n) || n <= 0) return UNRECOGNISED;
  // Above every serial up to 2100 (73415): digits typed as 202003 or 20200305.
  if (Number.isInteger(n) && n >= 100_000) return parseText(String(n), opts);
  if (Math.trunc(n) >= MIN_YEAR && Math.trunc(n) <= MAX_YEAR) {
    const m = /^(\d{4})\.(\d{1,2})$/.exec(String(n));
    if (!m || m[2] === '1') return UNRECOGNISED;
    return finish({ y: Number(m[1]), m: Number(m[2]) }, opts);
  }
  return fromExcelSerial(n, opts);
}

/**
 * Dates as exceljs hands them over: UTC midnight of the cell's day, so the UTC fields are read.
 * Rounding to the second absorbs the 23:59:59.999 that floating-point serials sometimes produce.
 * A `Date` built from local fields (a date picker) must be formatted by its caller instead.
 */
function parseDateObject(date: Date, opts: LooseDateOptions): LooseDateResult {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return UNRECOGNISED;
  const rounded = new Date(Math.round(ms / 1000) * 1000);
  const dayNo = Math.floor(rounded.getTime() / MS_PER_DAY);
  return finish(civilFromDayNumber(dayNo), opts);
}

/**
 * Reads a date as secretaries write it. Refuses, rather than guesses, orders that are ambiguous
 * (3/5/2020, 20.3.5) and bare years.
 */
export function parseLooseDate(input: string | number | Date, opts: LooseDateOptions = {}): LooseDateResult {
  if (input instanceof Date) return parseDateObject(input, opts);
  if (typeof input === 'number') return parseNumber(input, opts);
  if (typeof input !== 'string') return UNRECOGNISED;
  return parseText(input, opts);
}
