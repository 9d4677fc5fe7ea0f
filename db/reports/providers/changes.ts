/**
 * The change list of the period (DOMAIN.md §6.2): 增加 (发展, 转入, 恢复) and 减少 (转出, 死亡,
 * 出党 by kind, 停止党籍), plus 转正 and 延长预备期. Events are counted on their date, first and
 * last day of the period included; cancelled events are not counted. A record brought in by
 * import is not an addition: it is listed on its own so the reconciliation can balance.
 */
import { ADDITION_KINDS, EXPEL_DETAILS, REMOVAL_KINDS } from '../../members/event-kinds';
import { statement } from '../../util/statements';
import { COLLEGE_OR_ABOVE, ageAt, educationGroup, ethnicityBucket } from '../bands';
import { count, placeholders, type FigureItem, type Figures, type SectionProvider } from '../figures';
import { memberDetails } from './members';

export interface PeriodEvent extends FigureItem {
  kind: string;
  detail: string | null;
  date: string;
}

const COUNTED_KINDS = [...ADDITION_KINDS, ...REMOVAL_KINDS, 'import', 'full', 'probation-extended'];

const ADDITION_LABELS: Record<(typeof ADDITION_KINDS)[number], string> = { develop: '发展党员', 'transfer-in': '组织关系转入', restore: '恢复党籍' };
const REMOVAL_LABELS: Record<(typeof REMOVAL_KINDS)[number], string> = { 'transfer-out': '组织关系转出', death: '死亡', expel: '出党', stop: '停止党籍' };
const EXPEL_LABELS: Record<(typeof EXPEL_DETAILS)[number], string> = {
  expelled: '开除党籍',
  removed: '除名',
  lapsed: '自行脱党',
  withdrew: '退党',
  'probation-cancelled': '取消预备党员资格',
};

/** The uncancelled membership events dated inside [start, end], in the order they happened. */
export function periodEvents(db: Parameters<typeof statement>[0], start: string, end: string): PeriodEvent[] {
  return statement(
    db,
    `SELECT e.member_code AS code, m.name, e.kind, e.detail, e.date
       FROM member_events e JOIN members m ON m.code = e.member_code
      WHERE e.cancelled_by IS NULL AND e.date >= ? AND e.date <= ? AND e.kind IN (${placeholders(COUNTED_KINDS.length)})
      ORDER BY e.date, e.id`,
  ).all(start, end, ...COUNTED_KINDS) as PeriodEvent[];
}

const person = (e: PeriodEvent): FigureItem => ({ code: e.code, name: e.name });

export const changesSection: SectionProvider = {
  section: 'changes',
  figures: (store, period) => {
    const events = periodEvents(store.sqlite, period.start, period.end);
    const of = (kind: string, detail?: string) => events.filter((e) => e.kind === kind && (detail === undefined || e.detail === detail)).map(person);
    const additions = events.filter((e) => (ADDITION_KINDS as readonly string[]).includes(e.kind)).map(person);
    const removals = events.filter((e) => (REMOVAL_KINDS as readonly string[]).includes(e.kind)).map(person);
    const out: Figures = { 'changes.additions.total': count('增加合计', additions) };
    for (const k of ADDITION_KINDS) out[`changes.additions.${k}`] = count(ADDITION_LABELS[k], of(k));
    out['changes.removals.total'] = count('减少合计', removals);
    for (const k of REMOVAL_KINDS) out[`changes.removals.${k}`] = count(REMOVAL_LABELS[k], of(k));
    for (const d of EXPEL_DETAILS) out[`changes.removals.expel.${d}`] = count(EXPEL_LABELS[d], of('expel', d));
    out['changes.imported'] = count('录入原有党员（不计入增加）', of('import'));
    out['changes.full'] = count('预备党员转为正式党员', of('full'));
    out['changes.probationExtended'] = count('延长预备期', of('probation-extended'));
    Object.assign(out, developedFigures(store, events.filter((e) => e.kind === 'develop')));
    return out;
  },
};

/** 第十四表-style detail of those developed: 女, 少数民族, 35岁及以下 on the admission day, 大专及以上. */
function developedFigures(store: Parameters<SectionProvider['figures']>[0], developed: PeriodEvent[]): Figures {
  const details = memberDetails(store);
  const where = (test: (d: NonNullable<ReturnType<typeof details.get>>, e: PeriodEvent) => boolean) =>
    developed.filter((e) => {
      const d = details.get(e.code);
      return d !== undefined && test(d, e);
    }).map(person);
  return {
    'changes.develop.female': count('发展党员中女性', where((d) => d.gender === '2')),
    'changes.develop.minority': count('发展党员中少数民族', where((d) => ethnicityBucket(d.ethnicity) === 'minority')),
    'changes.develop.upTo35': count('发展党员中35岁及以下', where((d, e) => (ageAt(d.birthDate, e.date) ?? Infinity) <= 35)),
    'changes.develop.collegeOrAbove': count('发展党员中大专及以上学历', where((d) => COLLEGE_OR_ABOVE.has(educationGroup(d.education) ?? ''))),
  };
}
