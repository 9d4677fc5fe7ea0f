import { GRADES, type Grade, type Tally } from '../api/schemas/appraisal';

/**
 * The arithmetic of 民主评议 (DOMAIN.md §7), pure: counts per verdict, the 优秀 share and the
 * printed tally and ballot forms. The yearly report takes its numbers from verdictCountsForYear.
 */
export const GRADE_ZH: Readonly<Record<Grade, string>> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' };

export type VerdictCounts = Record<Grade | 'pending', number>;

export function countVerdicts(verdicts: (string | null)[]): VerdictCounts {
  const counts: VerdictCounts = { excellent: 0, qualified: 0, basic: 0, unqualified: 0, pending: 0 };
  for (const v of verdicts) counts[(GRADES as readonly string[]).includes(v ?? '') ? (v as Grade) : 'pending'] += 1;
  return counts;
}

/** Per-verdict counts of one year from result rows of any years (for the yearly report). */
export function verdictCountsForYear(rows: readonly { year: number; verdict: string | null }[], year: number): VerdictCounts {
  return countVerdicts(rows.filter((r) => r.year === year).map((r) => r.verdict));
}

export function tallyTotal(t: Tally): number {
  return t.excellent + t.qualified + t.basic + t.unqualified;
}

/**
 * The most 优秀 allowed. 33 is read as one third, the way the rule is worded (“一般不超过
 * 三分之一”) and the column's default: 9 members allow 3, where 33% of 9 would allow only 2.
 */
export function maxExcellent(total: number, percent: number): number {
  return percent === 33 ? Math.floor(total / 3) : Math.floor((total * percent) / 100);
}

export function capText(percent: number): string {
  return percent === 33 ? '三分之一' : `${percent}%`;
}

export interface CapCheck {
  percent: number;
  max: number;
  count: number;
  over: number;
}

export function checkCap(counts: VerdictCounts, total: number, percent: number): CapCheck {
  const max = maxExcellent(total, percent);
  return { percent, max, count: counts.excellent, over: Math.max(0, counts.excellent - max) };
}

/** A warning, not a refusal: the cap is local practice (地方规定) and “一般”. */
export function capWarnings(cap: CapCheck, total: number) {
  if (cap.over === 0) return [];
  return [
    {
      code: 'EXCELLENT_OVER_CAP',
      message: `评定为优秀的${cap.count}名，超过参评党员${total}名的${capText(cap.percent)}（最多${cap.max}名），超出${cap.over}名`,
      params: { count: cap.count, total, max: cap.max, over: cap.over, percent: cap.percent },
    },
  ];
}

export interface TallyLine {
  name: string;
  selfGrade: Grade | null;
  peer: Tally | null;
  ballots: Tally | null;
  verdict: Grade | null;
  feedbackOn: string | null;
}

const cells = (t: Tally | null) => GRADES.map((g) => (t ? String(t[g]) : ''));

export function tallyTable(year: number, lines: TallyLine[]) {
  const zh = (g: Grade | null) => (g ? GRADE_ZH[g] : '');
  return {
    title: `${year}年度民主评议党员结果汇总表`,
    columns: ['序号', '姓名', '自评', ...GRADES.map((g) => `互评·${GRADE_ZH[g]}`), ...GRADES.map((g) => `测评·${GRADE_ZH[g]}`), '组织评定', '反馈日期'],
    rows: lines.map((l, i) => [String(i + 1), l.name, zh(l.selfGrade), ...cells(l.peer), ...cells(l.ballots), zh(l.verdict), l.feedbackOn ?? '']),
  };
}

/** The blank 测评表: members × grades with a box to tick. */
export function ballotForm(year: number, names: string[], percent: number) {
  return {
    title: `${year}年度民主评议党员测评表`,
    instructions: [
      '请在每名党员对应的等次栏内划“√”，每人只选一个等次。',
      `评为“优秀”的一般不超过参评党员总数的${capText(percent)}。`,
      '本表不记名填写。',
    ],
    columns: ['序号', '姓名', ...GRADES.map((g) => GRADE_ZH[g])],
    rows: names.map((n, i) => [String(i + 1), n, ...GRADES.map(() => '□')]),
  };
}
