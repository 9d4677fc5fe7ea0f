/**
 * Figures and the providers that compute them. A figure is a number with the list of who or
 * what is behind it ({code, name}): a statistics report is checked name by name (the 党员卡片
 * principle, DOMAIN.md §6.2), so every count must be able to say whom it counts.
 */
import type { Figure, FigureItem, Figures, PeriodKind } from '../api/schemas/reports';
import type { Store } from '../store/store';
import type { ReportPeriod } from './periods';

export type { Figure, FigureItem, Figures };

/**
 * One section of the report (members, changes, meetings, dues …): a function from the store
 * and the period to named figures, computed as of the period's end. Areas own their section:
 * a provider may be swapped for one that asks the area's service, as long as the keys stay.
 */
export interface SectionProvider {
  section: string;
  /** The period kinds the section belongs in; absent means every kind. */
  kinds?: readonly PeriodKind[];
  figures(store: Store, period: ReportPeriod): Figures;
}

// Items often arrive as whole rows (a roster entry with its ID number and birth date): only
// the code and the name go into a figure, which is stored, hashed and sent up the line.
const bare = (items: FigureItem[]): FigureItem[] => items.map((i) => ({ code: i.code, name: i.name }));

/** A count: the value is the number of items. */
export function count(label: string, items: FigureItem[]): Figure {
  return { label, unit: 'count', value: items.length, items: bare(items) };
}

/** An amount (fen, minutes) with the items it was summed over. */
export function amount(label: string, unit: 'fen' | 'minutes', value: number, items: FigureItem[]): Figure {
  return { label, unit, value, items: bare(items) };
}

export interface Bucket {
  key: string;
  label: string;
}

/**
 * Splits `items` into the buckets `classify` names. An item classified as null falls in no
 * bucket: the sum of the breakdown then falls short of the total, and validation names it.
 */
export function breakdown<T extends FigureItem>(prefix: string, items: T[], buckets: readonly Bucket[], classify: (item: T) => string | null): Figures {
  const byKey = new Map<string, FigureItem[]>(buckets.map((b) => [b.key, []]));
  for (const item of items) {
    const key = classify(item);
    if (key !== null) byKey.get(key)?.push(item);
  }
  return Object.fromEntries(buckets.map((b) => [`${prefix}.${b.key}`, count(b.label, byKey.get(b.key) ?? [])]));
}

/** The figures whose keys start with `prefix.` (one breakdown), in insertion order. */
export function figuresUnder(all: Figures, prefix: string): [string, Figure][] {
  return Object.entries(all).filter(([k]) => k.startsWith(`${prefix}.`));
}

export function itemKey(i: FigureItem): string {
  return `${i.code}\u0000${i.name}`;
}

export function sortItems(items: FigureItem[]): FigureItem[] {
  return [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Placeholders for a SQL IN list. */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
