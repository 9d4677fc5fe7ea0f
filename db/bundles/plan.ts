import type { Store } from '../store/store';
import type { BundleErrorCode } from './refusal';

export type Action = 'new' | 'changed' | 'unchanged' | 'rejected';

/** One row (or statement) of an incoming bundle and what importing it would do. */
export interface Change {
  entity: string;
  code: string;
  /** What a person recognises: the member's name, the organisation's name. */
  label: string;
  action: Action;
  /** Chinese: why it was rejected, or what changes. */
  reason: string | null;
  /** For a rejection: the refusal the whole import gets if this row is the first one rejected. */
  refusal?: BundleErrorCode;
}

/**
 * What importing a verified bundle would do (the dry run), and the function that does it.
 * `apply` runs inside the import transaction and must not await.
 */
export interface Plan {
  changes: Change[];
  notes: string[];
  counts: Record<string, number> | null;
  receiptFor?: string | null;
  apply: (store: Store, at: string, actor: string) => void;
}

export function tally(changes: readonly Change[]): Record<Action, number> {
  const t: Record<Action, number> = { new: 0, changed: 0, unchanged: 0, rejected: 0 };
  for (const c of changes) t[c.action] += 1;
  return t;
}

export function rejected(entity: string, code: string, label: string, reason: string, refusal: BundleErrorCode = 'BUNDLE_ROW_INVALID'): Change {
  return { entity, code, label, action: 'rejected', reason, refusal };
}
