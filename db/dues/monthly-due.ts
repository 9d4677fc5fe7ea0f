import type { FieldIssue } from '../api/errors';
import { applyRate, formatRate } from './money';
import { compareMonths } from './months';
import { FIRST_RULES_MONTH, categoryRule, duesRulesFor, scaleOf, type DuesCategory, type DuesRules, type Reduction } from './rules';

/** A member's dues basis as the ledger keeps it (one row of dues_profiles). */
export interface DuesProfileBasis {
  category: DuesCategory;
  /** Monthly base in fen, for the categories reckoned by rate. */
  baseFen: number | null;
  /** The branch's amount for a farmer (0.2–1 元), or the reduced amount under a hardship reduction. */
  fixedFen: number | null;
  reduction: Reduction;
  approvalRef: string | null;
}

export interface MonthlyDue {
  dueFen: number;
  /** What the rules ask before a hardship reduction; null when the profile does not say (a reduced farmer). */
  standardFen: number | null;
  rateBasisPoints: number | null;
  /** '0.5%', '0.2元/月', '困难减免' … for the 登记表's 标准 column. */
  standardLabel: string;
  citation: string;
  rulesVersion: string;
}

function bracketRate(rules: DuesRules, scale: 'salary' | 'pension', baseFen: number): number {
  // Upper bounds are inclusive: exactly 3000.00 元 is still in the 0.5% bracket, 3000.01 is not.
  const bracket = scaleOf(rules, scale).brackets.find((b) => b.upToFen === null || baseFen <= b.upToFen);
  return bracket!.rateBasisPoints;
}

function cite(rules: DuesRules, article: string, local = false): string {
  // A local rule is cited as it stands; prefixing the national document would misattribute it.
  return local ? article : `${rules.short} ${article}`;
}

/** The standard before any reduction, from the category alone; null when it cannot be known. */
function standard(rules: DuesRules, p: DuesProfileBasis): { fen: number | null; bp: number | null; label: string; citation: string } {
  const rule = categoryRule(rules, p.category);
  const basis = rule.basis;
  const citation = cite(rules, rule.citation, rule.local);
  if (basis.kind === 'rate') {
    if (p.baseFen === null) return { fen: null, bp: null, label: '', citation };
    const bp = bracketRate(rules, basis.scale, p.baseFen);
    return { fen: applyRate(p.baseFen, bp), bp, label: formatRate(bp), citation };
  }
  if (basis.kind === 'fixed') return { fen: basis.fen, bp: null, label: `${basis.fen / 100}元/月`, citation };
  // A farmer's amount is the branch's choice within the range, kept in fixedFen unless reduced.
  const fen = p.reduction === 'reduced' ? null : p.fixedFen;
  return { fen, bp: null, label: fen === null ? '' : `${fen / 100}元/月`, citation };
}

/**
 * What a member owes for one month under the rules in force that month. The profile must
 * have passed `profileProblems`; a malformed one is a programming error and throws.
 */
export function monthlyDue(profile: DuesProfileBasis, month: string): MonthlyDue {
  const rules = duesRulesFor(month);
  const std = standard(rules, profile);
  const base = { standardFen: std.fen, rateBasisPoints: std.bp, rulesVersion: rules.version };
  if (profile.reduction === 'exempt') {
    return { ...base, dueFen: 0, standardLabel: '免交', citation: cite(rules, rules.reduction.citation) };
  }
  if (profile.reduction === 'reduced') {
    if (profile.fixedFen === null) throw new RangeError('a reduced profile needs its reduced amount');
    return { ...base, dueFen: profile.fixedFen, standardLabel: '少交', citation: cite(rules, rules.reduction.citation) };
  }
  if (std.fen === null) throw new RangeError(`profile for ${profile.category} lacks its base or amount`);
  return { ...base, dueFen: std.fen, standardLabel: std.label, citation: std.citation };
}

/**
 * Field problems of a profile starting in `fromMonth`, with paths as in the dues.setProfile
 * input. Codes: see db/api/contracts/dues.ts.
 */
export function profileProblems(p: DuesProfileBasis, fromMonth: string): FieldIssue[] {
  if (compareMonths(fromMonth, FIRST_RULES_MONTH) < 0) {
    return [{ path: ['fromMonth'], code: 'NO_RULES_FOR_MONTH', message: 'the 2008 rules are the earliest known', params: { first: FIRST_RULES_MONTH } }];
  }
  const rules = duesRulesFor(fromMonth);
  const basis = categoryRule(rules, p.category).basis;
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string, message: string, params?: Record<string, string | number>) =>
    issues.push({ path: [path], code, message, ...(params ? { params } : {}) });

  if (basis.kind === 'rate' && p.baseFen === null) add('baseFen', 'BASE_REQUIRED', 'this category is reckoned on a monthly base');
  if (basis.kind !== 'rate' && p.baseFen !== null) add('baseFen', 'BASE_NOT_USED', 'this category pays a fixed amount');
  if (p.reduction !== 'none' && !p.approvalRef) add('approvalRef', 'APPROVAL_REQUIRED', 'a reduction or exemption needs the 上一级党委 approval');

  if (p.reduction === 'exempt') {
    if (p.fixedFen !== null) add('fixedFen', 'FIXED_NOT_USED', 'an exempt member owes nothing');
  } else if (p.reduction === 'reduced') {
    if (p.fixedFen === null) add('fixedFen', 'REDUCED_AMOUNT_REQUIRED', 'the reduced monthly amount');
    else {
      // A reduced farmer has no standard left on the profile; the range's floor is the comparison.
      const std = basis.kind === 'range' ? basis.minFen : standard(rules, p).fen;
      if (std !== null && p.fixedFen >= std) add('fixedFen', 'REDUCED_NOT_LOWER', 'a reduction must be below the standard', { standardFen: std });
    }
  } else if (basis.kind === 'range') {
    if (p.fixedFen === null) add('fixedFen', 'FIXED_REQUIRED', 'the branch sets the amount within the range', { minFen: basis.minFen, maxFen: basis.maxFen });
    else if (p.fixedFen < basis.minFen || p.fixedFen > basis.maxFen) {
      add('fixedFen', 'FIXED_OUT_OF_RANGE', 'outside the range the rules allow', { minFen: basis.minFen, maxFen: basis.maxFen });
    }
  } else if (p.fixedFen !== null) {
    add('fixedFen', 'FIXED_NOT_USED', basis.kind === 'fixed' ? 'the amount is set by the rules' : 'the amount follows from the base');
  }
  return issues;
}
