import { describe, expect, it } from 'vitest';
import { ageBand, educationGroup, ethnicityBucket, genderBucket, joinBand } from './bands';

describe('ageBand', () => {
  it('counts a birthday on the last day of the period', () => {
    expect(ageBand('1995-09-30', '2026-09-30')).toBe('31-35');
    expect(ageBand('1995-10-01', '2026-09-30')).toBe('upTo30');
    expect(ageBand('1965-09-30', '2026-09-30')).toBe('61plus');
    expect(ageBand('1965-10-01', '2026-09-30')).toBe('56-60');
    expect(ageBand(null, '2026-09-30')).toBe('unknown');
    // Born after the end: a broken record, placed nowhere so that validation names it.
    expect(ageBand('2027-01-01', '2026-09-30')).toBeNull();
  });
});

describe('joinBand', () => {
  it('puts each boundary day in the later band', () => {
    const cases: [string, string][] = [
      ['1949-09-30', 'beforePRC'],
      ['1949-10-01', 'toThirdPlenum'],
      ['1978-12-17', 'toThirdPlenum'],
      ['1978-12-18', 'toEighteenth'],
      ['2012-11-07', 'toEighteenth'],
      ['2012-11-08', 'sinceEighteenth'],
    ];
    for (const [date, band] of cases) expect({ date, band: joinBand(date, '2026-12-31') }).toEqual({ date, band });
    expect(joinBand(null, '2026-12-31')).toBe('unknown');
    expect(joinBand('2027-01-01', '2026-12-31')).toBeNull();
  });
});

describe('code buckets', () => {
  it('groups 学历 by the code table and refuses codes outside it', () => {
    expect(['11', '14', '21', '31', '41', '47', '61', '71', '81', '90'].map(educationGroup)).toEqual([
      'postgraduate', 'postgraduate', 'bachelor', 'college', 'secondary', 'secondary', 'highSchool', 'juniorOrBelow', 'juniorOrBelow', 'juniorOrBelow',
    ]);
    expect(educationGroup('99')).toBeNull();
    expect(educationGroup(null)).toBe('unknown');
  });

  it('splits 民族 and 性别 into the statistics buckets', () => {
    expect(['01', '05', '56', '97', null, '77'].map(ethnicityBucket)).toEqual(['han', 'minority', 'minority', 'other', 'unknown', null]);
    expect(['1', '2', '0', '9', '', 'x'].map(genderBucket)).toEqual(['1', '2', 'unknown', 'unknown', 'unknown', null]);
  });
});
