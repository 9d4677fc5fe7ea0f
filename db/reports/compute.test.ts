import { afterEach, describe, expect, it } from 'vitest';
import type { Figures } from '../api/schemas/reports';
import { computeFigures } from './compute';
import { parsePeriod } from './periods';
import { buildTestBranch, ok, type TestBranch } from './test-branch';

let branch: TestBranch | undefined;
afterEach(() => branch?.b.cleanup());

/** Each figure as its value and the names behind it, so one expectation states both. */
function shape(figures: Figures): Record<string, { value: number; names: string[] }> {
  return Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { value: f.value, names: f.items.map((i) => i.name) }]));
}

const n = (...names: string[]) => ({ value: names.length, names });
const none = n();
const amount = (value: number, ...names: string[]) => ({ value, names });

const END = ['王芳', '李强', '刘洋', '黄丽', '周敏', '杨帆', '赵磊'];
const START = ['王芳', '李强', '张伟', '刘洋', '黄丽', '周敏'];

/** The roster breakdowns, worked out by hand from test-branch.ts. */
const MEMBERS_END = {
  'members.total': n(...END),
  'members.full': n('王芳', '李强', '刘洋', '黄丽', '周敏', '赵磊'),
  'members.probationary': n('杨帆'),
  'members.byGender.1': n('李强', '周敏', '杨帆', '赵磊'),
  'members.byGender.2': n('王芳', '刘洋', '黄丽'),
  'members.byGender.unknown': none,
  'members.byEthnicity.han': n('王芳', '李强', '刘洋', '黄丽', '周敏'),
  'members.byEthnicity.minority': n('杨帆'),
  'members.byEthnicity.other': none,
  'members.byEthnicity.unknown': n('赵磊'),
  // 李强 turns 31 on 2026-09-30, the period's last day.
  'members.byAge.upTo30': n('刘洋', '杨帆'),
  'members.byAge.31-35': n('李强'),
  'members.byAge.36-40': n('周敏'),
  'members.byAge.41-45': none,
  'members.byAge.46-50': n('王芳'),
  'members.byAge.51-55': none,
  'members.byAge.56-60': none,
  'members.byAge.61plus': n('黄丽'),
  'members.byAge.unknown': n('赵磊'),
  'members.byEducation.postgraduate': n('刘洋'),
  'members.byEducation.bachelor': n('王芳', '周敏', '杨帆'),
  'members.byEducation.college': n('李强'),
  'members.byEducation.secondary': none,
  'members.byEducation.highSchool': none,
  'members.byEducation.juniorOrBelow': n('黄丽'),
  'members.byEducation.unknown': n('赵磊'),
  'members.byOccupation.01': n('周敏'),
  'members.byOccupation.02': none,
  'members.byOccupation.03': n('李强'),
  'members.byOccupation.04': n('刘洋'),
  'members.byOccupation.05': n('王芳'),
  'members.byOccupation.06': n('杨帆'),
  'members.byOccupation.07': none,
  'members.byOccupation.08': n('黄丽'),
  'members.byOccupation.unknown': n('赵磊'),
  'members.byJoinPeriod.beforePRC': n('赵磊'),
  // 1949-10-01 and 2012-11-08 are the first days of the later bands.
  'members.byJoinPeriod.toThirdPlenum': n('黄丽'),
  'members.byJoinPeriod.toEighteenth': n('王芳'),
  'members.byJoinPeriod.sinceEighteenth': n('李强', '刘洋', '周敏', '杨帆'),
  'members.byJoinPeriod.unknown': none,
  'members.collegeOrAbove': n('王芳', '李强', '刘洋', '周敏', '杨帆'),
};

/** 期初: the roster at 2026-06-30, recomputed because 2026Q2 was never submitted. */
const MEMBERS_START = {
  'previous.members.total': n(...START),
  'previous.members.full': n('王芳', '李强', '张伟', '黄丽', '周敏'),
  'previous.members.probationary': n('刘洋'),
  'previous.members.byGender.1': n('李强', '张伟', '周敏'),
  'previous.members.byGender.2': n('王芳', '刘洋', '黄丽'),
  'previous.members.byGender.unknown': none,
  'previous.members.byEthnicity.han': n('王芳', '李强', '刘洋', '黄丽', '周敏'),
  'previous.members.byEthnicity.minority': n('张伟'),
  'previous.members.byEthnicity.other': none,
  'previous.members.byEthnicity.unknown': none,
  'previous.members.byAge.upTo30': n('李强', '刘洋'),
  'previous.members.byAge.31-35': none,
  'previous.members.byAge.36-40': n('周敏'),
  'previous.members.byAge.41-45': none,
  'previous.members.byAge.46-50': n('王芳'),
  'previous.members.byAge.51-55': none,
  'previous.members.byAge.56-60': none,
  'previous.members.byAge.61plus': n('张伟', '黄丽'),
  'previous.members.byAge.unknown': none,
  'previous.members.byEducation.postgraduate': n('刘洋'),
  'previous.members.byEducation.bachelor': n('王芳', '周敏'),
  'previous.members.byEducation.college': n('李强'),
  'previous.members.byEducation.secondary': none,
  'previous.members.byEducation.highSchool': n('张伟'),
  'previous.members.byEducation.juniorOrBelow': n('黄丽'),
  'previous.members.byEducation.unknown': none,
  'previous.members.byOccupation.01': n('周敏'),
  'previous.members.byOccupation.02': none,
  'previous.members.byOccupation.03': n('李强'),
  'previous.members.byOccupation.04': n('刘洋'),
  'previous.members.byOccupation.05': n('王芳'),
  'previous.members.byOccupation.06': none,
  'previous.members.byOccupation.07': none,
  'previous.members.byOccupation.08': n('张伟', '黄丽'),
  'previous.members.byOccupation.unknown': none,
  'previous.members.byJoinPeriod.beforePRC': none,
  'previous.members.byJoinPeriod.toThirdPlenum': n('黄丽'),
  // 1978-12-18, the opening day of the 十一届三中全会, belongs to the later band.
  'previous.members.byJoinPeriod.toEighteenth': n('王芳', '张伟'),
  'previous.members.byJoinPeriod.sinceEighteenth': n('李强', '刘洋', '周敏'),
  'previous.members.byJoinPeriod.unknown': none,
  'previous.members.collegeOrAbove': n('王芳', '李强', '刘洋', '周敏'),
};

const CHANGES = {
  'changes.additions.total': n('陈静', '杨帆'),
  'changes.additions.develop': n('杨帆'),
  'changes.additions.transfer-in': n('陈静'),
  'changes.additions.restore': none,
  'changes.removals.total': n('张伟', '陈静'),
  'changes.removals.transfer-out': n('陈静'),
  'changes.removals.death': n('张伟'),
  'changes.removals.expel': none,
  'changes.removals.stop': none,
  'changes.removals.expel.expelled': none,
  'changes.removals.expel.removed': none,
  'changes.removals.expel.lapsed': none,
  'changes.removals.expel.withdrew': none,
  'changes.removals.expel.probation-cancelled': none,
  'changes.imported': n('赵磊'),
  'changes.full': n('刘洋'),
  'changes.probationExtended': none,
  'changes.develop.female': none,
  'changes.develop.minority': n('杨帆'),
  'changes.develop.upTo35': n('杨帆'),
  'changes.develop.collegeOrAbove': n('杨帆'),
};

const PIPELINE = {
  'pipeline.applicants': n('孙悦', '冯雪'),
  'pipeline.activists': n('周杰'),
  'pipeline.candidates': n('吴迪'),
  'pipeline.newApplications': n('冯雪'),
  'pipeline.newActivists': n('周杰'),
  'pipeline.newCandidates': n('吴迪'),
};

const ASSEMBLY = '2026年9月30日支部党员大会';
const LECTURE = '2026年8月10日党课';
const LECTURE_UNTIMED = '2026年9月15日党课';
const THEME_DAY = '2026年7月15日主题党日';
const month = (m: number, last: number) => `2026年${m}月1日至2026年${m}月${last}日`;
const idle = (type: string) => ({
  [`meetings.${type}.held`]: none,
  [`meetings.${type}.drafts`]: none,
  [`meetings.${type}.required`]: none,
  [`meetings.${type}.periodsShort`]: none,
});

const MEETINGS = {
  'meetings.held': n(THEME_DAY, LECTURE, LECTURE_UNTIMED, ASSEMBLY),
  'meetings.drafts': n('2026年8月20日支部委员会会议', '2026年9月1日主题党日'),
  'meetings.general-assembly.held': n(ASSEMBLY),
  'meetings.general-assembly.drafts': none,
  'meetings.general-assembly.required': amount(1),
  'meetings.general-assembly.periodsShort': none,
  'meetings.committee.held': none,
  'meetings.committee.drafts': n('2026年8月20日支部委员会会议'),
  'meetings.committee.required': amount(3),
  'meetings.committee.periodsShort': n(month(7, 31), month(8, 31), month(9, 30)),
  // No 党小组 set up: nothing is required of them.
  ...idle('group'),
  'meetings.lecture.held': n(LECTURE, LECTURE_UNTIMED),
  'meetings.lecture.drafts': none,
  'meetings.lecture.required': amount(1),
  'meetings.lecture.periodsShort': none,
  'meetings.theme-day.held': n(THEME_DAY),
  'meetings.theme-day.drafts': n('2026年9月1日主题党日'),
  'meetings.theme-day.required': amount(3),
  'meetings.theme-day.periodsShort': n(month(8, 31), month(9, 30)),
  // Yearly duties are not asked of a quarter.
  ...idle('life-meeting'),
  ...idle('appraisal'),
  ...idle('talk'),
  'training.lectureMinutes': amount(90, LECTURE),
  'training.attendeeMinutes': amount(540, LECTURE),
  'training.lecturesWithoutTimes': n(LECTURE_UNTIMED),
};

/** 王芳 owes 40 元 a month and paid July–August; 李强 paid 0.6 元 on the last day; September's 40 元 came in October. */
const DUES = {
  'dues.dueFen': amount(12060, '王芳', '李强'),
  'dues.collectedFen': amount(8060, '王芳', '李强'),
  'dues.outstandingFen': amount(4000, '王芳'),
  'dues.membersInArrears': n('王芳'),
  'dues.receivedFen': amount(18060, '王芳', '李强'),
  'dues.noProfile': n('刘洋', '黄丽', '周敏', '杨帆', '赵磊'),
};

describe('computeFigures', () => {
  it('computes every 2026Q3 figure as of 30 September, with the names behind each', async () => {
    branch = await buildTestBranch();
    const figures = computeFigures(branch.b.session.requireStore(), parsePeriod('2026Q3'));
    const expected = { ...MEMBERS_END, ...MEMBERS_START, ...CHANGES, ...PIPELINE, ...MEETINGS, ...DUES };
    const actual = shape(figures);
    // Same keys: every figure the report holds is asserted here, none is left unchecked.
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, want] of Object.entries(expected)) {
      const got = actual[key]!;
      expect({ key, value: got.value, names: [...got.names].sort() }).toEqual({ key, value: want.value, names: [...want.names].sort() });
    }
    // Change lists keep the order the events happened in.
    expect(actual['changes.removals.total']?.names).toEqual(['张伟', '陈静']);
    expect(actual['meetings.held']?.names).toEqual(MEETINGS['meetings.held'].names);
    // Only the code and the name of each person travel: no ID number, no birth date.
    expect(Object.values(figures).every((f) => f.items.every((i) => Object.keys(i).sort().join() === 'code,name'))).toBe(true);
    expect(figures['training.lectureMinutes']?.unit).toBe('minutes');
    expect(figures['dues.dueFen']?.unit).toBe('fen');
  });

  it('adds the appraisal results to the yearly report only, everyone appraised counted while the year is open', async () => {
    branch = await buildTestBranch();
    const { b, code } = branch;
    // Opened after 张伟's death and both transfers out: the six on the roster on 1 November.
    ok(await b.call('appraisal.open', { year: 2026, openedOn: '2026-11-01' }));
    for (const [name, verdict] of [['王芳', 'excellent'], ['李强', 'qualified'], ['黄丽', 'qualified'], ['刘洋', null]] as const) {
      ok(await b.call('appraisal.record', { year: 2026, memberCode: code[name]!, verdict }));
    }
    const store = b.session.requireStore();
    const year = shape(computeFigures(store, parsePeriod('2026')));
    expect(year['appraisal.appraised']).toEqual(n('王芳', '李强', '刘洋', '黄丽', '杨帆', '赵磊'));
    expect(year['appraisal.excellent']).toEqual(n('王芳'));
    expect(year['appraisal.qualified']).toEqual(n('李强', '黄丽'));
    expect(year['appraisal.basic']).toEqual(none);
    expect(year['appraisal.unqualified']).toEqual(none);
    // Nothing entered yet for 杨帆 and 赵磊: pending, not missing.
    expect(year['appraisal.pending']).toEqual(n('刘洋', '杨帆', '赵磊'));
    expect(Object.keys(computeFigures(store, parsePeriod('2026Q4'))).some((k) => k.startsWith('appraisal.'))).toBe(false);
  });
});
