/**
 * The words of demo meeting records: the year's study themes, lecture titles, places, reasons
 * for absence. Plain lists a secretary would recognise; nothing here is drawn from real minutes.
 */
import type { MeetingType } from '../../db/meetings/types';
import type { Random } from './random';

/** The study campaign of each year (党史学习教育, 主题教育 …), the first topic of most meetings. */
const YEAR_THEMES: Readonly<Record<number, string>> = {
  2019: '“不忘初心、牢记使命”主题教育',
  2020: '学习贯彻党的十九届五中全会精神',
  2021: '党史学习教育，庆祝中国共产党成立100周年',
  2022: '学习宣传贯彻党的二十大精神',
  2023: '学习贯彻习近平新时代中国特色社会主义思想主题教育',
  2024: '党纪学习教育',
  2025: '深入贯彻中央八项规定精神学习教育',
  2026: '学习贯彻党的二十届四中全会精神',
};

const STUDY = [
  '学习《中国共产党章程》',
  '学习《中国共产党支部工作条例（试行）》',
  '学习《中国共产党纪律处分条例》',
  '传达学习上级党委会议精神',
  '学习《中国共产党党员教育管理工作条例》',
  '学习习近平总书记重要讲话精神',
];

const THEME_DAY_ACTIVITIES = [
  '社区环境整治志愿服务',
  '走访慰问困难党员和老党员',
  '垃圾分类宣传志愿服务',
  '重温入党誓词',
  '参观红色教育基地',
  '防汛安全隐患排查',
  '文明城市创建志愿服务',
  '为民办实事民主议事会',
];

const LECTURE_TITLES = [
  '以党的创新理论武装头脑、指导实践',
  '做新时代合格共产党员',
  '从党史中汲取奋进力量',
  '严守党的纪律和规矩',
  '践行全心全意为人民服务的根本宗旨',
  '发扬党的优良传统和作风',
  '基层党组织如何更好服务群众',
  '弘扬伟大建党精神',
];

const PLACES: Readonly<Partial<Record<MeetingType, readonly string[]>>> = {
  'theme-day': ['社区党群服务中心', '党员活动室', '社区文化广场', '红色教育基地'],
  lecture: ['社区党群服务中心多功能厅', '党员活动室'],
  talk: ['书记办公室', '党员活动室'],
};
const DEFAULT_PLACES = ['社区党群服务中心二楼会议室', '党员活动室'];

const ABSENCE = ['因公出差', '因病请假', '事假', '家中有事请假', '在外地照顾家人'];

export function yearTheme(year: number): string {
  return YEAR_THEMES[year] ?? STUDY[0]!;
}

export function topicsFor(rng: Random, type: MeetingType, year: number): string[] {
  if (type === 'theme-day') return [rng.pick(THEME_DAY_ACTIVITIES)];
  if (type === 'talk') return ['谈心谈话，了解思想、工作和生活情况'];
  if (type === 'life-meeting') return [`${year}年度组织生活会`];
  if (type === 'appraisal') return [`${year}年度民主评议党员`];
  return rng.chance(0.6) ? [yearTheme(year)] : [rng.pick(STUDY)];
}

export const lectureTitle = (rng: Random): string => rng.pick(LECTURE_TITLES);
export const placeFor = (rng: Random, type: MeetingType): string => rng.pick(PLACES[type] ?? DEFAULT_PLACES);
export const absenceReason = (rng: Random): string => rng.pick(ABSENCE);

/** Start and end times in HH:MM: meetings start on the hour or the half hour and last 1–2½ hours. */
export function meetingTimes(rng: Random, type: MeetingType): { startTime: string; endTime: string } {
  const start = (type === 'theme-day' ? rng.pick([8, 9, 14]) : rng.pick([9, 14, 15, 19])) * 60 + (rng.chance(0.5) ? 30 : 0);
  const minutes = type === 'talk' ? 30 + rng.int(0, 2) * 15 : type === 'committee' ? rng.int(2, 4) * 30 : rng.int(2, 5) * 30;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { startTime: hhmm(start), endTime: hhmm(start + minutes) };
}
