import type { ApiClient } from '../../api/client';
import type { FieldIssue, UiError } from '../../api/types';
import { draftOf, issuesBySlot, recordInput, sameDraft, type AppraisalRow, type IssueSlot, type RowDraft, type Voters } from './appraisal-grid';

export type RowStatus = 'saved' | 'dirty' | 'saving' | 'error';

export interface RowState {
  saved: AppraisalRow;
  draft: RowDraft;
  status: RowStatus;
  issues: Partial<Record<IssueSlot, FieldIssue>>;
  /** A failure that is not about one cell (closed year, submitted report, lost connection). */
  error: UiError | null;
}

/**
 * The rows of one appraisal year as typed and as saved, outside React (the grid reads it
 * through useSyncExternalStore). A change is visible at once, so a save started by the same
 * key press that changed a value (Enter in a date cell) sends the new value. One call per row
 * at a time; a refused row keeps what was typed, with the backend's issues by cell.
 */
export class RowsStore {
  private rows: Map<string, RowState>;
  private snapshot: readonly RowState[];
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<() => void>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly api: Pick<ApiClient, 'call'>,
    private readonly year: number,
    loaded: readonly AppraisalRow[],
  ) {
    this.rows = new Map(loaded.map((r) => [r.memberCode, { saved: r, draft: draftOf(r), status: 'saved', issues: {}, error: null }]));
    this.snapshot = [...this.rows.values()];
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly RowState[] => this.snapshot;

  /** Called after every successful save (the summary reloads). */
  onSaved(listener: () => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  get(code: string): RowState | undefined {
    return this.rows.get(code);
  }

  private put(code: string, state: RowState): void {
    this.rows.set(code, state);
    this.snapshot = [...this.rows.values()];
    for (const l of this.listeners) l();
  }

  /** Applies a change typed in `slots` (their old issues go: the secretary is fixing them). */
  edit(code: string, change: (d: RowDraft) => RowDraft, slots: readonly IssueSlot[]): void {
    const s = this.rows.get(code);
    if (!s) return;
    const draft = change(s.draft);
    if (s.status === 'saving') {
      this.put(code, { ...s, draft });
    } else if (sameDraft(draft, draftOf(s.saved))) {
      // Back to what is saved: nothing to save, nothing wrong.
      this.put(code, { ...s, draft, status: 'saved', issues: {}, error: null });
    } else {
      const issues = { ...s.issues };
      for (const slot of slots) delete issues[slot];
      this.put(code, { ...s, draft, issues, status: 'dirty' });
    }
  }

  /** Saves the row if it has unsaved changes; resolves when it is saved or refused. */
  async save(code: string, voters: Voters): Promise<void> {
    // Sent at once (the call is out before the next key press); after the row's last call otherwise.
    const before = this.inFlight.get(code);
    const next = before ? before.then(() => this.saveOnce(code, voters)) : this.saveOnce(code, voters);
    this.inFlight.set(code, next);
    await next;
    if (this.inFlight.get(code) === next) this.inFlight.delete(code);
  }

  /** Saves every changed row (before printing, before closing); true when all are saved. */
  async saveAll(voters: Voters): Promise<boolean> {
    for (const [code, s] of this.rows) if (s.status === 'dirty' || s.status === 'error') await this.save(code, voters);
    await Promise.all([...this.inFlight.values()]);
    return [...this.rows.values()].every((s) => s.status === 'saved');
  }

  private async saveOnce(code: string, voters: Voters): Promise<void> {
    const s = this.rows.get(code);
    if (!s || s.status === 'saved' || s.status === 'saving') return;
    const sent = s.draft;
    this.put(code, { ...s, status: 'saving', error: null });
    const result = await this.api.call('appraisal.record', recordInput(this.year, code, sent, voters));
    const now = this.rows.get(code)!;
    if (result.ok) {
      const saved = result.value.row;
      // Typing that happened while the call was out stays, and is saved next time.
      const untouched = sameDraft(now.draft, sent);
      this.put(code, { saved, draft: untouched ? draftOf(saved) : now.draft, status: untouched ? 'saved' : 'dirty', issues: {}, error: null });
      for (const l of this.savedListeners) l();
    } else if (result.error.code === 'INVALID_INPUT' && result.error.issues?.length) {
      this.put(code, { ...now, status: 'error', issues: issuesBySlot(result.error.issues), error: null });
    } else {
      this.put(code, { ...now, status: 'error', issues: {}, error: result.error });
    }
  }
}
