import type { FieldIssue, UiError } from '../../api/types';
import type { Translate } from '../../i18n/translate';
import { readableParams } from '../../lib/field-errors';
import type { Grade, IssueSlot } from './appraisal-grid';

/** The words of the appraisal screens that depend on data: grades, the cap, issues, conflicts. */
export function gradeText(t: Translate, grade: Grade | null): string {
  return grade ? t(`appraisal.grade.${grade}`) : '';
}

/** 33 is the backend's “one third” (9 members allow 3, where 33% would allow 2). */
export function capText(t: Translate, percent: number): string {
  return percent === 33 ? t('appraisal.cap.third') : `${percent}%`;
}

/** The sentence under a cell for one backend issue. */
export function issueText(t: Translate, issue: FieldIssue, slot: IssueSlot): string {
  const params = readableParams(t, issue.params ?? {});
  switch (issue.code) {
    case 'BALLOTS_EXCEED_VOTERS':
      return t('appraisal.issue.BALLOTS_EXCEED_VOTERS', params);
    case 'BEFORE_OPENING':
      return t('appraisal.issue.BEFORE_OPENING', params);
    case 'NOT_ON_APPRAISAL_ROSTER':
      return t('appraisal.issue.NOT_ON_APPRAISAL_ROSTER');
  }
  // A plain schema issue: its path says which kind of cell was wrong.
  if (slot.startsWith('ballots.') || slot.startsWith('peer.')) return t('appraisal.issue.count');
  if (slot === 'feedbackOn') return t('appraisal.issue.date');
  return t('appraisal.issue.other');
}

/**
 * CONFLICT says only "it clashes"; its params and the action say with what. Null for any other
 * error, which ErrorAlert words from the catalogue as usual.
 */
export function conflictText(t: Translate, error: Pick<UiError, 'code' | 'params'>, action: 'open' | 'change'): { what: string; next: string } | null {
  if (error.code !== 'CONFLICT' || !error.params) return null;
  const p = readableParams(t, error.params);
  if ('period' in p) return { what: t('appraisal.conflict.periodLocked', p), next: t('appraisal.conflict.periodLocked.next', p) };
  if ('closedOn' in p) return { what: t('appraisal.conflict.closed', p), next: t('appraisal.conflict.closed.next', p) };
  if (action === 'open' && 'year' in p) return { what: t('appraisal.conflict.alreadyOpen', p), next: t('appraisal.conflict.alreadyOpen.next', p) };
  return null;
}
