import { describe, expect, it } from 'vitest';
import { checkNewRecord, evaluate, remindersOf, type EngineRecord } from './engine';
import { RULE_BOOK } from './rule-book';

const RULES = RULE_BOOK.active.find((v) => v.version === '2014')!;
const ADULT = '1990-05-01';

let nextId = 1;
function rec(step: string, date: string, data: Record<string, unknown> | null = null): EngineRecord {
  return { id: nextId++, step, date, data };
}

/** What recording `step` on `date` after `records` would newly break, as rule:code strings. */
function verdict(records: EngineRecord[], step: string, date: string, data: Record<string, unknown> | null = null, birthDate = ADULT) {
  const v = checkNewRecord({ birthDate, records, rules: RULES }, { step, date, data });
  return { hard: v.hard.map((x) => `${x.rule}:${x.code}`), soft: v.soft.map((x) => `${x.rule}:${x.code}`), all: [...v.hard, ...v.soft] };
}

describe('checkNewRecord: each rule at its edge', () => {
  it.each([
    // 第七条: talk within one month; the month clamps to its end (31 January → 28 February).
    ['talk, last allowed day (month end clamp)', [rec('application', '2026-01-31')], 'talk', '2026-02-28', [], []],
    ['talk, day before the limit', [rec('application', '2026-01-31')], 'talk', '2026-02-27', [], []],
    ['talk, day after the limit', [rec('application', '2026-01-31')], 'talk', '2026-03-01', [], ['talk-within:TOO_LATE']],
    // 第二十五条: approval due in three months (soft), never beyond six (hard).
    ['approval on the 3-month day', [rec('branch-meeting', '2025-11-30')], 'approval', '2026-02-28', [], []],
    ['approval a day after 3 months', [rec('branch-meeting', '2025-11-30')], 'approval', '2026-03-01', [], ['approval-due:TOO_LATE']],
    ['approval on the 6-month day', [rec('branch-meeting', '2025-11-30')], 'approval', '2026-05-30', [], ['approval-due:TOO_LATE']],
    ['approval a day after 6 months', [rec('branch-meeting', '2025-11-30')], 'approval', '2026-05-31', ['approval-limit:TOO_LATE'], ['approval-due:TOO_LATE']],
  ])('%s', (_label, records, step, date, hard, soft) => {
    const v = verdict([...records], step, date);
    expect(v.hard).toEqual(hard);
    expect(v.soft).toEqual(soft);
  });

  describe('第十三条: one year as 积极分子 before 发展对象', () => {
    const base = () => [rec('application', '2025-09-01'), rec('activist', '2026-03-01'), rec('cultivation', '2026-09-01')];
    it.each([
      ['2027-02-28', ['candidate-after-activist:TOO_EARLY']],
      ['2027-03-01', []],
      ['2027-03-02', []],
    ])('candidate on %s', (date, hard) => {
      expect(verdict(base(), 'candidate', date).hard).toEqual(hard);
    });

    it('says which rule, which article and the earliest day, in plain Chinese', () => {
      const v = verdict(base(), 'candidate', '2027-02-28').all[0]!;
      expect(v.message).toBe('确定发展对象距确定积极分子不足一年（细则第十三条），最早可在2027年3月1日');
      expect(v.params).toMatchObject({ rule: 'candidate-after-activist', article: '细则第十三条', earliest: '2027-03-01' });
    });

    it('a leap day plus twelve months is 28 February', () => {
      const records = [rec('application', '2023-09-01'), rec('activist', '2024-02-29'), rec('cultivation', '2024-08-29')];
      expect(verdict(records, 'candidate', '2025-02-27').hard).toEqual(['candidate-after-activist:TOO_EARLY']);
      expect(verdict(records, 'candidate', '2025-02-28').hard).toEqual([]);
    });

    it('needs the 积极分子 record at all', () => {
      expect(verdict([rec('application', '2025-01-01')], 'candidate', '2026-03-01').hard).toEqual(['candidate-needs-activist:PREREQUISITE_MISSING']);
    });
  });

  describe('第五条: 18 at application', () => {
    it.each([
      ['2008-03-01', '2026-02-28', ['min-age:UNDER_AGE']],
      ['2008-03-01', '2026-03-01', []],
      ['2008-03-01', '2026-03-02', []],
      ['2008-02-29', '2026-02-27', ['min-age:UNDER_AGE']],
      ['2008-02-29', '2026-02-28', []],
    ])('born %s, applying %s', (birth, date, hard) => {
      expect(verdict([], 'application', date, null, birth).hard).toEqual(hard);
    });
  });

  describe('第十七条: training ≥ 3 days or ≥ 24 学时', () => {
    it.each([
      [{ days: 2, hours: 23 }, ['training-length:TRAINING_TOO_SHORT']],
      [{ days: 3 }, []],
      [{ hours: 24 }, []],
      [{ hours: 23.5 }, ['training-length:TRAINING_TOO_SHORT']],
      [{}, ['training-length:TRAINING_LENGTH_MISSING']],
    ])('%o', (data, hard) => {
      expect(verdict([rec('application', '2024-01-01')], 'training', '2026-03-01', data).hard).toEqual(hard);
    });
  });

  describe('第十一条: a review every half year while 积极分子 (soft)', () => {
    const base = () => [rec('application', '2024-12-01'), rec('activist', '2025-01-10')];
    it.each([
      ['2025-07-10', []],
      ['2025-07-11', ['activist-review:REVIEW_GAP']],
    ])('first review on %s', (date, soft) => {
      const v = verdict(base(), 'cultivation', date);
      expect(v.hard).toEqual([]);
      expect(v.soft).toEqual(soft);
    });

    it('a 思想汇报 is not a review: it neither closes the gap nor moves the next review', () => {
      const report = rec('cultivation', '2025-06-01', { kind: 'thought-report' });
      expect(verdict([...base(), report], 'cultivation', '2025-07-11').soft).toEqual(['activist-review:REVIEW_GAP']);
      const ev = evaluate({ birthDate: ADULT, records: [...base(), report], rules: RULES });
      expect(ev.deadlines.find((d) => d.rule === 'activist-review')?.due).toBe('2025-07-10');
      const reviewed = evaluate({ birthDate: ADULT, records: [...base(), rec('cultivation', '2025-06-01', { kind: 'review' })], rules: RULES });
      expect(reviewed.deadlines.find((d) => d.rule === 'activist-review')?.due).toBe('2025-12-01');
    });
  });

  describe('the 预备期: one year from the 支部大会, 转正 not before (党章第七条、细则第三十二条)', () => {
    const admitted = () => [rec('application', '2022-06-01'), rec('branch-meeting', '2024-02-29'), rec('approval', '2024-04-01')];
    it.each([
      ['2025-02-27', ['probation-term:PROBATION_NOT_OVER']],
      ['2025-02-28', []],
      ['2025-03-01', []],
    ])('转正 meeting on %s', (date, hard) => {
      expect(verdict(admitted(), 'conversion-meeting', date, { outcome: 'full' }).hard).toEqual(hard);
    });

    it('取消预备党员资格 may be decided during the 预备期', () => {
      expect(verdict(admitted(), 'conversion-meeting', '2024-10-01', { outcome: 'cancel' }).hard).toEqual([]);
    });

    it.each([
      [6, []],
      [12, []],
      [5, ['probation-extension:EXTENSION_LENGTH']],
      [13, ['probation-extension:EXTENSION_LENGTH']],
    ])('an extension of %i months', (months, hard) => {
      expect(verdict(admitted(), 'conversion-meeting', '2025-03-01', { outcome: 'extend', months }).hard).toEqual(hard);
    });

    it('extends once only, and the second meeting waits for the extended end', () => {
      const records = [...admitted(), rec('conversion-meeting', '2025-03-01', { outcome: 'extend', months: 6 })];
      const ev = evaluate({ birthDate: ADULT, records, rules: RULES });
      expect(ev.probation).toMatchObject({ baseEnd: '2025-02-28', end: '2025-08-28' });
      expect(verdict(records, 'conversion-meeting', '2025-09-01', { outcome: 'extend', months: 6 }).hard).toEqual(['probation-extension:EXTENSION_REPEATED']);
      expect(verdict(records, 'conversion-meeting', '2025-08-27', { outcome: 'full' }).hard).toEqual(['probation-term:PROBATION_NOT_OVER']);
      expect(verdict(records, 'conversion-meeting', '2025-08-28', { outcome: 'full' }).hard).toEqual([]);
    });
  });

  describe('the order of the steps', () => {
    it('refuses a later step dated before an earlier one', () => {
      const v = verdict([rec('application', '2025-01-10')], 'talk', '2025-01-05');
      expect(v.hard).toEqual(['step-order:STEP_ORDER']);
      expect(v.all[0]!.message).toContain('党组织派人谈话（2025年1月5日）早于递交入党申请书（2025年1月10日）');
    });

    it('refuses an earlier step dated after a later one already recorded', () => {
      const records = [rec('application', '2024-01-10'), rec('activist', '2024-03-01'), rec('contacts', '2024-03-05')];
      expect(verdict(records, 'activist-filing', '2024-03-10').hard).toEqual(['step-order:STEP_ORDER']);
      expect(verdict(records, 'activist-filing', '2024-03-03').hard).toEqual([]);
    });

    it('does not blame a new record for problems already there', () => {
      const records = [rec('application', '2025-01-10'), rec('talk', '2025-01-05')];
      expect(verdict(records, 'activist', '2025-03-01').hard).toEqual([]);
    });

    it('refuses a review before the step it follows', () => {
      expect(verdict([rec('application', '2024-01-01'), rec('activist', '2024-05-01')], 'cultivation', '2024-04-01').hard).toEqual(['step-order:STEP_ORDER']);
    });
  });
});

describe('第十九条: the 志愿书 after a 公示 counted in working days', () => {
  const pre = (date: string, data: Record<string, unknown> | null = null) => [rec('application', '2023-01-01'), rec('pre-review', date, data)];

  it('counts across the 2026 春节 holiday and its 调休 Saturday', () => {
    // 12 Thu, 13 Fri, 14 Sat (调休上班), 15–23 holiday, 24 Tue, 25 Wed.
    const records = pre('2026-02-12');
    expect(evaluate({ birthDate: ADULT, records, rules: RULES }).notice).toMatchObject({ from: '2026-02-12', to: '2026-02-25', days: 5, provisional: false });
    const v = verdict(records, 'application-form', '2026-02-25');
    expect(v.hard).toEqual(['public-notice:NOTICE_NOT_OVER']);
    expect(v.all[0]!.message).toBe('填写入党志愿书应在公示期满之后（细则第十九条）：公示期2026年2月12日至2026年2月25日（5个工作日），最早可在2026年2月26日');
    expect(verdict(records, 'application-form', '2026-02-26').hard).toEqual([]);
  });

  it('takes a 公示 start and length from the pre-review record', () => {
    const records = pre('2025-09-24', { noticeFrom: '2025-09-26', workingDays: 3 });
    // 26 Fri, 27 Sat off, 28 Sun (调休上班), 29 Mon.
    expect(evaluate({ birthDate: ADULT, records, rules: RULES }).notice).toMatchObject({ from: '2025-09-26', to: '2025-09-29' });
    // A 公示 that began before the 预审 is the pre-review record's problem, not the 志愿书's.
    expect(verdict(pre('2025-09-27', { noticeFrom: '2025-09-26' }), 'application-form', '2025-10-20').hard).toEqual([]);
    const early = evaluate({ birthDate: ADULT, records: pre('2025-09-27', { noticeFrom: '2025-09-26' }), rules: RULES });
    expect(early.violations.map((v) => v.code)).toEqual(['NOTICE_BEFORE_PRE_REVIEW']);
  });

  it('outside the calendar counts weekends only, marks the result 暂算 and only warns', () => {
    const records = pre('2027-03-01');
    expect(evaluate({ birthDate: ADULT, records, rules: RULES }).notice).toMatchObject({ to: '2027-03-05', provisional: true });
    const v = verdict(records, 'application-form', '2027-03-05');
    expect(v.hard).toEqual([]);
    expect(v.soft).toEqual(['public-notice:NOTICE_NOT_OVER']);
    expect(v.all[0]).toMatchObject({ provisional: true });
    expect(v.all[0]!.message).toContain('暂算');
  });
});

describe('evaluate: what is next and by when', () => {
  it('after the application: the talk, due a clamped month later', () => {
    const ev = evaluate({ birthDate: ADULT, records: [rec('application', '2026-01-31')], rules: RULES });
    expect(ev.next).toMatchObject({ step: 'talk', due: '2026-02-28', earliest: null });
    expect(ev.deadlines.map((d) => [d.rule, d.due])).toEqual([['talk-within', '2026-02-28']]);
  });

  it('as 积极分子: the next review, and 发展对象 not before a year', () => {
    const ev = evaluate({ birthDate: ADULT, records: [rec('application', '2025-09-01'), rec('talk', '2025-09-10'), rec('activist', '2026-03-01'), rec('activist-filing', '2026-03-05'), rec('contacts', '2026-03-06')], rules: RULES });
    expect(ev.next).toMatchObject({ step: 'candidate', earliest: '2027-03-01' });
    expect(ev.deadlines.map((d) => [d.rule, d.due])).toEqual([['activist-review', '2026-09-01']]);
  });

  it('lists a skipped step as missing instead of nagging about it', () => {
    const ev = evaluate({ birthDate: ADULT, records: [rec('application', '2025-01-01'), rec('activist', '2025-06-01')], rules: RULES });
    expect(ev.missing).toEqual(['talk']);
    expect(ev.deadlines.some((d) => d.step === 'talk')).toBe(false);
  });

  it('after an extension: its approval, then a new 转正 meeting from the extended end', () => {
    const records = [rec('application', '2022-01-01'), rec('branch-meeting', '2024-03-01'), rec('approval', '2024-04-01'), rec('conversion-meeting', '2025-03-01', { outcome: 'extend', months: 6 })];
    expect(evaluate({ birthDate: ADULT, records, rules: RULES }).next).toMatchObject({ step: 'conversion-approval', due: '2025-06-01' });
    records.push(rec('conversion-approval', '2025-04-01'));
    expect(evaluate({ birthDate: ADULT, records, rules: RULES }).next).toMatchObject({ step: 'conversion-meeting', earliest: '2025-09-01' });
  });
});

describe('remindersOf', () => {
  const deadlines = evaluate({ birthDate: ADULT, records: [rec('application', '2026-01-31')], rules: RULES }).deadlines;
  it.each([
    ['2026-01-28', []],
    ['2026-01-29', [['due-soon', 30]]],
    ['2026-02-28', [['due-soon', 0]]],
    ['2026-03-01', [['overdue', -1]]],
  ])('on %s', (today, expected) => {
    expect(remindersOf(deadlines, today).map((r) => [r.kind, r.daysLeft])).toEqual(expected);
  });
});
