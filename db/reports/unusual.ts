/**
 * Unusual but allowed: figures the level above will ask about. Each is a warning with a stable
 * key; the secretary's explanation is stored under that key and travels with the report.
 * The thresholds are the ones the brief and common practice name (DOMAIN.md §3.1: a branch
 * with no activity for three months is criticised; §1.4: members are adults).
 */
import type { FigureItem, Figures } from '../api/schemas/reports';
import { MEETING_TYPE_NAMES_ZH, MEETING_TYPES } from '../meetings/types';
import { ageAt } from './bands';
import { fig, names, value, warning, type Issue } from './issues';
import type { ReportPeriod } from './periods';
import { BREAKDOWNS, type RosterPerson } from './providers/members';

/** A fall of more than this share of the opening roster is asked about. */
export const DROP_THRESHOLD = 0.1;
export const MIN_AGE = 18;
export const MAX_AGE = 100;

const person = (p: RosterPerson): FigureItem => ({ code: p.code, name: p.name });

function meetingWarnings(figures: Figures): Issue[] {
  const out: Issue[] = [];
  if (value(figures, 'meetings.held') === 0) out.push(warning('MEETINGS_NONE', '本期没有已定稿的会议或活动记录', []));
  for (const type of MEETING_TYPES) {
    const short = fig(figures, `meetings.${type}.periodsShort`);
    if (short.value === 0) continue;
    const required = value(figures, `meetings.${type}.required`);
    const held = value(figures, `meetings.${type}.held`);
    const spans = short.items.map((i) => i.name).join('、');
    out.push(warning('MEETINGS_SHORT', `${MEETING_TYPE_NAMES_ZH[type]}应开${required}次，已定稿${held}次；未达到规定次数的时段：${spans}`, short.items, type));
  }
  const drafts = fig(figures, 'meetings.drafts');
  if (drafts.value > 0) out.push(warning('MEETINGS_DRAFT', `有${drafts.value}份会议记录尚未定稿，未计入已开次数：${drafts.items.map((i) => i.name).join('、')}`, drafts.items));
  const untimed = fig(figures, 'training.lecturesWithoutTimes');
  if (untimed.value > 0) out.push(warning('LECTURE_NO_TIMES', `${untimed.value}次党课未填起止时间，党课时长未计入`, untimed.items));
  return out;
}

function memberWarnings(figures: Figures, people: RosterPerson[], end: string): Issue[] {
  const out: Issue[] = [];
  const opening = fig(figures, 'previous.members.total');
  const closing = fig(figures, 'members.total');
  if (opening.value > 0 && (opening.value - closing.value) / opening.value > DROP_THRESHOLD) {
    const gone = opening.items.filter((i) => !closing.items.some((c) => c.code === i.code));
    const pct = Math.round(((opening.value - closing.value) / opening.value) * 1000) / 10;
    out.push(warning('MEMBERS_DROP', `党员总数由上期末${opening.value}人减至${closing.value}人，减少${pct}%（超过${DROP_THRESHOLD * 100}%）：${names(gone)}`, gone));
  }
  const old = people.filter((p) => (ageAt(p.birthDate, end) ?? 0) > MAX_AGE);
  if (old.length) out.push(warning('AGE_OVER_100', `${old.length}名党员期末年龄超过${MAX_AGE}岁，请核对出生日期：${names(old)}`, old.map(person)));
  const young = people.filter((p) => (ageAt(p.birthDate, end) ?? MIN_AGE) < MIN_AGE);
  if (young.length) out.push(warning('AGE_UNDER_18', `${young.length}名党员期末年龄不满${MIN_AGE}岁，请核对出生日期：${names(young)}`, young.map(person)));
  for (const b of BREAKDOWNS) {
    const missing = fig(figures, `members.${b.key}.unknown`);
    if (missing.value > 0) out.push(warning('FIELD_MISSING', `${missing.value}名党员未填${b.field}：${names(missing.items)}`, missing.items, b.key));
  }
  const imported = fig(figures, 'changes.imported');
  if (imported.value > 0) {
    out.push(warning('IMPORTED', `本期录入原有党员${imported.value}人（建立名册时录入，不计入增加）：${names(imported.items)}`, imported.items));
  }
  out.push(...possibleDuplicates(people));
  return out;
}

/** The same name and birth date where an ID number is missing: possibly one person entered twice. */
function possibleDuplicates(people: RosterPerson[]): Issue[] {
  const groups = new Map<string, RosterPerson[]>();
  for (const p of people) if (p.birthDate) groups.set(`${p.name}|${p.birthDate}`, [...(groups.get(`${p.name}|${p.birthDate}`) ?? []), p]);
  return [...groups.values()]
    .filter((g) => g.length > 1 && g.some((p) => !p.idNumber))
    .map((g) => warning('POSSIBLE_DUPLICATE', `${g[0]!.name}（出生日期${g[0]!.birthDate}）在名册上有${g.length}条记录且缺少身份证号，请核对是否重复录入`, g.map(person), g.map((p) => p.code).join('+')));
}

function otherWarnings(period: ReportPeriod, figures: Figures): Issue[] {
  const out: Issue[] = [];
  if (period.kind === 'year') {
    if (value(figures, 'appraisal.appraised') === 0) out.push(warning('NO_APPRAISAL', `未录入${period.year}年度民主评议党员结果`, []));
    const pending = fig(figures, 'appraisal.pending');
    if (pending.value > 0) out.push(warning('APPRAISAL_PENDING', `${pending.value}名党员尚无民主评议评定结果：${names(pending.items)}`, pending.items));
  }
  const noProfile = fig(figures, 'dues.noProfile');
  if (noProfile.value > 0) out.push(warning('DUES_NO_PROFILE', `${noProfile.value}名党员未设党费标准，应交党费未计入：${names(noProfile.items)}`, noProfile.items));
  return out;
}

export function unusualFigures(period: ReportPeriod, figures: Figures, people: RosterPerson[]): Issue[] {
  return [...memberWarnings(figures, people, period.end), ...meetingWarnings(figures), ...otherWarnings(period, figures)];
}
