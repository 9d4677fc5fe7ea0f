import { describe, expect, it } from 'vitest';
import education from '../../db/codes/education.json';
import ethnicity from '../../db/codes/ethnicity.json';
import gender from '../../db/codes/gender.json';
import lostContact from '../../db/codes/lost-contact.json';
import occupation from '../../db/codes/occupation.json';
import { CODE_TABLES, codeName, type CodeTableName } from './codes';

const BACKEND: Record<CodeTableName, { table: string; entries: { code: string; name: string }[] }> = {
  gender,
  ethnicity,
  education,
  occupation,
  'lost-contact': lostContact,
};

describe('renderer code tables', () => {
  it.each(Object.keys(CODE_TABLES) as CodeTableName[])('%s is an exact copy of db/codes (codes, names, order)', (name) => {
    const backend = BACKEND[name];
    expect(backend.table).toBe(name);
    expect(CODE_TABLES[name]).toEqual(backend.entries.map(({ code, name: n }) => ({ code, name: n })));
  });

  it('has the 56 standard ethnic groups and the two additions', () => {
    expect(CODE_TABLES.ethnicity).toHaveLength(58);
  });

  it('names a code, shows an unknown code as itself and a blank as nothing', () => {
    expect(codeName('ethnicity', '01')).toBe('汉族');
    expect(codeName('education', '99')).toBe('99');
    expect(codeName('occupation', null)).toBe('');
  });
});
