import { describe, expect, it } from 'vitest';
import { chineseDate, lowerSmallNumber, upperDays, upperMoney, upperNumber, upperYearMonth } from './chinese-numerals';

describe('chineseDate', () => {
  it.each([
    ['2026-11-25', '二〇二六年十一月二十五日'],
    ['2026-11', '二〇二六年十一月'],
    ['2020-01-01', '二〇二〇年一月一日'],
    ['2008-10-10', '二〇〇八年十月十日'],
    ['2031-12-31', '二〇三一年十二月三十一日'],
    ['2026-02-20', '二〇二六年二月二十日'],
  ])('%s → %s', (date, text) => expect(chineseDate(date)).toBe(text));

  it('refuses what is not a date', () => {
    expect(() => chineseDate('2026-13-01')).toThrow(RangeError);
    expect(() => chineseDate('26-1-1')).toThrow(RangeError);
  });
});

describe('lowerSmallNumber', () => {
  it.each([
    [0, '〇'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [99, '九十九'],
  ])('%i → %s', (n, text) => expect(lowerSmallNumber(n)).toBe(text));
});

describe('upperDays', () => {
  it.each([
    [10, '壹拾'],
    [15, '壹拾伍'],
    [30, '叁拾'],
    [90, '玖拾'],
    [7, '柒'],
    [45, '肆拾伍'],
  ])('有效期 %i 天 → %s', (days, text) => expect(upperDays(days)).toBe(text));
});

describe('upperNumber', () => {
  it.each([
    [0, '零'],
    [100, '壹佰'],
    [101, '壹佰零壹'],
    [110, '壹佰壹拾'],
    [1005, '壹仟零伍'],
    [1050, '壹仟零伍拾'],
    [1500, '壹仟伍佰'],
    [10_000, '壹万'],
    [10_001, '壹万零壹'],
    [100_010, '壹拾万零壹拾'],
    [1_010_000, '壹佰零壹万'],
    [100_001_000, '壹亿零壹仟'],
    [120_000_000, '壹亿贰仟万'],
  ])('%i → %s', (n, text) => expect(upperNumber(n)).toBe(text));
});

describe('upperYearMonth', () => {
  it.each([
    ['2026-11', '贰零贰陆', '壹拾壹'],
    ['2025-01', '贰零贰伍', '壹'],
    ['2030-10', '贰零叁零', '壹拾'],
  ])('党费已交到 %s → %s年%s月', (month, year, m) => expect(upperYearMonth(month)).toEqual({ year, month: m, text: `${year}年${m}月` }));
});

describe('upperMoney', () => {
  it.each([
    [1230, '壹拾贰元叁角整'],
    [20, '贰角整'],
    [10_005, '壹佰元零伍分'],
    [0, '零元整'],
    [5, '伍分'],
    [25, '贰角伍分'],
    [100, '壹元整'],
    [105, '壹元零伍分'],
    [1050, '壹拾元伍角整'],
    [2000, '贰拾元整'],
    [100_500, '壹仟零伍元整'],
    [105_000, '壹仟零伍拾元整'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [1_000_000, '壹万元整'],
    [10_001_000, '壹拾万零壹拾元整'],
    [100_000_000, '壹佰万元整'],
  ])('%i fen → %s', (fen, text) => expect(upperMoney(fen)).toBe(text));

  it('refuses fractions and negatives', () => {
    expect(() => upperMoney(1.5)).toThrow(RangeError);
    expect(() => upperMoney(-1)).toThrow(RangeError);
  });
});
