import dayjs from 'dayjs';
import type { Translate } from '../../i18n/translate';
import { MEETING_TYPES, type CadenceLine } from './meeting-types';

export interface CadenceSummary {
  /** The period before this one fell short (上月/上季度/上年). */
  overdue: CadenceLine[];
  /** Still needed in the current period, the earliest deadline first. */
  due: CadenceLine[];
  /** Already met in the current period. */
  done: CadenceLine[];
}

const typeOrder = (l: CadenceLine) => MEETING_TYPES.indexOf(l.type);

/** In the order the types are always listed (大会, 支委会, 党小组会, 党课, …). */
export function byType(lines: readonly CadenceLine[]): CadenceLine[] {
  return [...lines].sort((a, b) => typeOrder(a) - typeOrder(b));
}

/** The cadence lines sorted into what is overdue, what is due (soonest first) and what is done. */
export function summariseCadence(lines: readonly CadenceLine[]): CadenceSummary {
  const sorted = byType(lines);
  return {
    overdue: sorted.filter((l) => !l.previous.met),
    due: sorted.filter((l) => !l.current.met).sort((a, b) => (a.dueBy ?? '').localeCompare(b.dueBy ?? '') || typeOrder(a) - typeOrder(b)),
    done: sorted.filter((l) => l.current.met),
  };
}

/** "每季度至少 1 次" (for 党小组会 the count is all groups together, so "共 3 次"). */
export function requirementText(t: Translate, l: Pick<CadenceLine, 'period' | 'required'>): string {
  return t(`meetings.cadence.every.${l.period}`, { min: l.required });
}

/** "本季度已开 0 次，还差 1 次，6月30日前" or "本季度已开 2 次，已达到". */
export function currentText(t: Translate, l: CadenceLine): string {
  const params = { held: l.current.held, short: Math.max(0, l.required - l.current.held), by: l.dueBy ? dayjs(l.dueBy).format(t('meetings.cadence.dayFormat')) : '' };
  return t(l.current.met ? `meetings.cadence.current.met.${l.period}` : `meetings.cadence.current.short.${l.period}`, params);
}

/** "上季度只开了 0 次（应 1 次）". */
export function previousText(t: Translate, l: CadenceLine): string {
  return t(l.previous.met ? `meetings.cadence.previous.met.${l.period}` : `meetings.cadence.previous.short.${l.period}`, {
    held: l.previous.held,
    required: l.required,
  });
}
