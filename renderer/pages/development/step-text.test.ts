import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../i18n/translate';
import { extraFieldsOf, recordDataParts, recordIssueField, recordKindLabel } from './step-text';

const t = makeTranslator('zh-CN');
const introducers = { people: { role: 'introducer' as const, label: '入党介绍人', min: 2, max: 2, fullMember: true } };
const talk = { people: { role: 'interviewer' as const, label: '谈话人', min: 1, max: 3, fullMember: false } };

describe('recordDataParts', () => {
  it('reads training, 公示 and votes in Chinese', () => {
    expect(recordDataParts(t, { days: 3, hours: 24 })).toEqual(['培训3天、24学时']);
    expect(recordDataParts(t, { hours: 24 })).toEqual(['培训24学时']);
    expect(recordDataParts(t, { noticeFrom: '2025-06-09', workingDays: 7 })).toEqual(['公示自2025年6月9日起7个工作日']);
    expect(recordDataParts(t, { noticeFrom: '2025-06-09' })).toEqual(['公示自2025年6月9日起']);
    expect(recordDataParts(t, { expected: 20, present: 18, yes: 18, no: 0, abstain: 0 })).toEqual(['应到20人', '实到18人', '赞成18票', '反对0票', '弃权0票']);
  });

  it('reads the 转正 outcome, and nothing for no data', () => {
    expect(recordDataParts(t, { outcome: 'extend', months: 6 })).toEqual(['延长预备期6个月']);
    expect(recordDataParts(t, { outcome: 'full' })).toEqual(['按期转正']);
    expect(recordDataParts(t, null)).toEqual([]);
  });

  it('names the kind of a repeatable record', () => {
    expect(recordKindLabel(t, { kind: 'thought-report' })).toBe('思想汇报');
    expect(recordKindLabel(t, null)).toBe('考察');
  });
});

describe('step forms', () => {
  it('knows which steps have their own fields', () => {
    expect(extraFieldsOf({ key: 'training' })).toBe('training');
    expect(extraFieldsOf({ key: 'pre-review' })).toBe('notice');
    expect(extraFieldsOf({ key: 'branch-meeting' })).toBe('votes');
    expect(extraFieldsOf({ key: 'talk' })).toBeNull();
  });

  it('puts each issue under the picker the person came from, a count problem under the first', () => {
    expect(recordIssueField(t, ['people', 1, 'memberCode'], introducers, [0, 1])).toEqual({ name: ['members', 1], label: '入党介绍人' });
    expect(recordIssueField(t, ['people'], introducers, [1])).toEqual({ name: ['members', 0], label: '入党介绍人' });
    expect(recordIssueField(t, ['people', 1], talk, [0, -1])).toEqual({ name: ['names'], label: '谈话人' });
    expect(recordIssueField(t, ['date'], talk, [])).toEqual({ name: ['date'], label: '日期' });
    expect(recordIssueField(t, ['data', 'days'], { people: null }, [])).toEqual({ name: ['days'], label: '培训天数' });
    expect(recordIssueField(t, ['step'], { people: null }, [])).toBeNull();
  });
});
