import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from './chinese-dates';
import {
  crossCheckId,
  ID_MISMATCH_MESSAGES_ZH,
  ID_PROBLEM_MESSAGES_ZH,
  idCheckCharacter,
  type IdProblem,
  parseIdNumber,
  type ParsedId,
  VALID_PROVINCE_PREFIXES,
} from './id-number';

const TODAY = { today: '2026-11-05' };
/** Completes 17 digits with their check character. */
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

// GB 11643-1999's own examples: a woman born 1949-12-31 in 北京朝阳, a man born 1880-01-01 in 广东.
const GB_WOMAN = '11010519491231002X';
const GB_MAN = '440524188001010014';

describe('idCheckCharacter (ISO 7064 MOD 11-2)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['11010119900307803', withCheck('11010119900307803').slice(-1)],
  ])('%s → %s', (first17, check) => {
    expect(idCheckCharacter(first17)).toBe(check);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idCheckCharacter('1101051949123100')).toThrow(RangeError);
  });
});

describe('parseIdNumber: accepted forms', () => {
  const woman: ParsedId = {
    id18: GB_WOMAN,
    birthDate: '1949-12-31',
    gender: '2',
    regionCode: '110105',
    upgradedFrom15: false,
  };

  it.each([
    ['the standard form', GB_WOMAN],
    ['a lower-case x', '11010519491231002x'],
    ['full-width digits and Ｘ', '１１０１０５１９４９１２３１００２Ｘ'],
    ['full-width lower-case ｘ', '１１０１０５１９４９１２３１００２ｘ'],
    ['surrounding spaces', '  11010519491231002X  '],
    ['ideographic spaces', '\u300011010519491231002X\u3000'],
    ['spaces inside, grouped as on the card', '110105 19491231 002X'],
    ['a tab and a non-breaking space', '110105\t19491231\u00A0002X'],
    ['an Excel text apostrophe', "'11010519491231002X"],
    ['a zero-width space from a web page', '\u200B11010519491231002X'],
  ])('%s', (_label, raw) => {
    expect(parseIdNumber(raw, TODAY)).toEqual({ ok: true, value: woman });
  });

  it('reads a man from an odd sequence digit', () => {
    expect(parseIdNumber(GB_MAN, TODAY)).toEqual({
      ok: true,
      value: { id18: GB_MAN, birthDate: '1880-01-01', gender: '1', regionCode: '440524', upgradedFrom15: false },
    });
  });

  it.each([
    ['110105491231002', GB_WOMAN, '1949-12-31', '2'],
    ['11010 5491231 002', GB_WOMAN, '1949-12-31', '2'],
    // 15-digit numbers were issued to people born in the 1900s: the upgrade always inserts 19.
    ['440524800101001', withCheck('44052419800101001'), '1980-01-01', '1'],
  ])('upgrades the 15-digit %s to %s', (raw, id18, birthDate, gender) => {
    expect(parseIdNumber(raw, TODAY)).toEqual({
      ok: true,
      value: { id18, birthDate, gender, regionCode: id18.slice(0, 6), upgradedFrom15: true },
    });
  });

  it.each([
    ['81', '810000'],
    ['82', '820000'],
    ['83', '830000'],
    ['71', '710000'],
    ['65', '650102'],
    ['46', '460100'],
  ])('accepts the %s prefix (e.g. %s)', (_prefix, region) => {
    const id = withCheck(`${region}19920130002`);
    const r = parseIdNumber(id, TODAY);
    expect(r.ok && r.value.regionCode).toBe(region);
  });

  it('accepts a birth on the given today, and uses the computer date when none is given', () => {
    expect(parseIdNumber(withCheck('11010520261105001'), TODAY).ok).toBe(true);
    expect(parseIdNumber(GB_WOMAN).ok).toBe(true);
  });
});

describe('parseIdNumber: refused, with the reason', () => {
  const wrongCheck = `${GB_WOMAN.slice(0, 17)}5`;
  it.each<[string, string, IdProblem]>([
    ['empty', '', 'EMPTY'],
    ['only spaces', ' \u3000 ', 'EMPTY'],
    ['17 digits', '11010519491231002', 'BAD_LENGTH'],
    ['19 characters', '11010519491231002X1', 'BAD_LENGTH'],
    ['16 digits', '1101051949123100', 'BAD_LENGTH'],
    ['X inside the number', '1101051949123X002X', 'BAD_CHARACTERS'],
    ['X at the end of a 15-digit number', '11010549123100X', 'BAD_CHARACTERS'],
    ['a hyphen', '110105-19491231-002X', 'BAD_CHARACTERS'],
    ['Excel scientific notation', '1.10105E+17', 'BAD_CHARACTERS'],
    ['Chinese text', '身份证11010519491231002X', 'BAD_CHARACTERS'],
    ['a wrong check character', wrongCheck, 'BAD_CHECKSUM'],
    ['Excel rounding the tail to 000', '110105194912310000', 'BAD_CHECKSUM'],
    ['two digits swapped', '11010519491231020X', 'BAD_CHECKSUM'],
    ['29 February in a common year', withCheck('11010520210229001'), 'BAD_BIRTH_DATE'],
    ['month 13', withCheck('11010519901301001'), 'BAD_BIRTH_DATE'],
    ['day 00', withCheck('11010519900100001'), 'BAD_BIRTH_DATE'],
    ['born before 1880', withCheck('11010518791231001'), 'BAD_BIRTH_DATE'],
    ['15 digits with 31 April', '110105490431002', 'BAD_BIRTH_DATE'],
    ['born after today', withCheck('11010520261106001'), 'BIRTH_IN_FUTURE'],
    ['prefix 00', withCheck('00010519491231002'), 'BAD_REGION'],
    ['prefix 16', withCheck('16010519491231002'), 'BAD_REGION'],
    ['prefix 47', withCheck('47010519491231002'), 'BAD_REGION'],
    ['prefix 66', withCheck('66010519491231002'), 'BAD_REGION'],
    ['prefix 84', withCheck('84000019491231002'), 'BAD_REGION'],
    ['a foreigner permanent-residence number (9x)', withCheck('93311019900101001'), 'BAD_REGION'],
  ])('%s → %s', (_label, raw, reason) => {
    expect(parseIdNumber(raw, TODAY)).toEqual({ ok: false, reason });
  });
});

/** A valid 18-digit number from arbitrary parts. */
const arbId = fc
  .record({
    prefix: fc.constantFrom(...VALID_PROVINCE_PREFIXES),
    county: fc.integer({ min: 0, max: 9999 }),
    y: fc.integer({ min: 1900, max: 2025 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ prefix, county, y, m, d, seq }) => {
    const birth = `${y}${String(m).padStart(2, '0')}${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`;
    return withCheck(`${prefix}${String(county).padStart(4, '0')}${birth}${String(seq).padStart(3, '0')}`);
  });

describe('parseIdNumber: properties', () => {
  it('accepts every well-formed number and returns it unchanged, with birth date and gender from its digits', () => {
    fc.assert(
      fc.property(arbId, (id) => {
        const r = parseIdNumber(id, TODAY);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.id18).toBe(id);
        expect(r.value.birthDate.replace(/-/g, '')).toBe(id.slice(6, 14));
        expect(r.value.gender).toBe(Number(id[16]) % 2 === 1 ? '1' : '2');
      }),
    );
  });

  it('catches every single mistyped digit', () => {
    fc.assert(
      fc.property(arbId, fc.nat(17), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const chars = [...id];
        const old = chars[pos] === 'X' ? 10 : Number(chars[pos]);
        const next = (old + delta) % (pos === 17 ? 11 : 10);
        chars[pos] = next === 10 ? 'X' : String(next);
        fc.pre(chars.join('') !== id);
        expect(parseIdNumber(chars.join(''), TODAY).ok).toBe(false);
      }),
    );
  });

  it('catches every swap of two neighbouring different digits', () => {
    fc.assert(
      fc.property(arbId, fc.nat(16), (id, pos) => {
        const chars = [...id];
        fc.pre(chars[pos] !== chars[pos + 1] && chars[pos + 1] !== 'X');
        [chars[pos], chars[pos + 1]] = [chars[pos + 1] ?? '', chars[pos] ?? ''];
        expect(parseIdNumber(chars.join(''), TODAY).ok).toBe(false);
      }),
    );
  });

  it('upgrades 15-digit numbers to the 18-digit number with the same person in it', () => {
    fc.assert(
      fc.property(arbId, (id) => {
        fc.pre(id.slice(6, 8) === '19');
        const id15 = id.slice(0, 6) + id.slice(8, 17);
        const r = parseIdNumber(id15, TODAY);
        expect(r).toEqual({ ok: true, value: { ...(parseIdNumber(id, TODAY) as { value: ParsedId }).value, upgradedFrom15: true } });
      }),
    );
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), (s) => {
        const r = parseIdNumber(s, TODAY);
        if (!r.ok) expect(Object.keys(ID_PROBLEM_MESSAGES_ZH)).toContain(r.reason);
      }),
    );
  });
});

describe('crossCheckId', () => {
  const parsed = (parseIdNumber(GB_WOMAN, TODAY) as { ok: true; value: ParsedId }).value;

  it.each<[string, { birthDate?: string; gender?: string }, string[]]>([
    ['nothing typed', {}, []],
    ['both agree', { birthDate: '1949-12-31', gender: '2' }, []],
    ['agree in loose forms', { birthDate: '1949年12月31日', gender: '女' }, []],
    ['gender written 女性', { gender: '女性' }, []],
    ['a month-only birth date that agrees', { birthDate: '1949.12' }, []],
    ['birth date differs', { birthDate: '1950-01-01' }, ['birthDate']],
    ['month-only birth date differs', { birthDate: '1949年11月' }, ['birthDate']],
    ['gender differs', { gender: '1' }, ['gender']],
    ['gender differs, written 男', { gender: '男' }, ['gender']],
    ['gender 未说明 contradicts a known gender', { gender: '9' }, ['gender']],
    ['both differ', { birthDate: '1949-12-30', gender: '男' }, ['birthDate', 'gender']],
    ['unreadable values are left to their own checks', { birthDate: '不详', gender: '?' }, []],
    ['empty strings are nothing typed', { birthDate: '', gender: ' ' }, []],
  ])('%s', (_label, typed, expected) => {
    expect(crossCheckId(parsed, typed)).toEqual(expected);
  });

  it('compares an Excel birth date cell as well', () => {
    expect(crossCheckId(parsed, { birthDate: new Date(Date.UTC(1949, 11, 31)) })).toEqual([]);
  });
});

describe('Chinese messages', () => {
  it.each(Object.entries(ID_PROBLEM_MESSAGES_ZH))('%s says what is wrong and what to do', (_reason, message) => {
    // "what is wrong：what to do" – a colon separates the two halves.
    expect(message).toMatch(/^[^：]+：.*请/);
  });

  it('says the checksum message the secretary will see most', () => {
    expect(ID_PROBLEM_MESSAGES_ZH.BAD_CHECKSUM).toContain('校验位不对：请核对最后一位');
  });

  it('has a message for each mismatch', () => {
    expect(Object.keys(ID_MISMATCH_MESSAGES_ZH).sort()).toEqual(['birthDate', 'gender']);
  });
});
