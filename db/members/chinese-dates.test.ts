import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  ageOn,
  compareDates,
  daysInMonth,
  formatChineseDate,
  isIsoDate,
  parseLooseDate,
  todayIso,
  yearsBetween,
} from './chinese-dates';

const day = (value: string) => ({ ok: true, value, precision: 'day' });
const month = (value: string) => ({ ok: true, value, precision: 'month' });
const fail = (reason: string) => ({ ok: false, reason });

/** Any real day from 1900 to 2100, as parts and as 'YYYY-MM-DD'. */
const arbDate = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }))
  .map((p) => ({ ...p, iso: `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}` }));

const CN_DIGITS = '〇一二三四五六七八九';
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

describe('parseLooseDate: text as written in forms and sheets', () => {
  it.each([
    ['2020-03-05', day('2020-03-05')],
    ['2020-3-5', day('2020-03-05')],
    ['2020/3/5', day('2020-03-05')],
    ['2020/03/05', day('2020-03-05')],
    ['2020.3.5', day('2020-03-05')],
    ['2020．3．5', day('2020-03-05')], // full-width full stop from a Chinese IME
    ['２０２０－０３－０５', day('2020-03-05')], // full-width digits and hyphen
    ['2020。3。5', day('2020-03-05')], // ideographic full stop
    ['2020—3—5', day('2020-03-05')], // em dash
    ['20200305', day('2020-03-05')],
    ['2020年3月5日', day('2020-03-05')],
    ['2020年03月05号', day('2020-03-05')],
    ['2020年3月5', day('2020-03-05')],
    ['二〇二〇年三月五日', day('2020-03-05')],
    ['二零二零年三月五日', day('2020-03-05')],
    ['二○二○年十二月三十一日', day('2020-12-31')], // ○ U+25CB, as often typed for 〇
    ['二O二一年十月二十一日', day('2021-10-21')], // the letter O
    ['一九四九年十月一日', day('1949-10-01')],
    ['二〇二〇年十一月二十日', day('2020-11-20')],
    ['2020年元月5日', day('2020-01-05')],
    [' 2020 年 3 月 5 日 ', day('2020-03-05')],
    ['\u30002020-03-05\u3000', day('2020-03-05')], // ideographic spaces
    ['2020 - 03 - 05', day('2020-03-05')],
    ['\u200B2020-03-05', day('2020-03-05')], // zero-width space from a web page
    ['2020-03-05 00:00:00', day('2020-03-05')],
    ['2020-03-05T00:00:00.000Z', day('2020-03-05')],
    ['2020/3/5 8:30', day('2020-03-05')],
    ['2024-02-29', day('2024-02-29')],
    ['2000-02-29', day('2000-02-29')],
  ])('%j → %j', (input, expected) => {
    expect(parseLooseDate(input)).toEqual(expected);
  });

  it.each([
    ['2020年3月', month('2020-03')],
    ['二〇二〇年三月', month('2020-03')],
    ['2020.03', month('2020-03')],
    ['2020.3', month('2020-03')],
    ['2020-3', month('2020-03')],
    ['2020/12', month('2020-12')],
    ['202003', month('2020-03')],
    ['1949年10月', month('1949-10')],
  ])('year-month %j → %j when allowed', (input, expected) => {
    expect(parseLooseDate(input, { allowYearMonth: true })).toEqual(expected);
    expect(parseLooseDate(input)).toEqual(fail('MONTH_ONLY_NOT_ALLOWED'));
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['\u3000', 'EMPTY'],
    ['2021-02-29', 'IMPOSSIBLE_DATE'],
    ['1900-02-29', 'IMPOSSIBLE_DATE'], // 1900 was not a leap year
    ['2020-13-01', 'IMPOSSIBLE_DATE'],
    ['2020-00-10', 'IMPOSSIBLE_DATE'],
    ['2020-04-31', 'IMPOSSIBLE_DATE'],
    ['2020年2月30日', 'IMPOSSIBLE_DATE'],
    ['二〇二一年二月二十九日', 'IMPOSSIBLE_DATE'],
    ['20201301', 'IMPOSSIBLE_DATE'],
    ['1020-03-05', 'IMPOSSIBLE_DATE'], // year out of range: a typing error
    ['3/5/2020', 'UNRECOGNISED'], // US order: refused, not guessed
    ['05.03.2020', 'UNRECOGNISED'],
    ['20.3.5', 'UNRECOGNISED'],
    ['2020', 'UNRECOGNISED'],
    ['2020年', 'UNRECOGNISED'],
    ['2020-3/5', 'UNRECOGNISED'],
    ['2020年3月份', 'UNRECOGNISED'],
    ['两千零二十年三月五日', 'UNRECOGNISED'],
    ['去年', 'UNRECOGNISED'],
    ['2020-03-05 morning', 'UNRECOGNISED'],
  ])('%j → %s', (input, reason) => {
    expect(parseLooseDate(input, { allowYearMonth: true })).toEqual(fail(reason));
  });

  it('an impossible year-month is IMPOSSIBLE_DATE, not MONTH_ONLY_NOT_ALLOWED', () => {
    expect(parseLooseDate('2020-13')).toEqual(fail('IMPOSSIBLE_DATE'));
  });

  it('reads back every day from 1900 to 2100 in each written form', () => {
    fc.assert(
      fc.property(arbDate, ({ y, m, d, iso }) => {
        const cnYear = [...String(y)].map((c) => CN_DIGITS[Number(c)]).join('');
        const forms = [
          iso,
          `${y}-${m}-${d}`,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          iso.replace(/-/g, ''),
          `${y}年${m}月${d}日`,
          `${cnYear}年${chineseNumber(m)}月${chineseNumber(d)}日`,
        ];
        for (const form of forms) expect(parseLooseDate(form)).toEqual(day(iso));
      }),
    );
  });

  it('never throws and only returns well-formed values, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseLooseDate(s, { allowYearMonth: true });
        if (r.ok) expect(r.precision === 'day' ? isIsoDate(r.value) : /^\d{4}-\d{2}$/.test(r.value)).toBe(true);
      }),
    );
  });
});

describe('parseLooseDate: numbers from Excel cells', () => {
  it.each([
    [1, day('1900-01-01')],
    [59, day('1900-02-28')],
    [60, fail('IMPOSSIBLE_DATE')], // Excel's 1900-02-29, a day that never was
    [61, day('1900-03-01')],
    [18172, day('1949-10-01')],
    [43895, day('2020-03-05')],
    [43895.75, day('2020-03-05')], // a time of day in the cell
    [45658, day('2025-01-01')],
    [73415, day('2100-12-31')],
    [73416, fail('UNRECOGNISED')],
    [0, fail('UNRECOGNISED')],
    [-5, fail('UNRECOGNISED')],
    [Number.NaN, fail('UNRECOGNISED')],
    [Number.POSITIVE_INFINITY, fail('UNRECOGNISED')],
    [20200305, day('2020-03-05')], // typed 20200305 into a General cell
    [20210229, fail('IMPOSSIBLE_DATE')],
    [2020, fail('UNRECOGNISED')], // a bare year, not the serial for 1905-07-12
    [2020.1, fail('UNRECOGNISED')], // 2020.1 or 2020.10? Excel shows both the same
  ])('%d → %j', (input, expected) => {
    expect(parseLooseDate(input)).toEqual(expected);
  });

  it.each([
    [202003, month('2020-03')],
    [2020.03, month('2020-03')],
    [2020.3, month('2020-03')],
    [2020.12, month('2020-12')],
    [2020.11, month('2020-11')],
  ])('year-month number %d → %j', (input, expected) => {
    expect(parseLooseDate(input, { allowYearMonth: true })).toEqual(expected);
  });

  it('serials and dates agree for every day from 1900-03-01 to 2100 (except 1900–2100, read as years)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }).filter((n) => n < 1900 || n > 2100), (serial) => {
        const r = parseLooseDate(serial);
        expect(r.ok).toBe(true);
        if (r.ok) expect(addDays('1899-12-30', serial)).toBe(r.value);
      }),
    );
  });
});

describe('parseLooseDate: Date objects use the UTC day (exceljs gives UTC midnight)', () => {
  it.each([
    [new Date(Date.UTC(2020, 2, 5)), day('2020-03-05')],
    [new Date('2020-03-05T00:00:00.000Z'), day('2020-03-05')],
    [new Date('2020-03-04T23:59:59.999Z'), day('2020-03-05')], // float serial rounding in exceljs
    [new Date('2020-03-05T15:59:00.000Z'), day('2020-03-05')],
    [new Date(Date.UTC(2100, 11, 31)), day('2100-12-31')],
    [new Date(Date.UTC(1850, 0, 1)), fail('IMPOSSIBLE_DATE')],
    [new Date('not a date'), fail('UNRECOGNISED')],
  ])('%s → %j', (input, expected) => {
    expect(parseLooseDate(input)).toEqual(expected);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-05-31', 1, '2024-06-30'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2020-03-05', 12, '2021-03-05'],
    ['2020-03-05', 0, '2020-03-05'],
    ['2020-03-05', -120, '2010-03-05'],
  ])('%s %+d months → %s', (date, n, expected) => {
    expect(addMonthsClamped(date, n)).toBe(expected);
  });

  it('refuses malformed dates and fractional months', () => {
    expect(() => addMonthsClamped('2020-3-5', 1)).toThrow(RangeError);
    expect(() => addMonthsClamped('2021-02-29', 1)).toThrow(RangeError);
    expect(() => addMonthsClamped('2020-03-05', 1.5)).toThrow(RangeError);
  });

  it('keeps the day unless the target month is shorter, then gives its last day', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -600, max: 600 }), ({ d, iso }, n) => {
        const out = addMonthsClamped(iso, n);
        expect(isIsoDate(out)).toBe(true);
        const [oy, om, od] = out.split('-').map(Number) as [number, number, number];
        expect(od).toBe(Math.min(d, daysInMonth(oy, om)));
        const [y0, m0] = iso.split('-').map(Number) as [number, number];
        expect(oy * 12 + om - (y0 * 12 + m0)).toBe(n);
      }),
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2021-01-01', -1, '2020-12-31'],
    ['2020-03-05', 365, '2021-03-05'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
  ])('%s %+d days → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('agrees with UTC Date arithmetic and undoes itself', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -40000, max: 40000 }), ({ y, m, d, iso }, n) => {
        const expected = new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
        expect(addDays(iso, n)).toBe(expected);
        expect(addDays(addDays(iso, n), -n)).toBe(iso);
      }),
    );
  });
});

describe('compareDates', () => {
  it('orders dates and refuses non-ISO strings that would sort wrongly', () => {
    expect(compareDates('2020-03-05', '2020-03-05')).toBe(0);
    expect(compareDates('2020-03-05', '2020-10-01')).toBe(-1);
    expect(compareDates('2021-01-01', '2020-12-31')).toBe(1);
    expect(() => compareDates('2020-3-5', '2020-10-01')).toThrow(RangeError);
  });

  it('is antisymmetric and matches day order', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        expect(compareDates(a.iso, b.iso)).toBe(-compareDates(b.iso, a.iso));
        const diff = Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d);
        expect(compareDates(a.iso, b.iso)).toBe(Math.sign(diff));
      }),
    );
  });
});

describe('ageOn and yearsBetween', () => {
  it.each([
    ['2000-03-05', '2018-03-04', 17],
    ['2000-03-05', '2018-03-05', 18], // a birthday on the day counts
    ['2000-03-05', '2018-12-31', 18],
    // 29 February birthdays come of age on 28 February in common years (same clamp as addMonthsClamped)
    ['2008-02-29', '2026-02-27', 17],
    ['2008-02-29', '2026-02-28', 18],
    ['2008-02-29', '2028-02-28', 19],
    ['2008-02-29', '2028-02-29', 20],
    ['1949-10-01', '2026-11-05', 77],
    ['2020-03-05', '2020-03-05', 0],
  ])('born %s, on %s → %d', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
    expect(yearsBetween(birth, on)).toBe(age);
  });

  it('counts 党龄 in full years from the 转正 date', () => {
    expect(yearsBetween('2021-07-01', '2026-06-30')).toBe(4);
    expect(yearsBetween('2021-07-01', '2026-07-01')).toBe(5);
  });

  it('yearsBetween is negative backwards; ageOn refuses a day before birth', () => {
    expect(yearsBetween('2026-07-01', '2021-07-01')).toBe(-5);
    expect(() => ageOn('2000-03-05', '1999-01-01')).toThrow(RangeError);
  });

  it('agrees with addMonthsClamped: N full years exactly when from + 12N months has been reached', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        const [from, to] = a.iso <= b.iso ? [a.iso, b.iso] : [b.iso, a.iso];
        const n = yearsBetween(from, to);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(compareDates(addMonthsClamped(from, 12 * n), to)).toBeLessThanOrEqual(0);
        expect(compareDates(addMonthsClamped(from, 12 * (n + 1)), to)).toBe(1);
      }),
    );
  });
});

describe('formatChineseDate', () => {
  it.each([
    ['2026-11-05', '2026年11月5日'],
    ['2020-01-01', '2020年1月1日'],
    ['1949-10-01', '1949年10月1日'],
    ['2026-11', '2026年11月'],
  ])('%s → %s', (input, expected) => {
    expect(formatChineseDate(input)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => formatChineseDate('2026-13')).toThrow(RangeError);
    expect(() => formatChineseDate('2026/11/05')).toThrow(RangeError);
  });

  it('round-trips through parseLooseDate', () => {
    fc.assert(
      fc.property(arbDate, ({ iso }) => {
        expect(parseLooseDate(formatChineseDate(iso))).toEqual(day(iso));
      }),
    );
  });
});

describe('todayIso', () => {
  it('uses the local calendar day of the given moment', () => {
    expect(todayIso(new Date(2026, 10, 5, 23, 59))).toBe('2026-11-05');
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});
