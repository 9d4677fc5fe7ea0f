/**
 * Import: examine (verify everything, read only) → plan (the dry run: new / changed /
 * unchanged / rejected, with reasons in Chinese) → back up → apply in one transaction, in
 * which the stream's mark advances only after the rows, and the receipt is made and logged.
 */
import { appendAudit } from '../audit/chain';
import type { Store } from '../store/store';
import type { BundleDeps } from './deps';
import { planAuthorisation, planEnrolment, planRevocation } from './authority-import';
import { examine, type Examined } from './examine';
import { shortHash } from './fingerprint';
import { isSequenced, type BundleKind } from './header';
import { advanceStream, logBundle } from './ledger';
import { deliver, sendBundle, type Delivered } from './outgoing';
import { tally, type Action, type Change, type Plan } from './plan';
import { planReceipt, receiptSpec } from './receipt';
import { refuse } from './refusal';
import { readReplica } from './replica';
import { planRows } from './replica-rows';
import { readReport } from './report';

export interface ImportSummary {
  status: 'ready' | 'blocked' | 'replayed' | 'imported';
  bundleId: string;
  kind: BundleKind;
  sender: string;
  senderName: string | null;
  senderKeyId: string;
  senderFingerprint: string[];
  recipient: string;
  period: string | null;
  sequence: number;
  createdAt: string;
  fileHash: string;
  fileHashShort: string;
  /** When it was imported (now, or the earlier time for a replay). */
  importedAt: string | null;
  counts: Record<Action, number>;
  /** Every change (for data bundles, not the unchanged rows), at most MAX_LISTED. */
  changes: Omit<Change, 'refusal'>[];
  notes: string[];
}

const MAX_LISTED = 1000;

function planFor(store: Store, ex: Examined): Plan {
  const body = ex.body!;
  switch (ex.header.kind) {
    case 'enrolment':
      return planEnrolment(store, ex);
    case 'authorisation':
      return planAuthorisation(store, ex);
    case 'revocation':
      return planRevocation(store, ex);
    case 'receipt':
      return planReceipt(store, ex);
    case 'replica':
    case 'report': {
      const scope = ex.sender.scope ?? ex.header.sender;
      const read = ex.header.kind === 'replica' ? readReplica(body, scope, ex.today) : readReport(body, ex.header.period, ex.header.sender);
      return planRows(store, { sender: ex.header.sender, scope, bundleId: ex.header.bundleId, ...read, fullEntities: ex.header.kind === 'replica' ? ['member'] : [] });
    }
  }
}

function summarise(ex: Examined, status: ImportSummary['status'], plan: Plan | null, importedAt: string | null): ImportSummary {
  const { header } = ex;
  const changes = plan?.changes ?? [];
  return {
    status,
    bundleId: header.bundleId,
    kind: header.kind,
    sender: header.sender,
    senderName: ex.sender.name,
    senderKeyId: header.senderKeyId,
    senderFingerprint: ex.sender.fingerprint,
    recipient: header.recipient,
    period: header.period,
    sequence: header.sequence,
    createdAt: header.createdAt,
    fileHash: ex.fileHash,
    fileHashShort: shortHash(ex.fileHash),
    importedAt,
    counts: tally(changes),
    changes: changes
      .filter((c) => c.action !== 'unchanged' || !isSequenced(header.kind))
      .slice(0, MAX_LISTED)
      .map(({ refusal: _r, ...c }) => c),
    notes: ex.replayedAt ? [`这个数据包已于 ${ex.replayedAt.slice(0, 10)} 导入过，这次不会有任何改动。`] : (plan?.notes ?? []),
  };
}

/** Verifies and plans without writing anything: what the secretary reads before confirming. */
export function dryRun(store: Store, bytes: Buffer, deps: BundleDeps): ImportSummary {
  const ex = examine(store, bytes, deps.now());
  if (ex.replayedAt) return summarise(ex, 'replayed', null, ex.replayedAt);
  const plan = planFor(store, ex);
  return summarise(ex, plan.changes.some((c) => c.action === 'rejected') ? 'blocked' : 'ready', plan, null);
}

/** Verification only (signature, chain, scope, sequence, decryption): no rows are read. */
export function verifyBundle(store: Store, bytes: Buffer, deps: BundleDeps): ImportSummary {
  const ex = examine(store, bytes, deps.now());
  return summarise(ex, ex.replayedAt ? 'replayed' : 'ready', null, ex.replayedAt);
}

function refuseRejected(plan: Plan, sender: string): void {
  const bad = plan.changes.filter((c) => c.action === 'rejected');
  const first = bad[0];
  if (!first) return;
  // All or nothing: a bundle with a rejected row is refused whole, so the sender's stream and
  // our replica never disagree about what was applied; the dry run names every row and why.
  throw refuse(first.refusal ?? 'BUNDLE_ROW_INVALID', `${bad.length} rows rejected`, { count: bad.length, sender, code: first.code, reason: first.reason ?? '' }, bad.map((c) => ({ path: [c.entity, c.code], message: c.reason ?? '', code: c.refusal ?? 'BUNDLE_ROW_INVALID' })));
}

export interface ImportResult {
  summary: ImportSummary;
  /** The receipt (回执) for the sender, for data bundles. */
  receipt: Delivered | null;
}

export function importBundle(store: Store, bytes: Buffer, deps: BundleDeps, actor: string, receiptPath?: string | null): ImportResult {
  const ex = examine(store, bytes, deps.now());
  if (ex.replayedAt) return { summary: summarise(ex, 'replayed', null, ex.replayedAt), receipt: null };
  const plan = planFor(store, ex);
  refuseRejected(plan, ex.header.sender);
  store.backup('before-import');
  const { header } = ex;
  return store.transaction(() => {
    const at = deps.now().toISOString();
    plan.apply(store, at, actor);
    logBundle(store.sqlite, {
      bundleId: header.bundleId,
      direction: 'in',
      kind: header.kind,
      sender: header.sender,
      recipient: header.recipient,
      period: header.period,
      sequence: header.sequence,
      fileHash: ex.fileHash,
      counts: plan.counts,
      at,
      receiptFor: plan.receiptFor ?? null,
    });
    // Only now, after the rows, in the same transaction: the mark never runs ahead of the data.
    if (isSequenced(header.kind)) advanceStream(store.sqlite, 'in', header.sender, header.recipient, header.sequence, ex.fileHash, at);
    const summary = summarise(ex, 'imported', plan, at);
    appendAudit(store.sqlite, actor, { op: 'bundles.import', entity: 'bundle', entityCode: header.bundleId, after: { kind: header.kind, sender: header.sender, sequence: header.sequence, fileHash: ex.fileHash, counts: summary.counts } });
    const receipt = isSequenced(header.kind) ? deliver(sendBundle(store, receiptSpec(ex, summary.counts, at), deps, actor), receiptPath) : null;
    return { summary, receipt };
  });
}
