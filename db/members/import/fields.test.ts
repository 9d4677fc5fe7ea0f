import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_SPECS, IMPORT_FIELDS, matchHeader, normaliseHeader } from './fields';

describe('normaliseHeader', () => {
  it.each([
    ['姓  名', '姓名'],
    ['性　别', '性别'],
    ['公民身份\n号码', '公民身份号码'],
    ['入党时间：', '入党时间'],
    ['出生日期（年月日）', '出生日期'],
    ['*身份证号', '身份证号'],
    ['手机号码(必填)*', '手机号码'],
  ])('%j → %j', (written, expected) => {
    expect(normaliseHeader(written)).toBe(expected);
  });
});

describe('matchHeader', () => {
  it('gives every header name of the table to exactly one field', () => {
    const seen = new Map<string, string>();
    for (const field of IMPORT_FIELDS) {
      for (const header of FIELD_SPECS[field].headers) {
        expect(seen.get(normaliseHeader(header)), header).toBeUndefined();
        seen.set(normaliseHeader(header), field);
        expect(matchHeader(header)).toEqual({ kind: 'field', field });
      }
    }
  });

  it('knows the columns that fill no field, and says nothing of the rest', () => {
    expect(matchHeader('序 号')).toEqual({ kind: 'unused' });
    expect(matchHeader('原行号')).toEqual({ kind: 'unused' });
    expect(matchHeader('联系手机')).toEqual({ kind: 'unknown' });
  });
});

describe('docs/IMPORT.md', () => {
  it('lists every header name the import recognises', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/IMPORT.md'), 'utf8');
    for (const field of IMPORT_FIELDS) {
      for (const header of FIELD_SPECS[field].headers) expect(doc, header).toContain(header);
    }
  });
});
