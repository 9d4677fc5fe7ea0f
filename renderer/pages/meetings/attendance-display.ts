import type { Translate } from '../../i18n/translate';
import type { Meeting, MeetingType } from './meeting-types';

type Counts = Meeting['counts'];
type Quorum = Meeting['quorum'];

export interface Figure {
  label: string;
  value: number;
  /** A figure the quorum is counted on: shown stronger. */
  key?: boolean;
}

/**
 * The attendance figures as the minutes state them: 应到, 实到, 缺席, 列席, and for a 党员大会
 * the voting members (预备党员 have no vote) counted separately.
 */
export function attendanceFigures(t: Translate, type: MeetingType, c: Counts): Figure[] {
  const figures: Figure[] = [
    { label: t('meetings.count.expected'), value: c.expected, key: type !== 'general-assembly' },
    { label: t('meetings.count.present'), value: c.present, key: type !== 'general-assembly' },
    { label: t('meetings.count.absent'), value: c.expected - c.present },
    { label: t('meetings.count.observers'), value: c.observers },
  ];
  if (type === 'general-assembly') {
    figures.push(
      { label: t('meetings.count.expectedVoting'), value: c.expectedVoting, key: true },
      { label: t('meetings.count.presentVoting'), value: c.presentVoting, key: true },
    );
  }
  return figures;
}

export interface QuorumView {
  /** The rule in words, with its numbers. */
  rule: string;
  /** The backend's verdict in words, or null when the type has no quorum rule. */
  verdict: string | null;
  status: 'met' | 'short' | 'none';
}

/** The quorum rule and the backend's verdict on it, as a sentence each. */
export function quorumView(t: Translate, q: Quorum): QuorumView {
  if (q.rule === 'none') return { rule: t('meetings.quorum.rule.none'), verdict: null, status: 'none' };
  const params = { of: q.of, needed: q.needed, present: q.present, short: Math.max(0, q.needed - q.present) };
  return {
    rule: t(`meetings.quorum.rule.${q.rule}`, params),
    verdict: t(q.met ? 'meetings.quorum.met' : 'meetings.quorum.short', params),
    status: q.met ? 'met' : 'short',
  };
}

/** A resolution's result under the 党员大会 rule (more than half of the voting members expected). */
export function outcomeText(t: Translate, o: { passes: boolean; yes: number; needed: number }): string {
  return t(o.passes ? 'meetings.outcome.passes' : 'meetings.outcome.fails', { yes: o.yes, needed: o.needed });
}
