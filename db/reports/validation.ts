/**
 * Checks a report before it leaves the branch. Errors are reconciliation failures: the figures
 * contradict each other or the records, and the report cannot be submitted until the records
 * are corrected. Warnings (unusual.ts) are figures that are allowed but that the level above
 * will ask about; each needs an explanation, which is stored with the version and travels with
 * it. Every issue names the rows behind it, because "the numbers do not add up" is not
 * something a secretary can act on, but "张三 was transferred out twice" is.
 */
import type { FigureItem, Figures, Validation, ValidationIssue } from '../api/schemas/reports';
import { ADDITION_KINDS, EVENT_LABELS_ZH, REMOVAL_KINDS, type EventKind } from '../members/event-kinds';
import { formatChineseDate } from '../members/chinese-dates';
import type { Store } from '../store/store';
import { figuresUnder, itemKey } from './figures';
import { error, fig, names, value, type Issue } from './issues';
import type { ReportPeriod } from './periods';
import { periodEvents } from './providers/changes';
import { BREAKDOWNS, rosterDetails, type RosterPerson } from './providers/members';
import { missingFigures, type ReportTemplate } from './templates';
import { unusualFigures } from './unusual';

function totalParts(figures: Figures): Issue[] {
  const total = fig(figures, 'members.total');
  const parts = [...fig(figures, 'members.full').items, ...fig(figures, 'members.probationary').items];
  if (parts.length === total.value) return [];
  const inParts = new Set(parts.map(itemKey));
  const stray = [...total.items.filter((i) => !inParts.has(itemKey(i))), ...parts.filter((p) => !total.items.some((t) => itemKey(t) === itemKey(p)))];
  return [error('TOTAL_PARTS', `期末党员总数${total.value}人，不等于正式党员${value(figures, 'members.full')}人与预备党员${value(figures, 'members.probationary')}人之和：${names(stray)}`, stray)];
}

/** Every breakdown adds up to the total; whoever could not be placed is named. */
function breakdownSums(figures: Figures): Issue[] {
  const total = fig(figures, 'members.total');
  return BREAKDOWNS.flatMap((b) => {
    const buckets = figuresUnder(figures, `members.${b.key}`);
    const sum = buckets.reduce((a, [, f]) => a + f.value, 0);
    if (sum === total.value) return [];
    const placed = new Set(buckets.flatMap(([, f]) => f.items.map(itemKey)));
    const stray = total.items.filter((i) => !placed.has(itemKey(i)));
    return [error('BREAKDOWN_SUM', `按${b.dimension}分类的各项之和${sum}人，不等于党员总数${total.value}人；无法归类（代码不在代码表中或日期晚于期末）：${names(stray)}`, stray, b.key)];
  });
}

/**
 * 期初 + 增加 + 录入 − 减少 = 期末, by count and by name: walking the period's events from the
 * opening list must arrive at the closing list. An addition of someone already on the list,
 * or a removal of someone not on it, is named with its date.
 */
function reconcile(store: Store, period: ReportPeriod, figures: Figures): Issue[] {
  const opening = fig(figures, 'previous.members.total');
  const closing = fig(figures, 'members.total');
  const onList = new Map(opening.items.map((i) => [i.code, i]));
  const odd: string[] = [];
  const oddItems: FigureItem[] = [];
  const ins = new Set<string>([...ADDITION_KINDS, 'import']);
  const outs = new Set<string>(REMOVAL_KINDS);
  for (const e of periodEvents(store.sqlite, period.start, period.end)) {
    const label = EVENT_LABELS_ZH[e.kind as EventKind] ?? e.kind;
    const who = { code: e.code, name: e.name };
    const note = (state: string) => {
      odd.push(`${e.name}于${formatChineseDate(e.date)}${label}时${state}`);
      oddItems.push(who);
    };
    if (ins.has(e.kind)) {
      if (onList.has(e.code)) note('已在名册上');
      onList.set(e.code, who);
    } else if (outs.has(e.kind)) {
      if (!onList.has(e.code)) note('不在名册上');
      onList.delete(e.code);
    }
  }
  const closingCodes = new Set(closing.items.map((i) => i.code));
  const missing = [...onList.values()].filter((i) => !closingCodes.has(i.code));
  const extra = closing.items.filter((i) => !onList.has(i.code));
  const expected = opening.value + value(figures, 'changes.additions.total') + value(figures, 'changes.imported') - value(figures, 'changes.removals.total');
  if (expected === closing.value && odd.length === 0 && missing.length === 0 && extra.length === 0) return [];
  const parts = [
    `上期末${opening.value}人 + 本期增加${value(figures, 'changes.additions.total')}人 + 录入${value(figures, 'changes.imported')}人 − 本期减少${value(figures, 'changes.removals.total')}人 = ${expected}人，期末党员总数为${closing.value}人`,
    ...odd,
    ...(missing.length ? [`按增减应在期末名册上但不在：${names(missing)}`] : []),
    ...(extra.length ? [`在期末名册上但增减中没有来由：${names(extra)}`] : []),
  ];
  const items = [...new Map([...oddItems, ...missing, ...extra].map((i) => [i.code, i])).values()];
  return [error('RECONCILE', `期初、增减与期末不符：${parts.join('；')}`, items)];
}

function normaliseId(id: string): string {
  return id.replace(/\s/g, '').toUpperCase();
}

/** One record per person: no ID number twice on the roster (spaces and a lower-case x hide duplicates). */
function duplicateIds(people: RosterPerson[]): Issue[] {
  const byId = new Map<string, RosterPerson[]>();
  for (const p of people) if (p.idNumber) byId.set(normaliseId(p.idNumber), [...(byId.get(normaliseId(p.idNumber)) ?? []), p]);
  return [...byId.entries()]
    .filter(([, ps]) => ps.length > 1)
    .map(([id, ps]) => error('DUPLICATE_ID', `公民身份号码${id}在名册上出现${ps.length}次：${names(ps)}`, ps.map((p) => ({ code: p.code, name: p.name })), id));
}

function templateKeys(template: ReportTemplate, figures: Figures): Issue[] {
  const missing = missingFigures(template, figures);
  return missing.length ? [error('TEMPLATE_FIGURE_MISSING', `报表格式 ${template.id} 引用了不存在的指标：${missing.join('、')}`, [])] : [];
}

export function validateReport(store: Store, period: ReportPeriod, template: ReportTemplate, figures: Figures, explanations: Record<string, string>): Validation {
  const people = rosterDetails(store, period.end);
  const found: Issue[] = [
    ...totalParts(figures),
    ...breakdownSums(figures),
    ...reconcile(store, period, figures),
    ...duplicateIds(people),
    ...templateKeys(template, figures),
    ...unusualFigures(period, figures, people),
  ];
  const issues: ValidationIssue[] = found.map((i) => ({ ...i, explanation: i.severity === 'warning' ? (explanations[i.key] ?? null) : null }));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const unexplained = issues.filter((i) => i.severity === 'warning' && !i.explanation).length;
  return { errors, warnings, unexplained, ready: errors === 0 && unexplained === 0, issues };
}
