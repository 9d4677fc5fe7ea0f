import { describe, expect, it } from 'vitest';
import { applyRate, formatYuan } from './money';
import { monthlyDue, profileProblems, type DuesProfileBasis } from './monthly-due';
import { duesRulesFor, parseDuesRules } from './rules';
import rulesFile from './rules/dues-2008.json' with { type: 'json' };

const rate = (category: DuesProfileBasis['category'], baseFen: number): DuesProfileBasis => ({ category, baseFen, fixedFen: null, reduction: 'none', approvalRef: null });
const fixed = (category: DuesProfileBasis['category'], fixedFen: number | null = null): DuesProfileBasis => ({ category, baseFen: null, fixedFen, reduction: 'none', approvalRef: null });

describe('applyRate', () => {
  it.each([
    [100_100, 50, 501], // 1001.00 × 0.5% = 5.005 → 5.01: a half rounds up
    [100_099, 50, 500], // 1000.99 × 0.5% = 5.00495 → 5.00
    [456_789, 100, 4_568], // 4567.89 × 1% = 45.6789 → 45.68
    [123_450, 50, 617], // 1234.50 × 0.5% = 6.1725 → 6.17
    [0, 200, 0],
  ])('%i fen at %i bp is %i fen', (base, bp, due) => {
    expect(applyRate(base, bp)).toBe(due);
  });

  it('refuses fractions of a fen', () => {
    expect(() => applyRate(10.5, 50)).toThrow(RangeError);
  });
});

describe('monthlyDue', () => {
  // Each bracket's upper bound is inclusive (3000以下（含3000元）); one fen more is the next bracket.
  it.each([
    ['employed', 300_000, 50, 1_500],
    ['employed', 300_001, 100, 3_000],
    ['employed', 500_000, 100, 5_000],
    ['employed', 500_001, 150, 7_500],
    ['employed', 1_000_000, 150, 15_000],
    ['employed', 1_000_001, 200, 20_000],
    ['annual-salary', 300_000, 50, 1_500],
    ['annual-salary', 300_001, 100, 3_000],
    ['annual-salary', 1_000_000, 150, 15_000],
    ['annual-salary', 1_000_001, 200, 20_000],
    ['self-employed', 500_000, 100, 5_000],
    ['self-employed', 500_001, 150, 7_500],
    ['self-employed', 1_000_001, 200, 20_000],
    ['retired', 300_001, 50, 1_500],
    ['retired', 500_000, 50, 2_500],
    ['retired', 500_001, 100, 5_000],
    ['retired', 1_000_001, 100, 10_000],
  ] as const)('%s on %i fen: %i bp, %i fen', (category, base, bp, due) => {
    const r = monthlyDue(rate(category, base), '2026-03');
    expect(r).toMatchObject({ dueFen: due, rateBasisPoints: bp, rulesVersion: '2008' });
  });

  it.each([
    ['student', 20],
    ['unemployed', 20],
    ['relief', 20],
    ['subsistence', 20],
    ['mobile-no-income', 50],
  ] as const)('%s pays a fixed %i fen', (category, due) => {
    expect(monthlyDue(fixed(category), '2026-03')).toMatchObject({ dueFen: due, standardLabel: `${due / 100}元/月` });
  });

  it('charges a farmer the amount the branch set, and cites the article', () => {
    expect(monthlyDue(fixed('farmer', 50), '2026-03')).toMatchObject({ dueFen: 50, citation: '中组发〔2008〕3号 第六条（每月0.2元至1元，由党组织在此范围内确定）' });
    expect(monthlyDue(rate('employed', 400_000), '2026-03').citation).toBe('中组发〔2008〕3号 第一条、第二条');
  });

  it('cites a local rule as local, not as the national document', () => {
    expect(monthlyDue(fixed('mobile-no-income'), '2026-03').citation).toMatch(/^地方实施办法/);
  });

  it('applies a reduction or an exemption, keeping the standard for reference', () => {
    const reduced = { ...rate('employed', 400_000), reduction: 'reduced' as const, fixedFen: 1_000, approvalRef: '机关党委〔2026〕3号' };
    expect(monthlyDue(reduced, '2026-03')).toMatchObject({ dueFen: 1_000, standardFen: 4_000, standardLabel: '少交', citation: '中组发〔2008〕3号 第七条' });
    const exempt = { ...fixed('student'), reduction: 'exempt' as const, approvalRef: '批复1号' };
    expect(monthlyDue(exempt, '2026-03')).toMatchObject({ dueFen: 0, standardFen: 20, standardLabel: '免交' });
  });

  it('has no rules before April 2008', () => {
    expect(() => monthlyDue(fixed('student'), '2008-03')).toThrow(RangeError);
    expect(monthlyDue(fixed('student'), '2008-04').dueFen).toBe(20);
  });
});

describe('profileProblems', () => {
  const codes = (p: DuesProfileBasis, month = '2026-01') => profileProblems(p, month).map((i) => i.code);

  it.each([
    [19, ['FIXED_OUT_OF_RANGE']],
    [20, []],
    [100, []],
    [101, ['FIXED_OUT_OF_RANGE']],
    [null, ['FIXED_REQUIRED']],
  ])('a farmer amount of %s fen → %j', (fen, expected) => {
    expect(codes(fixed('farmer', fen))).toEqual(expected);
  });

  it('asks for a base where the rate needs one and refuses one where it does not', () => {
    expect(codes(fixed('employed'))).toEqual(['BASE_REQUIRED']);
    expect(codes({ ...fixed('student'), baseFen: 100_000 })).toEqual(['BASE_NOT_USED']);
    expect(codes(fixed('student', 30))).toEqual(['FIXED_NOT_USED']);
  });

  it('requires an approval for a reduction, and the reduced amount below the standard', () => {
    expect(codes({ ...rate('employed', 400_000), reduction: 'reduced', fixedFen: 1_000 })).toEqual(['APPROVAL_REQUIRED']);
    expect(codes({ ...rate('employed', 400_000), reduction: 'reduced', fixedFen: 4_000, approvalRef: 'x' })).toEqual(['REDUCED_NOT_LOWER']);
    expect(codes({ ...rate('employed', 400_000), reduction: 'reduced', approvalRef: 'x' })).toEqual(['REDUCED_AMOUNT_REQUIRED']);
    expect(codes({ ...fixed('student'), reduction: 'exempt' })).toEqual(['APPROVAL_REQUIRED']);
    expect(codes({ ...fixed('student'), reduction: 'exempt', approvalRef: 'x' })).toEqual([]);
  });

  it('refuses a month before the rules', () => {
    expect(codes(fixed('student'), '2007-12')).toEqual(['NO_RULES_FOR_MONTH']);
  });
});

describe('duesRulesFor', () => {
  it('reads the bundled rules and keeps revisions as versions', () => {
    expect(duesRulesFor('2026-01')).toMatchObject({ version: '2008', effectiveFrom: '2008-04-06' });
    const revised = structuredClone(rulesFile);
    const v2 = structuredClone(revised.versions[0]!);
    Object.assign(v2, { version: '2030', effectiveFrom: '2030-01-01' });
    revised.versions.push(v2);
    expect(parseDuesRules(revised).map((v) => v.version)).toEqual(['2008', '2030']);
  });

  it('refuses a rules file with a bracket out of order', () => {
    const broken = structuredClone(rulesFile);
    broken.versions[0]!.scales[0]!.brackets[1]!.upToFen = 100;
    expect(() => parseDuesRules(broken)).toThrow();
  });
});

describe('formatYuan', () => {
  it.each([
    [1230, '12.30'],
    [20, '0.20'],
    [5, '0.05'],
    [-150, '-1.50'],
  ])('%i fen → %s', (fen, text) => expect(formatYuan(fen)).toBe(text));
});
