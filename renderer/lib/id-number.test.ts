import { describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../db/members/id-number';
import { cleanIdNumber, idCheckCharacter, idFacts, idMismatch } from './id-number';

const TODAY = '2026-06-01';

/** Builds a valid number from its first 17 digits. */
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

describe('idFacts', () => {
  it('reads birth date and gender from a valid number (GB 11643’s own example)', () => {
    expect(idFacts('11010519491231002X', TODAY)).toEqual({ birthDate: '1949-12-31', gender: '2' });
    expect(idFacts('440524188001010014', TODAY)).toEqual({ birthDate: '1880-01-01', gender: '1' });
  });

  it('accepts a lower-case x, full-width digits and spaces as people paste them', () => {
    expect(idFacts('11010519491231002x', TODAY)?.gender).toBe('2');
    expect(idFacts('１１０１０５ １９４９１２３１ ００２Ｘ', TODAY)?.birthDate).toBe('1949-12-31');
    expect(cleanIdNumber(' 1101 05x ')).toBe('110105X');
  });

  it('stays silent while the number is incomplete or wrong', () => {
    expect(idFacts('1101051949', TODAY)).toBeNull();
    expect(idFacts('110105194912310021', TODAY)).toBeNull(); // wrong check character
    expect(idFacts(withCheck('11010519490231002'), TODAY)).toBeNull(); // 31 February
    expect(idFacts(withCheck('11010520300101001'), TODAY)).toBeNull(); // born in the future
    expect(idFacts('1101051949123100X2', TODAY)).toBeNull(); // X not last
  });

  it('agrees with the backend parser on birth date and gender for every number it accepts', () => {
    const samples = ['11010519491231002X', '440524188001010014', withCheck('32010219850312152'), withCheck('51010720000229004')];
    for (const id of samples) {
      const backend = parseIdNumber(id, { today: TODAY });
      expect(backend.ok, id).toBe(true);
      if (backend.ok) expect(idFacts(id, TODAY)).toEqual({ birthDate: backend.value.birthDate, gender: backend.value.gender });
    }
  });

  it('rejects a wrong check character exactly as the backend does', () => {
    const good = withCheck('32010219850312152');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    expect(idFacts(bad, TODAY)).toBeNull();
    expect(parseIdNumber(bad, { today: TODAY })).toMatchObject({ ok: false, reason: 'BAD_CHECKSUM' });
  });
});

describe('idMismatch', () => {
  const facts = { birthDate: '1985-03-12', gender: '2' as const };
  it('names only the fields that were filled in and disagree', () => {
    expect(idMismatch(facts, '1985-03-12', '2')).toEqual({});
    expect(idMismatch(facts, '1985-03-13', '1')).toEqual({ birthDate: '1985-03-12', gender: '2' });
    expect(idMismatch(facts, null, undefined)).toEqual({});
    expect(idMismatch(null, '2000-01-01', '1')).toEqual({});
  });
});
