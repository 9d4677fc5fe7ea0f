/**
 * The statistical bands of the 党内统计公报 (DOMAIN.md §1.3, §6.3): age, 入党时间, 学历 groups,
 * 民族. Each classifier returns a bucket key, 'unknown' for a field left empty, or null for a
 * value that cannot be placed (a code outside its table, a date after the period's end): null
 * is what the breakdown-sum check reports by name.
 */
import { isValidCode } from '../codes';
import { ageOn, compareDates } from '../members/chinese-dates';
import type { Bucket } from './figures';

/** 周岁 on the period's last day: a birthday on that day already counts. */
export const AGE_BANDS: readonly (Bucket & { max: number })[] = [
  { key: 'upTo30', label: '30岁及以下', max: 30 },
  { key: '31-35', label: '31至35岁', max: 35 },
  { key: '36-40', label: '36至40岁', max: 40 },
  { key: '41-45', label: '41至45岁', max: 45 },
  { key: '46-50', label: '46至50岁', max: 50 },
  { key: '51-55', label: '51至55岁', max: 55 },
  { key: '56-60', label: '56至60岁', max: 60 },
  { key: '61plus', label: '61岁及以上', max: Number.POSITIVE_INFINITY },
];

export function ageAt(birthDate: string | null, date: string): number | null {
  if (!birthDate || compareDates(birthDate, date) > 0) return null;
  return ageOn(birthDate, date);
}

export function ageBand(birthDate: string | null, date: string): string | null {
  if (!birthDate) return 'unknown';
  const age = ageAt(birthDate, date);
  return age === null ? null : AGE_BANDS.find((b) => age <= b.max)!.key;
}

/**
 * 入党时间 bands by the join date (the 支部大会 that admitted the person). Each band starts on
 * the day its event began, and that day belongs to the later band:
 * - 1949-10-01 开国大典 (新中国成立);
 * - 1978-12-18 the opening of the 十一届三中全会 (in session 18–22 December 1978);
 * - 2012-11-08 the opening of the 党的十八大 (in session 8–14 November 2012).
 * The 公报 do not print a day-level convention; the opening day is BranchDesk's reading [?].
 */
export const JOIN_BANDS: readonly (Bucket & { from: string | null })[] = [
  { key: 'beforePRC', label: '新中国成立前', from: null },
  { key: 'toThirdPlenum', label: '新中国成立后至党的十一届三中全会前', from: '1949-10-01' },
  { key: 'toEighteenth', label: '党的十一届三中全会后至党的十八大前', from: '1978-12-18' },
  { key: 'sinceEighteenth', label: '党的十八大以来', from: '2012-11-08' },
];

export function joinBand(joinDate: string | null, periodEnd: string): string | null {
  if (!joinDate) return 'unknown';
  if (compareDates(joinDate, periodEnd) > 0) return null;
  return [...JOIN_BANDS].reverse().find((b) => b.from === null || compareDates(joinDate, b.from) >= 0)!.key;
}

/**
 * 学历 groups by the first digit of the GB/T 4658-2006 code in db/codes/education.json:
 * 1x 研究生, 2x 大学本科, 3x 大学专科, 4x 中专/职高/技校, 5x–6x 高中, 7x–9x 初中及以下
 * (90 其他 covers 小学以下). 大专及以上 is the first three groups.
 */
export const EDUCATION_GROUPS: readonly (Bucket & { digits: string })[] = [
  { key: 'postgraduate', label: '研究生', digits: '1' },
  { key: 'bachelor', label: '大学本科', digits: '2' },
  { key: 'college', label: '大学专科', digits: '3' },
  { key: 'secondary', label: '中专（职高、技校）', digits: '4' },
  { key: 'highSchool', label: '高中', digits: '56' },
  { key: 'juniorOrBelow', label: '初中及以下', digits: '789' },
];
export const COLLEGE_OR_ABOVE = new Set(['postgraduate', 'bachelor', 'college']);

export function educationGroup(code: string | null): string | null {
  if (!code) return 'unknown';
  if (!isValidCode('education', code)) return null;
  return EDUCATION_GROUPS.find((g) => g.digits.includes(code[0]!))?.key ?? null;
}

/** GB 3304: 01 汉族, 02–56 the other nationalities; 97/98 are the common additions (其他, 外国血统). */
export const ETHNICITY_BUCKETS: readonly Bucket[] = [
  { key: 'han', label: '汉族' },
  { key: 'minority', label: '少数民族' },
  { key: 'other', label: '其他（含外国血统中国籍人士）' },
  { key: 'unknown', label: '民族未填' },
];

export function ethnicityBucket(code: string | null): string | null {
  if (!code) return 'unknown';
  if (!isValidCode('ethnicity', code)) return null;
  if (code === '01') return 'han';
  return Number(code) <= 56 ? 'minority' : 'other';
}

export const GENDER_BUCKETS: readonly Bucket[] = [
  { key: '1', label: '男' },
  { key: '2', label: '女' },
  { key: 'unknown', label: '性别未填或未说明' },
];

export function genderBucket(code: string | null): string | null {
  if (code === '1' || code === '2') return code;
  if (!code || code === '0' || code === '9') return 'unknown';
  return null;
}
