import type { z } from 'zod';
import type { publicNoticeDocument, stepSetDocument, timelineDocument } from '../api/schemas/development';
import { codeName } from '../codes';
import { compareDates, formatChineseDate, todayIso } from '../members/chinese-dates';
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { workingWindow } from './calendar';
import { evaluateApplicant, toStepRecord } from './repository';
import { THOUGHT_REPORT } from './engine-context';
import { articlesFull, articlesShort, type Rule } from './rule-book';

/**
 * Document models for printing (the renderer lays them out): the person's 发展党员 timeline
 * with each step's date, rule and article, and the 公示 notice before the 入党志愿书.
 */
const STAGE_ZH = { applicant: '入党申请人', activist: '入党积极分子', candidate: '发展对象', probationary: '预备党员', full: '正式党员', cancelled: '已取消预备党员资格' } as const;

const STATUS_ZH = { done: '已完成', 'done-with-problem': '已完成（有问题）', overdue: '已逾期', open: '待办', missing: '缺记录', pending: '未到' } as const;

function genderZh(gender: string | null): string {
  return (gender && codeName('gender', gender)) || '';
}

function rulesFor(step: string, rules: Rule[]): Rule[] {
  return rules.filter((r) => {
    switch (r.kind) {
      case 'min-age':
      case 'training':
      case 'extension':
      case 'prerequisite':
        return r.step === step;
      case 'order':
        return false;
      default:
        return r.to === step;
    }
  });
}

/** An open deadline wins (the step is due again, e.g. the next review); then the record. */
function statusOf(f: { due: string | null; today: string; recorded: boolean; problems: boolean; isNext: boolean; missing: boolean }): keyof typeof STATUS_ZH {
  if (f.due) return compareDates(f.due, f.today) < 0 ? 'overdue' : 'open';
  if (f.recorded) return f.problems ? 'done-with-problem' : 'done';
  if (f.isNext) return 'open';
  return f.missing ? 'missing' : 'pending';
}

export function buildTimeline(store: Store, code: string, today = todayIso()): z.infer<typeof timelineDocument> {
  const { row, live, set, note, evaluation } = evaluateApplicant(store, code);
  const records = live.map((r) => toStepRecord(r, set));
  const missing = new Set(evaluation.missing);
  const notice = evaluation.notice;
  const noticeRule = set.rules.find((r) => r.kind === 'public-notice');
  const rows = set.steps.steps.map((s) => {
    const all = records.filter((r) => r.step === s.key);
    const mine = all.filter((r) => r.data?.kind !== THOUGHT_REPORT);
    const reports = all.filter((r) => r.data?.kind === THOUGHT_REPORT);
    const problems = evaluation.violations.filter((v) => v.step === s.key);
    const deadlines = evaluation.deadlines.filter((d) => d.step === s.key);
    const due = deadlines[0]?.due ?? null;
    const isNext = evaluation.next?.step === s.key;
    const status = statusOf({ due, today, recorded: mine.length > 0, problems: problems.length > 0, isNext, missing: missing.has(s.key) });
    const rules = rulesFor(s.key, set.rules);
    return {
      phase: set.steps.phases.find((p) => p.number === s.phase)?.name ?? '',
      number: s.number,
      step: s.key,
      name: s.name,
      dates: mine.map((r) => r.date),
      reports: reports.map((r) => r.date),
      people: mine.flatMap((r) => r.people.map((p) => p.name)).join('、'),
      rules: rules.map((r) => r.summary).join('；'),
      articles: rules.map((r) => articlesFull(r.articles, set)).join('；'),
      ruleList: rules.map((r) => ({ id: r.id, summary: r.summary, severity: r.severity, articles: articlesShort(r.articles), verified: r.articles.every((a) => a.verified !== false) })),
      earliest: isNext ? (evaluation.next?.earliest ?? null) : null,
      due,
      status,
      statusText: STATUS_ZH[status],
      notes: [
        ...(notice && noticeRule?.from === s.key
          ? [`公示期${formatChineseDate(notice.from)}至${formatChineseDate(notice.to)}（${notice.days}个工作日）${notice.provisional ? '，暂算' : ''}`]
          : []),
        ...problems.map((p) => p.message),
        ...deadlines.map((d) => d.message),
      ].join('；'),
    };
  });
  const provisional = !!evaluation.notice?.provisional;
  return {
    title: `${row.name}同志发展党员工作时间节点表`,
    orgName: getSelf(store).name,
    person: { name: row.name, gender: genderZh(row.gender), birthDate: row.birthDate, stage: STAGE_ZH[row.stage as keyof typeof STAGE_ZH] ?? row.stage },
    ruleSet: set.title,
    ruleSetNote: note,
    columns: ['阶段', '序号', '步骤', '日期', '相关人员', '时间要求', '依据', '状态', '备注'],
    rows,
    provisional,
    footnotes: [
      '月份按日历月计算，遇月末无对应日期的取该月最后一天（如1月31日加一个月为2月28日或29日）。',
      '预备期从支部大会通过之日算起；党龄从预备期满转为正式党员之日算起。',
      ...(provisional ? ['公示期所在年份不在节假日历内，工作日按周末推算，结果为暂算。'] : []),
      `“细则”指${set.sources.细则}，“党章”指${set.sources.党章}；注“条号待核”的条号尚未与正式文本核对。`,
    ],
    generatedOn: today,
  };
}

/** 公示: who, the dates so far, the period in working days, and where to send opinions. */
export function buildPublicNotice(store: Store, input: { code: string; from: string; workingDays?: number | undefined; unit?: string | null | undefined }): z.infer<typeof publicNoticeDocument> {
  const { row, live, set } = evaluateApplicant(store, input.code);
  const branch = getSelf(store);
  const rule = set.rules.find((r) => r.kind === 'public-notice');
  const days = input.workingDays ?? (rule?.kind === 'public-notice' ? rule.params.workingDays : 5);
  const period = workingWindow(input.from, days);
  const date = (step: string) => live.find((r) => r.step === step)?.date ?? null;
  const zh = (d: string | null) => (d ? formatChineseDate(d) : null);
  const person = {
    name: row.name,
    gender: genderZh(row.gender),
    ethnicity: row.ethnicity ? (codeName('ethnicity', row.ethnicity) ?? null) : null,
    birth: row.birthDate ? formatChineseDate(row.birthDate.slice(0, 7)) : null,
    education: row.education ? (codeName('education', row.education) ?? null) : null,
    unit: input.unit ?? null,
  };
  const dates = { application: date('application'), activist: date('activist'), candidate: date('candidate') };
  const facts = [person.gender, person.ethnicity, person.birth && `${person.birth}生`, person.education, person.unit].filter(Boolean).join('，');
  const history = [
    dates.application && `${zh(dates.application)}递交入党申请书`,
    dates.activist && `${zh(dates.activist)}被确定为入党积极分子`,
    dates.candidate && `${zh(dates.candidate)}被确定为发展对象`,
  ].filter(Boolean);
  const contact = [branch.secretaryName && `联系人：${branch.secretaryName}`, branch.contactPhone && `联系电话：${branch.contactPhone}`].filter(Boolean).join('；');
  return {
    title: `关于拟发展${row.name}同志为中共预备党员的公示`,
    orgName: branch.name,
    person,
    dates,
    period: { from: period.from, to: period.to, workingDays: days, provisional: period.provisional },
    opinionsTo: { org: branch.name, parentOrg: branch.parentName, contact: branch.secretaryName, phone: branch.contactPhone },
    paragraphs: [
      `经党支部研究并报上级党委预审，拟发展${row.name}同志为中共预备党员，现将有关情况公示如下：`,
      `${row.name}，${facts}。${history.length ? `${history.join('，')}。` : ''}`,
      `公示时间：${formatChineseDate(period.from)}至${formatChineseDate(period.to)}（${days}个工作日）。${period.provisional ? '（公示期所在年份不在节假日历内，按周末推算，为暂算。）' : ''}`,
      `公示期间，党员和群众可通过来信、来电、来访等方式，向${branch.name}${branch.parentName ? `或${branch.parentName}` : ''}反映公示对象的情况和问题。反映情况应实事求是，以真实姓名反映。${contact ? `${contact}。` : ''}`,
    ],
    signature: branch.name,
    date: period.from,
  };
}

/** The steps the person's rule version uses, as data for the screen (names, people, documents). */
export function buildStepSet(store: Store, code: string): z.infer<typeof stepSetDocument> {
  const { set } = evaluateApplicant(store, code);
  return {
    ruleSet: set.title,
    phases: set.steps.phases,
    steps: set.steps.steps.map((s) => ({
      key: s.key,
      phase: s.phase,
      number: s.number,
      name: s.name,
      repeatable: !!s.repeatable,
      round: !!s.round,
      people: s.people ? { role: s.people.role, label: s.people.label, min: s.people.min, max: s.people.max, fullMember: !!s.people.fullMember } : null,
      documents: s.documents.map((d) => ({ key: d.key, name: d.name, optional: !!d.optional })),
    })),
  };
}
