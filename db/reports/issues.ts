/** Building blocks of validation issues, shared by the reconciliation rules and the warnings. */
import type { Figure, FigureItem, Figures, ValidationIssue } from '../api/schemas/reports';

export type Issue = Omit<ValidationIssue, 'explanation'>;

/** '张三、李四等12人': the names in a message; the full list is in `items`. */
export function names(items: FigureItem[], max = 10): string {
  const shown = items.slice(0, max).map((i) => i.name).join('、');
  return items.length > max ? `${shown}等${items.length}人` : shown;
}

const EMPTY: Figure = { label: '', unit: 'count', value: 0, items: [] };

export const fig = (figures: Figures, key: string): Figure => figures[key] ?? EMPTY;
export const value = (figures: Figures, key: string): number => fig(figures, key).value;

function issue(severity: Issue['severity'], rule: string, message: string, items: FigureItem[], sub?: string): Issue {
  return { rule, severity, key: sub ? `${rule}:${sub}` : rule, message, items };
}

export const error = (rule: string, message: string, items: FigureItem[], sub?: string) => issue('error', rule, message, items, sub);
export const warning = (rule: string, message: string, items: FigureItem[], sub?: string) => issue('warning', rule, message, items, sub);
