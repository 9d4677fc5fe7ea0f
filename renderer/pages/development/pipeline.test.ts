import { describe, expect, it } from 'vitest';
import {
  applicantFieldsOf,
  canAdmit,
  canCancel,
  canConvert,
  canRecord,
  countReminders,
  defaultNoticeStart,
  groupByStage,
  peopleInput,
  rulesById,
  splitNames,
  unverifiedRules,
  type ApplicantDetail,
  type ApplicantRow,
  type StepDef,
  type StepRecord,
  type TimelineRow,
} from './pipeline';

function row(code: string, name: string, stage: ApplicantRow['stage'], due: string | null = null, overdue = false): ApplicantRow {
  return {
    code,
    name,
    gender: '1',
    stage,
    memberCode: null,
    applicationDate: '2024-03-04',
    lastStep: null,
    next: null,
    nextDeadline: due ? { rule: 'r', severity: 'soft', step: 'talk', stepNumber: 2, stepName: '谈话', due, earliest: null, articles: '细则第七条', message: '', provisional: false } : null,
    overdue,
    violations: 0,
  };
}

let id = 1;
function rec(step: string, extra: Partial<StepRecord> = {}): StepRecord {
  return { id: id++, step, number: 0, name: step, date: '2025-01-01', people: [], data: null, notes: null, cancelled: false, recordedAt: '', recordedBy: '', ...extra };
}

const step = (key: string, extra: Partial<StepDef> = {}): StepDef => ({ key, phase: 1, number: 1, name: key, repeatable: false, round: false, people: null, documents: [], ...extra });

type Detail = Pick<ApplicantDetail, 'steps' | 'probation' | 'stage' | 'memberCode'>;
const detail = (steps: StepRecord[], extra: Partial<Detail> = {}): Detail => ({ steps, probation: null, stage: 'candidate', memberCode: null, ...extra });
const probation = (extensions: { date: string; months: number }[] = []) => ({ start: '2025-06-20', baseEnd: '2026-06-20', end: '2026-06-20', extensions, outcome: null, outcomeDate: null });

describe('groupByStage', () => {
  it('puts people in their phase column, overdue first, then by due date and name', () => {
    const { columns, finished } = groupByStage([
      row('a', '乙', 'applicant', '2024-05-01'),
      row('b', '甲', 'applicant', '2024-04-01'),
      row('c', '丙', 'applicant', '2024-06-01', true),
      row('d', '丁', 'probationary'),
      row('e', '戊', 'full'),
      row('f', '己', 'cancelled'),
    ]);
    expect(columns.applicant.map((r) => r.code)).toEqual(['c', 'b', 'a']);
    expect(columns.activist).toEqual([]);
    expect(columns.probationary.map((r) => r.code)).toEqual(['d']);
    expect(finished.map((r) => r.code).sort()).toEqual(['e', 'f']);
  });
});

describe('what a step offers', () => {
  it('records a plain step once; a cancelled record frees it again', () => {
    const talk = step('talk');
    expect(canRecord(talk, detail([]))).toBe(true);
    expect(canRecord(talk, detail([rec('talk')]))).toBe(false);
    expect(canRecord(talk, detail([rec('talk', { cancelled: true })]))).toBe(true);
  });

  it('records a repeatable step any number of times, and a 转正-round step once per round', () => {
    expect(canRecord(step('cultivation', { repeatable: true }), detail([rec('cultivation'), rec('cultivation')]))).toBe(true);
    const approval = step('conversion-approval', { round: true });
    expect(canRecord(approval, detail([rec('conversion-approval')], { probation: probation() }))).toBe(false);
    expect(canRecord(approval, detail([rec('conversion-approval')], { probation: probation([{ date: '2026-06-25', months: 6 }]) }))).toBe(true);
  });

  it('never records the 转正 meeting directly (the 转正 form does), nor anything after a cancellation', () => {
    expect(canRecord(step('conversion-meeting', { round: true }), detail([]))).toBe(false);
    expect(canRecord(step('archive'), detail([], { stage: 'cancelled' }))).toBe(false);
  });

  it('cancels a record unless the roster was built from it', () => {
    expect(canCancel(rec('branch-meeting'), { memberCode: null })).toBe(true);
    expect(canCancel(rec('branch-meeting'), { memberCode: 'ZB-0001-00003' })).toBe(false);
    expect(canCancel(rec('oath'), { memberCode: 'ZB-0001-00003' })).toBe(true);
    expect(canCancel(rec('oath', { cancelled: true }), { memberCode: null })).toBe(false);
  });

  it('offers admission after the 支部大会 and the 审批, and 转正 to a 预备党员', () => {
    expect(canAdmit(detail([rec('branch-meeting')]))).toBe(false);
    expect(canAdmit(detail([rec('branch-meeting'), rec('approval')]))).toBe(true);
    expect(canAdmit(detail([rec('branch-meeting'), rec('approval')], { memberCode: 'M1' }))).toBe(false);
    expect(canConvert({ memberCode: 'M1', stage: 'probationary' })).toBe(true);
    expect(canConvert({ memberCode: 'M1', stage: 'full' })).toBe(false);
  });
});

describe('people of a step', () => {
  it('splits typed names on 、，, and spaces', () => {
    expect(splitNames('李书记、王组织员， 张三 ,赵四')).toEqual(['李书记', '王组织员', '张三', '赵四']);
    expect(splitNames('  ')).toEqual([]);
  });

  it('skips blank pickers and remembers which slot each person came from', () => {
    expect(peopleInput({ members: [null, 'M2', 'M3'], names: '李书记' })).toEqual({
      people: [{ memberCode: 'M2' }, { memberCode: 'M3' }, { name: '李书记' }],
      slotOf: [1, 2, -1],
    });
  });
});

describe('odds and ends', () => {
  it('starts the 公示 where the 预审 record says, else on the given day', () => {
    expect(defaultNoticeStart({ notice: { start: '2025-06-09', from: '2025-06-09', to: '2025-06-13', days: 5, provisional: false } }, '2026-01-01')).toBe('2025-06-09');
    expect(defaultNoticeStart({ notice: null }, '2026-01-01')).toBe('2026-01-01');
  });

  it('indexes the rules by id and finds the ones whose article is 待核', () => {
    const rule = (rid: string, verified: boolean) => ({ id: rid, summary: rid, severity: 'soft' as const, articles: verified ? '细则第七条' : '细则第三十四条（条号待核）', verified });
    const rows = [{ ruleList: [rule('a', true)] }, { ruleList: [rule('b', false), rule('a', true)] }] as unknown as TimelineRow[];
    expect([...rulesById(rows).keys()]).toEqual(['a', 'b']);
    expect(unverifiedRules(rows).map((r) => r.id)).toEqual(['b']);
  });

  it('counts reminders by kind', () => {
    expect(countReminders([{ kind: 'overdue' }, { kind: 'due-soon' }, { kind: 'due-soon' }])).toEqual({ overdue: 1, dueSoon: 2 });
  });

  it('cuts the member draft down to the applicant contract', () => {
    expect(applicantFieldsOf({ name: ' 张三 ', gender: '1', idNumber: '', mobile: '139', groupCode: 'G1', lostContact: true })).toEqual({
      name: '张三',
      gender: '1',
      idNumber: null,
      birthDate: null,
      ethnicity: null,
      education: null,
      occupation: null,
      mobile: '139',
      notes: null,
    });
  });
});
