/**
 * A change refused because its date lies in a submitted report period arrives as
 * CONFLICT { period, date } from any area (db/reports/locks.ts). The general CONFLICT message
 * would send the secretary looking for a clash that is not there; this one says which period
 * holds the date and how to reopen it.
 */
import dayjs from 'dayjs';
import type { TranslatedError, Translate } from '../i18n/translate';

/** '2026Q3' → 2026年第三季度, '2026H1' → 2026年上半年, '2026' → 2026年度 (in the current language). */
export function periodName(t: Translate, id: string): string {
  const m = /^(\d{4})(?:([QH])([1-4]))?$/.exec(id);
  if (!m) return id;
  const [, year, kind, n] = m;
  if (kind === 'Q') return t(`reports.period.q${n as '1' | '2' | '3' | '4'}`, { year: year! });
  if (kind === 'H') return t(n === '1' ? 'reports.period.half1' : 'reports.period.half2', { year: year! });
  return t('reports.period.year', { year: year! });
}

export function lockedPeriodError(t: Translate, error: { code: string; params?: Record<string, string | number> }): TranslatedError | null {
  const { period, date } = error.params ?? {};
  if (error.code !== 'CONFLICT' || typeof period !== 'string' || typeof date !== 'string') return null;
  const params = { period: periodName(t, period), date: dayjs(date).format(t('format.date')) };
  return { what: t('reports.lock.what', params), next: t('reports.lock.next', params) };
}
