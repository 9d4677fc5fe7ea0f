import { describe, expect, it } from 'vitest';
import { estimateStrength, MIN_PASSPHRASE_CHARS } from './passphrase-strength';

describe('estimateStrength', () => {
  it('flags anything under the backend minimum as too short, whatever its variety', () => {
    const s = estimateStrength('Ab1!x');
    expect(s.tooShort).toBe(true);
    expect(s.score).toBe(0);
    expect(s.hints[0]).toBe('tooShort');
    expect(estimateStrength('a'.repeat(MIN_PASSPHRASE_CHARS)).tooShort).toBe(false);
  });

  it('counts characters as the backend does (code points after NFC), so Chinese counts one per character', () => {
    const s = estimateStrength('红旗渠精神2026');
    expect(s.length).toBe(9);
    expect(s.hanCount).toBe(5);
    expect(s.tooShort).toBe(false);
  });

  it('scores runs, repeats and keyboard rows as very weak and says why', () => {
    expect(estimateStrength('12345678')).toMatchObject({ score: 0 });
    expect(estimateStrength('12345678').hints).toContain('avoidSequences');
    expect(estimateStrength('aaaaaaaa').hints).toContain('avoidRepeats');
    expect(estimateStrength('aaaaaaaa').score).toBe(0);
    expect(estimateStrength('qwertyuiop').score).toBe(0);
    expect(estimateStrength('poiuytrewq').hints).toContain('avoidSequences');
  });

  it('recognises common passwords and slogans, also inside a longer string', () => {
    expect(estimateStrength('password').hints).toContain('avoidCommon');
    expect(estimateStrength('Password2026').score).toBeLessThanOrEqual(1);
    expect(estimateStrength('不忘初心牢记使命').hints).toContain('avoidCommon');
    expect(estimateStrength('不忘初心牢记使命').score).toBeLessThanOrEqual(1);
  });

  it('takes credit away for years and dates', () => {
    const withYear = estimateStrength('kfmtzq2026');
    const withoutYear = estimateStrength('kfmtzq7391');
    expect(withYear.hints).toContain('avoidDates');
    expect(withYear.bits).toBeLessThan(withoutYear.bits);
    expect(estimateStrength('19800514').score).toBe(0);
  });

  it('credits Chinese characters more than letters of the same count', () => {
    expect(estimateStrength('门前两棵枣树开花').bits).toBeGreaterThan(estimateStrength('mqlkzskh').bits);
  });

  it('rates a long sentence-like passphrase as strong', () => {
    expect(estimateStrength('我家门前有两棵树，一棵是枣树').score).toBe(4);
    expect(estimateStrength('Correct-Horse-Battery-Staple-9').score).toBe(4);
  });

  it('is monotone in the obvious way: appending unrelated characters never lowers the estimate', () => {
    const base = estimateStrength('红旗渠精神2026');
    expect(estimateStrength('红旗渠精神2026太行山').bits).toBeGreaterThan(base.bits);
  });

  it('suggests variety and length for a single-class, middling passphrase', () => {
    const s = estimateStrength('kfmtzqwb');
    expect(s.hints).toContain('addVariety');
    expect(s.hints).toContain('longer');
  });

  it('handles the empty string', () => {
    expect(estimateStrength('')).toMatchObject({ score: 0, bits: 0, length: 0, tooShort: true });
  });
});
