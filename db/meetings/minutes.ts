import type { Meeting } from '../api/schemas/meetings';
import type { Branch } from '../api/schemas/store';
import { formatChineseDate } from '../members/chinese-dates';
import { MEETING_TYPE_NAMES_ZH } from './types';

/**
 * The minutes as a document model: what goes on paper, in order, already worded in Chinese.
 * The printed page (renderer) and the Word file (docx.ts) both render this one model, so
 * the wording of times, counts and votes lives in one place.
 */
export interface MinutesDoc {
  orgName: string;
  title: string;
  headerRows: [string, string][];
  sections: { heading: string; paragraphs: string[] }[];
  closing: string;
  signatures: string[];
  /** Printed under the title of a record changed after it was finalised. */
  amendmentNote: string | null;
  draftNote: string | null;
  attendanceSheet: { title: string; columns: string[]; rows: string[][] };
}

const QUORUM_WORDS = {
  'more-than-half-voting': '有表决权的正式党员过半数',
  'four-fifths-voting': '有表决权的正式党员五分之四以上（选举）',
  'more-than-half-committee': '支部委员过半数',
  none: '',
} as const;

function timeLine(m: Meeting): string {
  const span = m.startTime ? `${m.startTime}${m.endTime ? `—${m.endTime}` : ''}` : '';
  return `${formatChineseDate(m.date)}${span ? ` ${span}` : ''}`;
}

export function voteLine(m: Meeting, r: Meeting['resolutions'][number]): string | null {
  if (!r.vote) return null;
  const v = r.vote;
  const written = (v.writtenFor ?? 0) + (v.writtenAgainst ?? 0) + (v.writtenAbstain ?? 0);
  const writtenPart = written > 0 ? `（含书面意见：赞成${v.writtenFor ?? 0}、反对${v.writtenAgainst ?? 0}、弃权${v.writtenAbstain ?? 0}）` : '';
  const base = `应到会有表决权的正式党员${m.counts.expectedVoting}人，实到${m.counts.presentVoting}人。表决结果：赞成${v.for + (v.writtenFor ?? 0)}票，反对${v.against + (v.writtenAgainst ?? 0)}票，弃权${v.abstain + (v.writtenAbstain ?? 0)}票${writtenPart}`;
  if (!r.outcome) return `${base}。`;
  return `${base}，赞成票${r.outcome.passes ? '超过' : '未超过'}应到会有表决权正式党员的半数（需${r.outcome.needed}票），${r.outcome.passes ? '决议通过' : '决议未通过'}。`;
}

export function buildMinutes(m: Meeting, branch: Branch): MinutesDoc {
  const absent = m.attendance.filter((a) => a.role === 'expected' && a.presence === 'absent');
  const observers = m.attendance.filter((a) => a.role === 'observer');
  const typeName = MEETING_TYPE_NAMES_ZH[m.type];
  const attendanceLine =
    `应到${m.counts.expected}人，实到${m.counts.present}人` +
    (m.type === 'general-assembly' ? `（其中有表决权的正式党员应到${m.counts.expectedVoting}人、实到${m.counts.presentVoting}人）` : '');
  const quorumLine =
    m.quorum.rule === 'none'
      ? null
      : `${QUORUM_WORDS[m.quorum.rule]}出席方为有效：需${m.quorum.needed}人，实到${m.quorum.present}人，${m.quorum.met ? '符合规定人数' : '不足规定人数'}。`;
  const headerRows: [string, string][] = [
    ['会议名称', typeName],
    ['序号', `${m.year}年第${m.numberInYear}次`],
    ['时间', timeLine(m)],
    ['地点', m.place ?? ''],
    ['主持人', m.chair ?? ''],
    ['记录人', m.recorder ?? ''],
    ...(m.type === 'lecture' ? ([['主讲人', m.lecturer ?? ''], ['课题', m.lectureTitle ?? '']] as [string, string][]) : []),
    ['出席情况', attendanceLine],
    ['缺席人员及原因', absent.length ? absent.map((a) => `${a.name}（${a.absenceReason ?? '未说明原因'}）`).join('、') : '无'],
    ['列席人员', observers.length ? observers.map((a) => a.name).join('、') : '无'],
    ...(m.topics.length ? ([['会议议题', m.topics.join('；')]] as [string, string][]) : []),
  ];
  const sections: MinutesDoc['sections'] = [];
  if (quorumLine) sections.push({ heading: '到会人数', paragraphs: [quorumLine] });
  if (m.agenda.length) sections.push({ heading: '会议议程', paragraphs: m.agenda.map((a, i) => `${i + 1}. ${a.title}${a.notes ? `：${a.notes}` : ''}`) });
  if (m.content) sections.push({ heading: '会议内容', paragraphs: m.content.split(/\n+/).map((l) => l.trim()).filter(Boolean) });
  if (m.speeches.length) sections.push({ heading: '发言摘要', paragraphs: m.speeches.map((s) => `${s.speaker}：${s.summary}`) });
  if (m.resolutions.length) {
    sections.push({
      heading: '表决和决议',
      paragraphs: m.resolutions.flatMap((r, i) => [`${i + 1}. ${r.title}${r.text ? `：${r.text}` : ''}`, ...(voteLine(m, r) ? [voteLine(m, r)!] : [])]),
    });
  }
  if (m.followUps.length) {
    sections.push({
      heading: '后续安排',
      paragraphs: m.followUps.map((f, i) => `${i + 1}. ${f.task}${f.owner ? `（责任人：${f.owner}` : ''}${f.deadline ? `${f.owner ? '，' : '（'}完成时限：${formatChineseDate(f.deadline)}` : ''}${f.owner || f.deadline ? '）' : ''}`),
    });
  }
  return {
    orgName: branch.name,
    title: `${typeName}记录`,
    headerRows,
    sections,
    closing: '散会。',
    signatures: ['主持人（签字）', '记录人（签字）'],
    amendmentNote: m.amendments > 0 && m.lastAmendedAt ? `本记录定稿后修改${m.amendments}次，最近一次于${formatChineseDate(m.lastAmendedAt.slice(0, 10))}，原因：${m.lastAmendReason ?? ''}` : null,
    draftNote: m.status === 'draft' ? '草稿（尚未定稿）' : null,
    attendanceSheet: {
      title: `${typeName}签到表（${formatChineseDate(m.date)}）`,
      columns: ['序号', '姓名', '身份', '签到', '缺席原因'],
      rows: m.attendance.map((a, i) => [
        String(i + 1),
        a.name,
        a.role === 'observer' ? '列席' : a.voting ? '正式党员' : m.type === 'committee' ? '支委' : '预备党员/其他',
        '',
        a.presence === 'absent' ? (a.absenceReason ?? '缺席') : '',
      ]),
    },
  };
}
