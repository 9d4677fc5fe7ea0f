import { describe, expect, it } from 'vitest';
import { MEETING_TYPES as DB_TYPES } from '../../../db/meetings/types';
import { PERIODS as DB_PERIODS } from '../../../db/meetings/cadence';
import { makeTranslator } from '../../i18n/translate';
import { compactRows, inputFromValues, normaliseTime, valuesFromRecord, type MeetingFormValues } from './meeting-form';
import { placeIssue, placeIssues } from './meeting-issues';
import { MEETING_TYPES, PERIODS, type MeetingInput } from './meeting-types';

const t = makeTranslator('zh-CN');

const DRAFT: MeetingInput = {
  type: 'committee',
  date: '2026-04-10',
  chair: '单晓红',
  agenda: [{ title: '研究发展党员' }],
  attendance: [
    { memberCode: 'M1', name: '王芳', role: 'expected', presence: 'present' },
    { memberCode: 'M2', name: '李强', role: 'expected', presence: 'absent', absenceReason: '出差' },
  ],
};

function values(patch: Partial<MeetingFormValues> = {}): MeetingFormValues {
  return { ...valuesFromRecord(DRAFT), ...patch };
}

describe('renderer copies of the meetings value lists', () => {
  it('match the backend in content and order', () => {
    expect(MEETING_TYPES).toEqual(DB_TYPES);
    expect(PERIODS).toEqual(DB_PERIODS);
  });
});

describe('the recording form and MeetingInput', () => {
  it('gives a draft back unchanged after a round trip through the form', () => {
    const { input } = inputFromValues(valuesFromRecord(DRAFT), 'committee');
    expect(input).toEqual({
      type: 'committee',
      date: '2026-04-10',
      startTime: null,
      endTime: null,
      place: null,
      chair: '单晓红',
      recorder: null,
      groupCode: null,
      lecturer: null,
      lectureTitle: null,
      topics: [],
      isElection: false,
      attendance: [
        { memberCode: 'M1', name: '王芳', role: 'expected', presence: 'present', absenceReason: null },
        { memberCode: 'M2', name: '李强', role: 'expected', presence: 'absent', absenceReason: '出差' },
      ],
      agenda: [{ title: '研究发展党员', notes: null }],
      content: null,
      speeches: [],
      resolutions: [],
      followUps: [],
    });
  });

  it('sends topics a line each, trims text, and keeps a reason only for the absent', () => {
    const v = values({
      topics: ' 研究发展党员 \n\n  讨论党费 ',
      place: '  会议室 ',
      attendance: [
        { memberCode: 'M1', name: '王芳', role: 'expected', presence: 'present', absenceReason: '写了又改成出席' },
        { memberCode: null, name: '周敏', role: 'observer', presence: 'absent', absenceReason: 'x' },
      ],
    });
    const { input } = inputFromValues(v, 'committee');
    expect(input.topics).toEqual(['研究发展党员', '讨论党费']);
    expect(input.place).toBe('会议室');
    expect(input.attendance).toEqual([
      { memberCode: 'M1', name: '王芳', role: 'expected', presence: 'present', absenceReason: null },
      { memberCode: null, name: '周敏', role: 'observer', presence: 'present', absenceReason: null },
    ]);
  });

  it('drops rows left blank and remembers where the kept rows sit in the form', () => {
    const v = values({
      resolutions: [
        { title: '', text: '', vote: null },
        { title: '同意', text: '', vote: { for: 3, against: null, abstain: 1 } },
        { title: '', text: '  ', vote: null },
        { title: '', text: '', vote: { for: 0 } },
      ],
    });
    const { input, rows } = inputFromValues(v, 'committee');
    expect(input.resolutions).toEqual([
      { title: '同意', text: null, vote: { for: 3, against: 0, abstain: 1 } },
      { title: '', text: null, vote: { for: 0, against: 0, abstain: 0 } },
    ]);
    expect(rows.resolutions).toEqual([1, 3]);
    expect(compactRows([' ', 'a', '', 'b'], (s) => !s.trim())).toEqual({ rows: ['a', 'b'], index: [1, 3] });
  });

  it('sends written opinions only when there are any', () => {
    const v = values({ resolutions: [{ title: '决议', text: '', vote: { for: 4, writtenFor: 1, writtenAgainst: null } }] });
    expect(inputFromValues(v, 'general-assembly').input.resolutions?.[0]?.vote).toEqual({ for: 4, against: 0, abstain: 0, writtenFor: 1, writtenAgainst: 0, writtenAbstain: 0 });
  });

  it('keeps the fields of other meeting types out of the record', () => {
    const v = values({ lecturer: '王芳', lectureTitle: '党章', groupCode: 'G1', isElection: true });
    expect(inputFromValues(v, 'committee').input).toMatchObject({ lecturer: null, lectureTitle: null, groupCode: null, isElection: false });
    expect(inputFromValues(v, 'lecture').input).toMatchObject({ lecturer: '王芳', lectureTitle: '党章' });
    expect(inputFromValues(v, 'general-assembly').input.isElection).toBe(true);
  });

  it.each([
    ['1430', '14:30'],
    ['14.30', '14:30'],
    ['14：30', '14:30'],
    ['9:5', '09:05'],
    ['930', '09:30'],
    ['8', '08:00'],
    ['14点30分', '14:30'],
    ['', ''],
    ['25:00', '25:00'],
    ['下午两点', '下午两点'],
  ])('reads the time %s as %s', (typed, expected) => {
    expect(normaliseTime(typed)).toBe(expected);
  });
});

describe('backend problems under the form fields', () => {
  const rows = { attendance: [0, 1], agenda: [0], speeches: [], resolutions: [1, 3], followUps: [2] };

  it('finds the field of each issue, in the form’s own rows', () => {
    expect(placeIssue({ path: ['place'], code: 'REQUIRED_TO_FINALISE' }, rows)?.name).toEqual(['place']);
    expect(placeIssue({ path: ['meeting', 'resolutions', 1, 'title'] }, rows)?.name).toEqual(['resolutions', 3, 'title']);
    expect(placeIssue({ path: ['resolutions', 0, 'vote'], code: 'VOTES_EXCEED_PRESENT' }, rows)?.name).toEqual(['resolutions', 1, 'vote']);
    expect(placeIssue({ path: ['meeting', 'followUps', 0, 'deadline'] }, rows)?.name).toEqual(['followUps', 2, 'deadline']);
    expect(placeIssue({ path: ['attendance', 1, 'memberCode'], code: 'DUPLICATE_ATTENDEE' }, rows)?.name).toEqual(['attendance']);
    expect(placeIssue({ path: ['meeting', 'type'], code: 'TYPE_OR_YEAR_FIXED' }, rows)?.name).toEqual(['date']);
    expect(placeIssue({ path: ['meeting', 'somethingElse'] }, rows)).toBeNull();
  });

  it('words each issue for its field, one message a field, and returns the rest', () => {
    const placed = placeIssues(
      [
        { path: ['place'], code: 'REQUIRED_TO_FINALISE', message: '' },
        { path: ['place'], code: 'REQUIRED_TO_FINALISE', message: '' },
        { path: ['attendance'], code: 'REQUIRED_TO_FINALISE', message: '' },
        { path: ['resolutions', 0, 'vote'], code: 'VOTES_EXCEED_PRESENT', message: '', params: { presentVoting: 4, expectedVoting: 5 } },
        { path: ['meeting', 'agenda', 0, 'title'], message: 'Too small' },
        { path: ['reason'], code: 'REASON_REQUIRED', message: '' },
        { path: ['nowhere'], message: 'x' },
      ],
      rows,
      { agenda: [{ title: ' ' }] },
      t,
    );
    expect(placed.fields).toEqual([
      { name: ['place'], errors: ['定稿前请填写地点。'] },
      { name: ['attendance'], errors: ['定稿前请列出应到人员，并标明出席或缺席。'] },
      { name: ['resolutions', 1, 'vote'], errors: ['赞成、反对、弃权票加起来超过了到会的有表决权人数（4 人），请核对票数和出席情况。'] },
      { name: ['agenda', 0, 'title'], errors: ['请填写内容。'] },
      { name: ['reason'], errors: ['已定稿的记录修改时，必须写明更正原因。'] },
    ]);
    expect(placed.unmatched.map((i) => i.path)).toEqual([['nowhere']]);
  });
});
