import { describe, expect, it } from 'vitest';
import { columnLetter as backendColumnLetter } from '../../db/members/import/layout';
import { columnLetter, fileRefusal, MAX_IMPORT_BYTES, withOverride } from './import-file';

describe('fileRefusal', () => {
  it('accepts Excel and CSV files up to 20 MB', () => {
    expect(fileRefusal({ name: '名册.xlsx', size: 1000 })).toBeNull();
    expect(fileRefusal({ name: 'OLD.XLS', size: MAX_IMPORT_BYTES })).toBeNull();
    expect(fileRefusal({ name: 'roster.csv', size: 10 })).toBeNull();
  });

  it('refuses a larger file with its size, another type, and an empty file', () => {
    expect(fileRefusal({ name: 'big.xlsx', size: 25 * 1024 * 1024 })).toEqual({ code: 'tooLarge', sizeMb: 25 });
    expect(fileRefusal({ name: 'photo.jpg', size: 10 })?.code).toBe('wrongType');
    expect(fileRefusal({ name: 'empty.csv', size: 0 })?.code).toBe('empty');
  });
});

describe('columnLetter', () => {
  it('names columns as Excel does, like the backend', () => {
    for (const c of [0, 1, 25, 26, 27, 51, 52, 701, 702]) expect(columnLetter(c)).toBe(backendColumnLetter(c));
    expect([columnLetter(0), columnLetter(25), columnLetter(26)]).toEqual(['A', 'Z', 'AA']);
  });
});

describe('withOverride', () => {
  it('replaces the choice for a column and keeps the others in column order', () => {
    const once = withOverride([], 3, 'mobile');
    const twice = withOverride(withOverride(once, 1, 'ignore'), 3, 'landline');
    expect(twice).toEqual([
      { column: 1, field: 'ignore' },
      { column: 3, field: 'landline' },
    ]);
  });
});
