/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd for men, even for women) and an ISO 7064 MOD 11-2 check character. The 18-digit number
 * is the primary key of a member in the national system, so it is stored upgraded and upper-cased.
 */
import { findCodeByName } from '../codes';
import { compareDates, isIsoDate, parseLooseDate, todayIso } from './chinese-dates';

export type IdProblem =
  | 'EMPTY'
  | 'BAD_LENGTH'
  | 'BAD_CHARACTERS'
  | 'BAD_CHECKSUM'
  | 'BAD_BIRTH_DATE'
  | 'BIRTH_IN_FUTURE'
  | 'BAD_REGION';

export interface ParsedId {
  id18: string;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  /** GB/T 2261.1: '1' 男, '2' 女, from the parity of the sequence code. */
  gender: '1' | '2';
  /** The 6-digit address code where the number was first issued (not where the person lives). */
  regionCode: string;
  upgradedFrom15: boolean;
}

export type IdParseResult = { ok: true; value: ParsedId } | { ok: false; reason: IdProblem };

/** What is wrong and what to do, in words a branch secretary uses. */
export const ID_PROBLEM_MESSAGES_ZH: Readonly<Record<IdProblem, string>> = {
  EMPTY: '没有填写身份证号：请填写18位公民身份号码。',
  BAD_LENGTH: '位数不对：身份证号应为18位（老身份证为15位），请检查是否漏填或多填了数字。',
  BAD_CHARACTERS:
    '含有不该有的字符：身份证号只能是数字，最后一位可以是X。请删去字母、符号或汉字；如果显示成1.1E+17这样，是Excel把号码当成了数字，请把这一列设为“文本”后重新录入。',
  BAD_CHECKSUM:
    '校验位不对：请核对最后一位，通常是抄错了一位数字或前后两位颠倒；如果最后几位变成了000，是Excel把号码当成了数字，请把这一列设为“文本”后重新录入。',
  BAD_BIRTH_DATE: '号码中的出生日期不存在：第7到14位应是出生年月日（如19900305），请核对这几位数字。',
  BIRTH_IN_FUTURE: '号码中的出生日期晚于今天：请核对第7到14位的出生年月日。',
  BAD_REGION: '开头两位不是有效的省份代码：请核对前两位数字（如北京为11、广东为44）。',
};

/**
 * Province-level prefixes of GB/T 2260 as they occur in real numbers:
 * 11–15 华北, 21–23 东北, 31–37 华东, 41–46 中南, 50–54 西南, 61–65 西北;
 * 71 台湾 (listed in GB/T 2260; mainland-issued numbers for people from Taiwan normally carry
 * the local county code instead, but the code is valid);
 * 81 香港, 82 澳门, 83 台湾: the address codes of 港澳台居民居住证 (issued since 2018, full codes
 * 810000, 820000 and 830000), whose holders also have a 公民身份号码-format number.
 * Only the prefix is checked: county codes are renamed and merged over the years, and a number
 * keeps the code it was issued under, so a full 6-digit check would refuse valid old numbers.
 * The 9x numbers of the 2023 外国人永久居留身份证 are refused: their holders are not citizens.
 */
export const VALID_PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  ...range(11, 15), ...range(21, 23), ...range(31, 37), ...range(41, 46), ...range(50, 54), ...range(61, 65),
  '71', '81', '82', '83',
]);

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/**
 * The oldest birth year accepted. The 18-digit numbers of 1999 were issued to people alive then,
 * the oldest born in the 1880s; GB 11643's own example (440524188001010014) is born in 1880.
 */
export const MIN_ID_BIRTH_YEAR = 1880;

// ISO 7064 MOD 11-2 weights 2^(17-i) mod 11, and the check character for each remainder.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('the check character needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Cleans what was typed or pasted: full-width digits and Ｘ (NFKC), x, spaces anywhere (also
 * U+3000 and the zero-width ones that come with text copied from web pages), and Excel's leading
 * apostrophe that forces a cell to text.
 */
function clean(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/^['‘’]/, '')
    .toUpperCase();
}

export interface ParseIdOptions {
  /** 'YYYY-MM-DD'; the birth date may not be after it. Defaults to today on this computer. */
  today?: string;
}

export function parseIdNumber(raw: string, opts: ParseIdOptions = {}): IdParseResult {
  const id = clean(raw);
  if (id === '') return fail('EMPTY');
  if (!/^[0-9X]+$/.test(id)) return fail('BAD_CHARACTERS');
  if (id.length !== 18 && id.length !== 15) return fail('BAD_LENGTH');
  // X is a check character only: it may stand last in an 18-character number and nowhere else.
  if (!/^\d+X?$/.test(id) || (id.length === 15 && id.endsWith('X'))) return fail('BAD_CHARACTERS');

  const upgraded = id.length === 15;
  // Legacy numbers wrote the year with two digits; all of them were issued to people born in
  // the 1900s (people born from 2000 got 18-digit numbers), so the upgrade inserts '19'.
  const first17 = upgraded ? `${id.slice(0, 6)}19${id.slice(6, 15)}` : id.slice(0, 17);

  if (!VALID_PROVINCE_PREFIXES.has(first17.slice(0, 2))) return fail('BAD_REGION');

  const birthDate = `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || Number(first17.slice(6, 10)) < MIN_ID_BIRTH_YEAR) return fail('BAD_BIRTH_DATE');
  const today = opts.today ?? todayIso();
  if (compareDates(birthDate, today) > 0) return fail('BIRTH_IN_FUTURE');

  const check = idCheckCharacter(first17);
  if (!upgraded && id[17] !== check) return fail('BAD_CHECKSUM');

  return {
    ok: true,
    value: {
      id18: first17 + check,
      birthDate,
      gender: Number(first17[16]) % 2 === 1 ? '1' : '2',
      regionCode: first17.slice(0, 6),
      upgradedFrom15: upgraded,
    },
  };
}

function fail(reason: IdProblem): IdParseResult {
  return { ok: false, reason };
}

/** A field typed on the form or in the sheet that disagrees with what the ID number says. */
export type IdMismatch = 'birthDate' | 'gender';

export const ID_MISMATCH_MESSAGES_ZH: Readonly<Record<IdMismatch, string>> = {
  birthDate: '出生日期与身份证号不一致：请核对出生日期或身份证号第7到14位，以人事档案为准。',
  gender: '性别与身份证号不一致：身份证号第17位单数为男、双数为女，请核对性别或身份证号。',
};

/**
 * Which typed fields contradict the ID number. Empty or unreadable values are left to the
 * field's own validation, so the secretary sees one message per problem. A birth date known
 * only to the month ('1949-12', 1949年12月) is compared by month.
 */
export function crossCheckId(
  parsed: ParsedId,
  typed: { birthDate?: string | number | Date; gender?: string },
): IdMismatch[] {
  const mismatches: IdMismatch[] = [];
  if (typed.birthDate !== undefined && typed.birthDate !== '') {
    const date = parseLooseDate(typed.birthDate, { allowYearMonth: true });
    if (date.ok) {
      const fromId = date.precision === 'month' ? parsed.birthDate.slice(0, 7) : parsed.birthDate;
      if (date.value !== fromId) mismatches.push('birthDate');
    }
  }
  if (typed.gender !== undefined && typed.gender.trim() !== '') {
    const code = findCodeByName('gender', typed.gender);
    if (code !== undefined && code !== parsed.gender) mismatches.push('gender');
  }
  return mismatches;
}
