import { describe, expect, it } from 'vitest';
import { formatYuan as backendFormatYuan } from '../../db/dues/money';
import { MAX_FEN, formatYuan, parseYuan } from './money';

describe('formatYuan', () => {
  it('shows fen as 元 with two decimals, like the backend’s register', () => {
    expect(formatYuan(1230)).toBe('12.30');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(-120)).toBe('-1.20');
    for (const fen of [0, 1, 9, 10, 99, 100, 4_568, 146_248, MAX_FEN, -7]) expect(formatYuan(fen), String(fen)).toBe(backendFormatYuan(fen));
  });

  it('refuses anything but whole fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });
});

describe('parseYuan', () => {
  const fen = (s: string) => {
    const r = parseYuan(s);
    return r.ok ? r.fen : r.problem;
  };

  it('reads 元 as typed, exactly to the fen', () => {
    expect(fen('12.3')).toBe(1230);
    expect(fen('12')).toBe(1200);
    expect(fen('12.30')).toBe(1230);
    expect(fen('12.300')).toBe(1230);
    expect(fen('0.29')).toBe(29);
    expect(fen('.5')).toBe(50);
    expect(fen('12.')).toBe(1200);
    expect(fen('0')).toBe(0);
    expect(fen(' 45.68 ')).toBe(4568);
    expect(fen('1,234.50')).toBe(123_450);
    expect(fen('¥12.30')).toBe(1230);
    expect(fen('12.30元')).toBe(1230);
    expect(fen('１２．３')).toBe(1230);
    expect(fen('100000000')).toBe(MAX_FEN);
  });

  it('refuses what is not an amount, with the reason', () => {
    expect(fen('12.345')).toBe('decimals');
    expect(fen('0.001')).toBe('decimals');
    expect(fen('')).toBe('empty');
    expect(fen('  ')).toBe('empty');
    expect(fen('-5')).toBe('negative');
    expect(fen('－5')).toBe('negative');
    expect(fen('abc')).toBe('format');
    expect(fen('1e3')).toBe('format');
    expect(fen('12.3.4')).toBe('format');
    expect(fen('1,2')).toBe('format');
    expect(fen('.')).toBe('format');
    expect(fen('100000000.01')).toBe('too-large');
    expect(fen('99999999999999999999')).toBe('too-large');
  });
});
