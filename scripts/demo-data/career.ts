/**
 * 人员类别 (occupation 01–08) and 学历 that fit a person's age: students are young, 离退休 are
 * 55 or older, a member born in 1940 rarely has a degree and one born in 1995 usually does.
 * Codes are those of db/codes (occupation.json, education.json).
 */
import { addDays, addMonthsClamped, ageOn } from '../../db/members/chinese-dates';
import { weightedTable, type Random, type WeightedTable } from './random';

export interface Career {
  occupation: string;
  education: string;
  degree: string | null;
  workStartDate: string | null;
}

/**
 * Working-age members by 人员类别, in per cent of those neither students nor retired, after
 * the 2023 公报 shares (工人 ≈ 7 %, 农牧渔民 ≈ 26 %, 专业技术 ≈ 16 %, 管理 ≈ 11 %, 党政机关 ≈ 8 %,
 * 其他 ≈ 9 %, with 学生 and 离退休 left out because they follow from age here).
 */
const WORKING = weightedTable([
  ['01', 7],
  ['02', 26],
  ['03', 16],
  ['04', 11],
  ['05', 9],
  ['07', 9],
] as const);

/** 流动 and 失联 members are mostly migrant workers and the self-employed. */
const MIGRANT = weightedTable([
  ['01', 30],
  ['02', 30],
  ['07', 30],
  ['04', 10],
] as const);

function studentShare(age: number): number {
  if (age <= 22) return 0.6;
  if (age <= 25) return 0.3;
  if (age <= 28) return 0.08;
  return 0;
}

/** 离退休 only from 55: women retire at 50 or 55 and men at 60 in the years these members did. */
function retiredShare(age: number): number {
  if (age < 55) return 0;
  if (age < 60) return 0.4;
  if (age < 65) return 0.75;
  return 0.9;
}

type EduWeights = Readonly<Record<string, number>>;

/** 学历 by birth cohort: 11 博士 14 硕士 21 本科 31 大专 41 中专 44 职高 47 技校 61 高中 71 初中 81 小学. */
const BY_COHORT: readonly [fromYear: number, weights: EduWeights][] = [
  [1990, { '61': 4, '41': 3, '31': 20, '21': 55, '14': 16, '11': 2 }],
  [1975, { '71': 5, '61': 8, '41': 6, '44': 2, '47': 2, '31': 22, '21': 45, '14': 9, '11': 1 }],
  [1960, { '71': 12, '61': 18, '41': 12, '31': 22, '21': 30, '14': 5, '11': 1 }],
  [1945, { '81': 10, '71': 25, '61': 25, '41': 15, '31': 12, '21': 12, '14': 1 }],
  [0, { '81': 25, '71': 25, '61': 20, '41': 15, '31': 8, '21': 7 }],
];

/** How much more or less likely each 学历 is in an occupation (missing = 1). */
const OCCUPATION_BIAS: Readonly<Record<string, EduWeights>> = {
  '01': { '71': 2, '61': 2, '41': 2, '44': 3, '47': 3, '21': 0.4, '14': 0.05, '11': 0 },
  '02': { '81': 3, '71': 3, '61': 2, '31': 0.4, '21': 0.15, '14': 0, '11': 0 },
  '03': { '81': 0, '71': 0.1, '61': 0.3, '41': 0.8, '31': 1.2, '21': 1.5, '14': 2.5, '11': 3 },
  '04': { '81': 0, '71': 0.3, '61': 0.6, '31': 1.2, '21': 1.4, '14': 1.5, '11': 0.5 },
  '05': { '81': 0, '71': 0.1, '61': 0.3, '41': 0.5, '21': 1.6, '14': 2 },
};

const tables = new Map<string, WeightedTable<string>>();

function educationTable(birthYear: number, occupation: string): WeightedTable<string> {
  const [fromYear, weights] = BY_COHORT.find(([y]) => birthYear >= y) ?? BY_COHORT[BY_COHORT.length - 1]!;
  const key = `${fromYear}:${occupation}`;
  let t = tables.get(key);
  if (!t) {
    const bias = OCCUPATION_BIAS[occupation] ?? {};
    t = weightedTable(Object.entries(weights).map(([code, w]) => [code, w * (bias[code] ?? 1)] as const));
    tables.set(key, t);
  }
  return t;
}

/** A student's 学历 is what they have finished: 高中 while at university, 本科 in a master's. */
function studentEducation(rng: Random, age: number): string {
  if (age <= 22) return rng.chance(0.85) ? '61' : '31';
  if (age <= 25) return rng.chance(0.7) ? '21' : '61';
  return rng.chance(0.7) ? '14' : '21';
}

const DEGREES: Readonly<Record<string, string>> = { '11': '博士', '14': '硕士', '21': '学士' };

/** Age at the first job by 学历 (years, inclusive range). */
const FIRST_JOB_AGE: Readonly<Record<string, readonly [number, number]>> = {
  '11': [28, 31],
  '14': [24, 27],
  '21': [22, 24],
  '31': [20, 22],
  '41': [18, 20],
  '44': [18, 20],
  '47': [18, 20],
  '61': [18, 21],
  '71': [15, 18],
  '81': [14, 17],
};

export function drawCareer(
  rng: Random,
  person: { birthDate: string; today: string; migrant?: boolean },
): Career {
  const age = ageOn(person.birthDate, person.today);
  const birthYear = Number(person.birthDate.slice(0, 4));
  let occupation: string;
  if (rng.chance(studentShare(age))) occupation = '06';
  else if (rng.chance(retiredShare(age))) occupation = '08';
  else if (age >= 60) occupation = rng.weighted([['02', 6], ['07', 3], ['01', 1]] as const);
  else occupation = rng.weighted(person.migrant ? MIGRANT : WORKING);

  const education = occupation === '06' ? studentEducation(rng, age) : rng.weighted(educationTable(birthYear, occupation));
  const degree = occupation === '06' ? null : (DEGREES[education] ?? null);
  let workStartDate: string | null = null;
  // Farmers rarely have a 参加工作日期 on file; students have none yet.
  if (occupation !== '06' && !(occupation === '02' && rng.chance(0.7))) {
    const [lo, hi] = FIRST_JOB_AGE[education] ?? [18, 22];
    const start = addDays(addMonthsClamped(person.birthDate, rng.int(lo, hi) * 12), rng.int(0, 300));
    if (start <= person.today) workStartDate = start;
  }
  return { occupation, education, degree: degree && rng.chance(0.9) ? degree : null, workStartDate };
}
