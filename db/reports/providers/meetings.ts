/**
 * 三会一课 held against the cadence (DOMAIN.md §3.1), and 党课 time as the training figure.
 *
 * "Held" means a finalised record dated inside the period (first and last day included): a
 * draft is not yet a record the branch stands behind, so drafts are counted apart and never
 * towards the requirement. The requirement is the cadence rule in force on the period's end
 * (with the branch's local 党课 setting) times the rule periods that lie wholly inside the
 * report period: a quarter asks for three monthly 支委会 and no yearly 组织生活会.
 *
 * Training: the app records no training hours yet, so the 党课 duration (end − start time of
 * the finalised records) stands in for them, with person-minutes over those present.
 */
import { cadenceRulesOn, periodOf, type CadenceRule } from '../../meetings/cadence';
import { readCadenceOverrides } from '../../meetings/local-rules';
import { MEETING_TYPE_NAMES_ZH, MEETING_TYPES, type MeetingType } from '../../meetings/types';
import { addDays, formatChineseDate } from '../../members/chinese-dates';
import { statement } from '../../util/statements';
import { amount, count, type FigureItem, type Figures, type SectionProvider } from '../figures';
import type { ReportPeriod } from '../periods';

interface MeetingRow {
  id: number;
  code: string;
  type: MeetingType;
  date: string;
  status: string;
  startTime: string | null;
  endTime: string | null;
  groupCode: string | null;
  present: number;
}

const item = (m: MeetingRow): FigureItem => ({ code: m.code, name: `${formatChineseDate(m.date)}${MEETING_TYPE_NAMES_ZH[m.type]}` });

function minutesOf(m: MeetingRow): number | null {
  if (!m.startTime || !m.endTime) return null;
  const at = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const span = at(m.endTime) - at(m.startTime);
  return span > 0 ? span : null;
}

/** The rule periods (months, quarters, years) that lie wholly inside the report period. */
function rulePeriods(rule: CadenceRule, period: ReportPeriod): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let p = periodOf(period.start, rule.period); p.start <= period.end; p = periodOf(addDays(p.end, 1), rule.period)) {
    if (p.start >= period.start && p.end <= period.end) out.push(p);
  }
  return out;
}

function typeFigures(type: MeetingType, rows: MeetingRow[], rule: CadenceRule | undefined, groups: number, period: ReportPeriod): Figures {
  const name = MEETING_TYPE_NAMES_ZH[type];
  const mine = rows.filter((m) => m.type === type);
  const held = mine.filter((m) => m.status === 'final');
  const perPeriod = rule && rule.min > 0 && !(rule.perGroup && groups === 0) ? rule.min * (rule.perGroup ? groups : 1) : 0;
  const spans = rule && perPeriod > 0 ? rulePeriods(rule, period) : [];
  const short = spans.filter((s) => {
    const inSpan = held.filter((m) => m.date >= s.start && m.date <= s.end);
    const n = rule?.perGroup ? new Set(inSpan.map((m) => m.groupCode)).size : inSpan.length;
    return n < perPeriod;
  });
  return {
    [`meetings.${type}.held`]: count(`${name}（已定稿）`, held.map(item)),
    [`meetings.${type}.drafts`]: count(`${name}（草稿，未计入）`, mine.filter((m) => m.status !== 'final').map(item)),
    [`meetings.${type}.required`]: { label: `${name}应开次数`, unit: 'count', value: perPeriod * spans.length, items: [] },
    [`meetings.${type}.periodsShort`]: count(`${name}未达到要求的时段`, short.map((s) => ({ code: `${s.start}/${s.end}`, name: `${formatChineseDate(s.start)}至${formatChineseDate(s.end)}` }))),
  };
}

export const meetingsSection: SectionProvider = {
  section: 'meetings',
  figures: (store, period) => {
    const rows = statement(
      store.sqlite,
      `SELECT m.id, m.code, m.type, m.date, m.status, m.start_time AS startTime, m.end_time AS endTime, m.group_code AS groupCode,
              (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.role = 'expected' AND a.presence = 'present') AS present
         FROM meetings m WHERE m.date >= ? AND m.date <= ? ORDER BY m.date, m.code`,
    ).all(period.start, period.end) as MeetingRow[];
    // Groups as they stand today: the app keeps no history of 党小组 being set up or dissolved.
    const groups = Number(statement(store.sqlite, 'SELECT count(*) FROM party_groups WHERE archived = 0', { pluck: true }).get());
    const { rules } = cadenceRulesOn(period.end, readCadenceOverrides(store.sqlite));
    const out: Figures = {
      'meetings.held': count('已定稿的会议和活动', rows.filter((m) => m.status === 'final').map(item)),
      'meetings.drafts': count('尚未定稿的会议记录', rows.filter((m) => m.status !== 'final').map(item)),
    };
    for (const type of MEETING_TYPES) Object.assign(out, typeFigures(type, rows, rules.find((r) => r.type === type), groups, period));
    const lectures = rows.filter((m) => m.type === 'lecture' && m.status === 'final');
    const timed = lectures.filter((m) => minutesOf(m) !== null);
    const sum = (f: (m: MeetingRow) => number) => timed.reduce((acc, m) => acc + f(m), 0);
    out['training.lectureMinutes'] = amount('党课时长（以党课起止时间代替培训学时）', 'minutes', sum((m) => minutesOf(m)!), timed.map(item));
    out['training.attendeeMinutes'] = amount('党课参加人次×时长', 'minutes', sum((m) => minutesOf(m)! * m.present), timed.map(item));
    out['training.lecturesWithoutTimes'] = count('未填起止时间的党课', lectures.filter((m) => minutesOf(m) === null).map(item));
    return out;
  },
};
