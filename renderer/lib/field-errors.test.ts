import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../api/types';
import { makeTranslator } from '../i18n/translate';
import { BRANCH_FIELDS, draftToInput } from './branch-fields';
import { describeIssue, mapIssuesToFields, mapIssuesToTargets } from './field-errors';
import { ADDITION_FIELDS, MEMBER_FIELDS } from './member-fields';

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

describe('mapIssuesToTargets with coded member issues', () => {
  const targets = [
    { prefix: ['fields'], specs: MEMBER_FIELDS },
    { prefix: ['addition'], specs: ADDITION_FIELDS, formPath: ['addition'] },
  ];
  const messages = (issues: Parameters<typeof mapIssuesToTargets>[0], values: unknown = {}) =>
    Object.fromEntries(mapIssuesToTargets(issues, targets, values, t).fields.map((f) => [f.name.join('.'), f.errors[0]]));

  it('words a date-order problem with the earlier field and its date, in Chinese', () => {
    const issues = [{ path: ['fields', 'fullDate'], code: 'DATE_ORDER', message: 'x', params: { earlier: '入党日期', earlierDate: '2012-01-01' } }];
    expect(messages(issues)).toEqual({ fullDate: '转正日期不能早于入党日期（2012年1月1日）。' });
  });

  it('says what the ID number shows when birth date or gender disagree', () => {
    const issues = [
      { path: ['fields', 'birthDate'], code: 'ID_MISMATCH', message: 'x', params: { fromId: '1985-03-12' } },
      { path: ['fields', 'gender'], code: 'ID_MISMATCH', message: 'x', params: { fromId: '2' } },
    ];
    expect(messages(issues)).toEqual({
      birthDate: '出生日期与身份证号不一致：身份证号中为1985年3月12日。',
      gender: '性别与身份证号不一致：身份证号显示为女。',
    });
  });

  it('names the member who already has the ID number, and the earliest 转正 date', () => {
    const issues: FieldIssue[] = [
      { path: ['fields', 'idNumber'], code: 'DUPLICATE_ID_NUMBER', message: 'x', params: { name: '张伟', code: 'ZB-0001-00004' } },
      { path: ['fields', 'fullDate'], code: 'PROBATION_TOO_SHORT', message: 'x', params: { earliest: '2011-07-01' } },
    ];
    const m = messages(issues);
    expect(m.idNumber).toContain('张伟（编号 ZB-0001-00004）');
    expect(m.fullDate).toBe('预备期为一年，最早 2011年7月1日 才能转正。');
  });

  it('puts addition issues under the nested form fields and keeps plain schema issues worded from the value', () => {
    const issues = [
      { path: ['addition', 'date'], message: 'date must be YYYY-MM-DD' },
      { path: ['fields', 'name'], message: 'Too small' },
    ];
    expect(messages(issues, { name: '', addition: { date: '' } })).toEqual({ 'addition.date': '请选择增加日期。', name: '请填写姓名。' });
  });

  it('has a special wording for a missing gender and returns issues for no field', () => {
    const issues = [
      { path: ['fields', 'gender'], code: 'REQUIRED', message: 'x' },
      { path: ['kind'], code: 'ALREADY_ON_ROSTER', message: 'x' },
    ];
    const mapped = mapIssuesToTargets(issues, targets, {}, t);
    expect(mapped.fields[0]?.errors[0]).toBe('请选择性别，或填写身份证号（性别会自动填好）。');
    expect(mapped.unmatched).toHaveLength(1);
    expect(describeIssue(t, mapped.unmatched[0]!, '')).toBe('这名党员已经在册，不需要再转入或恢复。');
  });

  it('has a wording in both languages for every coded issue the member backend sends', () => {
    const codes = ['ID_EMPTY', 'ID_BAD_LENGTH', 'ID_BAD_CHARACTERS', 'ID_BAD_CHECKSUM', 'ID_BAD_BIRTH_DATE', 'ID_BIRTH_IN_FUTURE', 'ID_BAD_REGION', 'ID_MISMATCH', 'REQUIRED', 'UNKNOWN_CODE', 'DATE_IN_FUTURE', 'DATE_ORDER', 'PROBATION_TOO_SHORT', 'UNDER_18', 'DUPLICATE_ID_NUMBER', 'DEVELOP_DATE_IS_JOIN_DATE', 'ALREADY_ON_ROSTER', 'NOT_ON_ROSTER', 'EVENT_BEFORE_LAST', 'ALREADY_FULL', 'NOT_PROBATIONARY', 'ONE_SECRETARY'];
    const en = makeTranslator('en');
    for (const code of codes) {
      expect(describeIssue(t, { code }, '字段'), code).toMatch(/\p{Script=Han}/u);
      expect(describeIssue(en, { code }, 'Field'), code).not.toBeNull();
    }
  });
});
