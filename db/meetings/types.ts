/** 三会一课 and the other kinds of organisational life (DOMAIN.md §3). */
export const MEETING_TYPES = [
  'general-assembly', // 支部党员大会
  'committee', // 支部委员会
  'group', // 党小组会
  'lecture', // 党课
  'theme-day', // 主题党日
  'life-meeting', // 组织生活会
  'appraisal', // 民主评议党员
  'talk', // 谈心谈话
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_TYPE_NAMES_ZH: Record<MeetingType, string> = {
  'general-assembly': '支部党员大会',
  committee: '支部委员会会议',
  group: '党小组会',
  lecture: '党课',
  'theme-day': '主题党日',
  'life-meeting': '组织生活会',
  appraisal: '民主评议党员',
  talk: '谈心谈话',
};

/**
 * Who is expected by default: the whole roster, the committee, or one party group.
 * 谈心谈话 is between named people and starts empty.
 */
export const EXPECTED_ATTENDEES: Record<MeetingType, 'roster' | 'committee' | 'group' | 'none'> = {
  'general-assembly': 'roster',
  committee: 'committee',
  group: 'group',
  lecture: 'roster',
  'theme-day': 'roster',
  'life-meeting': 'roster',
  appraisal: 'roster',
  talk: 'none',
};

/** The usual agenda each kind of meeting starts from; the secretary edits it freely. */
export const AGENDA_TEMPLATES: Record<MeetingType, string[]> = {
  'general-assembly': ['传达学习上级文件精神', '通报支部近期工作', '讨论决定有关事项', '布置下一阶段工作'],
  committee: ['研究党员大会议程及组织安排', '研究党员发展及培养考察安排', '研究党费收缴和党员教育管理', '其他需要支委会研究的事项'],
  group: ['学习有关文件', '交流思想和工作情况', '开展批评与自我批评', '研究落实支部布置的任务'],
  lecture: ['主讲人讲授党课', '交流学习体会'],
  'theme-day': ['集中学习', '重温入党誓词', '开展主题活动（志愿服务或民主议事）'],
  'life-meeting': ['通报上年度组织生活会整改落实情况', '支部书记代表支委会作对照检查', '党员开展批评与自我批评', '明确整改方向和措施'],
  appraisal: ['支部书记述职', '个人自评', '党员互评', '民主测评', '支委会提出评定意见'],
  talk: ['谈话内容'],
};
