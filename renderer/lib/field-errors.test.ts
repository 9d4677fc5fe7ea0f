import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../i18n/translate';
import { BRANCH_FIELDS, draftToInput } from './branch-fields';
import { mapIssuesToFields } from './field-errors';

const t = makeTranslator('zh-CN');

describe('mapIssuesToFields', () => {
  it('puts a plain Chinese message under each field named by an issue, by what the user typed', () => {
    const values = { name: '', code: 'zb 01!', kind: undefined, secretaryName: 'x'.repeat(41) };
    const issues = [
      { path: ['branch', 'name'], message: 'Too small' },
      { path: ['branch', 'code'], message: 'org code: 2–32 letters' },
      { path: ['branch', 'kind'], message: 'Invalid option' },
      { path: ['branch', 'secretaryName'], message: 'Too big' },
    ];
    const { fields, unmatched } = mapIssuesToFields(issues, ['branch'], BRANCH_FIELDS, values, t);
    expect(unmatched).toEqual([]);
    expect(Object.fromEntries(fields.map((f) => [f.name, f.errors[0]]))).toEqual({
      name: '请填写党组织全称。',
      code: '组织编码只能用字母、数字和短横线，2–32 位，以字母或数字开头。',
      kind: '请选择组织类型。',
      secretaryName: '书记太长了：最多 40 个字，请删减。',
    });
  });

  it('gives one message per field even when zod reports several issues for it', () => {
    const issues = [
      { path: ['name'], message: 'a' },
      { path: ['name'], message: 'b' },
    ];
    expect(mapIssuesToFields(issues, [], BRANCH_FIELDS, {}, t).fields).toHaveLength(1);
  });

  it('returns issues that name no field on the form, so they are not lost', () => {
    const issues = [{ path: ['passphrase'], message: 'x' }];
    const mapped = mapIssuesToFields(issues, ['branch'], BRANCH_FIELDS, {}, t);
    expect(mapped.fields).toEqual([]);
    expect(mapped.unmatched).toEqual(issues);
  });
});

describe('draftToInput', () => {
  it('sends blanks as they are (for the backend to report) but leaves out blank optional fields', () => {
    const input = draftToInput({ name: '中共某某支部委员会', contactPhone: '  ' });
    expect(input.name).toBe('中共某某支部委员会');
    expect(input.code).toBe('');
    expect(input.contactPhone).toBeUndefined();
  });
});
