/**
 * Making a bundle: number it in its stream, seal it, log it, and hand it over — as a file at
 * the caller's path (written atomically) or as base64 for browser mode. The backend never
 * picks a path itself: the desktop shell's save dialog or the CLI's --out gives it.
 */
import { AppError } from '../api/errors';
import { appendAudit } from '../audit/chain';
import { getSelf } from '../organisation/service';
import { writeFileAtomic } from '../store/atomic-file';
import type { Store } from '../store/store';
import { APP_NAME, APP_VERSION } from '../version';
import { KEY_BYTES } from './crypto-suite';
import { buildCoverSheet, type CoverSheet } from './cover-sheet';
import type { BundleDeps } from './deps';
import { fingerprintOf } from './fingerprint';
import { isSequenced, ZERO_HASH, type BundleHeader, type BundleKind } from './header';
import { ensureIdentity, type OwnKey } from './identity';
import { acknowledged, advanceStream, logBundle, sentAt, streamMark } from './ledger';
import { sealBundle, type RecipientKey } from './seal';

export interface OutgoingSpec {
  kind: BundleKind;
  recipientOrgCode: string;
  /** null: signed, not encrypted (enrolment requests only). */
  recipientKey: RecipientKey | null;
  recipientName?: string | null;
  period: string | null;
  body: Record<string, unknown>;
  counts: Record<string, number> | null;
  receiptFor?: string | null;
  /**
   * Number this bundle as the last one sent in its stream again, replacing it: the way out
   * after the recipient refused that bundle (its rows, say) and so never advanced its mark.
   * Allowed only while no receipt for it has come back.
   */
  replaceUnacknowledged?: boolean;
  /** Sign with this key instead of the current signing key (an enrolment is signed by the key it enrols). */
  signer?: OwnKey;
}

export interface Outgoing {
  bytes: Buffer;
  header: BundleHeader;
  fileHash: string;
  fileName: string;
  coverSheet: CoverSheet;
}

function suggestedName(h: BundleHeader): string {
  const when = h.period ?? h.createdAt.slice(0, 10).replace(/-/g, '');
  const seq = h.sequence > 0 ? `-${String(h.sequence).padStart(4, '0')}` : '';
  return `${h.sender}-${h.kind}-${when}${seq}-${h.bundleId.slice(0, 8)}.bdx`;
}

function nextInStream(store: Store, sender: string, spec: OutgoingSpec): { sequence: number; previousHash: string } {
  const mark = streamMark(store.sqlite, 'out', sender, spec.recipientOrgCode);
  const last = mark?.lastSequence ?? 0;
  if (!spec.replaceUnacknowledged || last === 0) return { sequence: last + 1, previousHash: mark?.lastHash ?? ZERO_HASH };
  const replaced = sentAt(store.sqlite, sender, spec.recipientOrgCode, last);
  if (replaced && acknowledged(store.sqlite, replaced.bundleId)) {
    throw new AppError('CONFLICT', `bundle ${last} was acknowledged; it cannot be replaced`, { params: { sequence: last } });
  }
  return { sequence: last, previousHash: sentAt(store.sqlite, sender, spec.recipientOrgCode, last - 1)?.fileHash ?? ZERO_HASH };
}

/**
 * Seals and logs one bundle; advances the outgoing stream for data kinds. Must run inside the
 * caller's transaction, so that a failure to write the file also gives the number back.
 */
export function sendBundle(store: Store, spec: OutgoingSpec, deps: BundleDeps, actor: string): Outgoing {
  if (!store.sqlite.inTransaction) throw new Error('sendBundle must run inside a transaction');
  const self = getSelf(store);
  const key = spec.signer ?? ensureIdentity(store, deps, actor);
  const sequenced = isSequenced(spec.kind);
  const { sequence, previousHash } = sequenced ? nextInStream(store, self.code, spec) : { sequence: 0, previousHash: ZERO_HASH };
  const createdAt = deps.now().toISOString();
  const sealed = sealBundle({
    ids: { bundleId: deps.random(16).toString('hex'), kind: spec.kind, sender: self.code, recipient: spec.recipientOrgCode, period: spec.period, sequence, createdAt },
    previousHash,
    app: { name: APP_NAME, version: APP_VERSION, schema: store.schemaVersion },
    sender: { keyId: key.keyId, signingPrivate: key.signingPrivate },
    recipient: spec.recipientKey,
    randomness: spec.recipientKey ? { ephemeralPrivate: deps.random(KEY_BYTES), contentKey: deps.random(KEY_BYTES) } : null,
    body: spec.body,
  });
  const { header, fileHash } = sealed;
  logBundle(store.sqlite, {
    bundleId: header.bundleId,
    direction: 'out',
    kind: spec.kind,
    sender: self.code,
    recipient: spec.recipientOrgCode,
    period: spec.period,
    sequence,
    fileHash,
    counts: spec.counts,
    at: createdAt,
    receiptFor: spec.receiptFor ?? null,
  });
  if (sequenced) advanceStream(store.sqlite, 'out', self.code, spec.recipientOrgCode, sequence, fileHash, createdAt);
  appendAudit(store.sqlite, actor, {
    op: 'bundles.export',
    entity: 'bundle',
    entityCode: header.bundleId,
    after: { kind: spec.kind, recipient: spec.recipientOrgCode, period: spec.period, sequence, fileHash, counts: spec.counts },
  });
  return {
    ...sealed,
    fileName: suggestedName(header),
    coverSheet: buildCoverSheet({
      header,
      fileHash,
      counts: spec.counts,
      senderFingerprint: fingerprintOf(key.signingPublic, key.encryptionPublic),
      senderName: self.name,
      recipientName: spec.recipientName ?? null,
    }),
  };
}

export interface Delivered {
  bundleId: string;
  kind: BundleKind;
  recipient: string;
  period: string | null;
  sequence: number;
  fileName: string;
  fileHash: string;
  path: string | null;
  contentBase64: string | null;
  coverSheet: CoverSheet;
}

/** Writes the file (temp sibling, fsync, rename) when a path is given; otherwise returns base64. */
export function deliver(out: Outgoing, path?: string | null): Delivered {
  if (path) writeFileAtomic(path, out.bytes);
  return {
    bundleId: out.header.bundleId,
    kind: out.header.kind,
    recipient: out.header.recipient,
    period: out.header.period,
    sequence: out.header.sequence,
    fileName: out.fileName,
    fileHash: out.fileHash,
    path: path ?? null,
    contentBase64: path ? null : out.bytes.toString('base64'),
    coverSheet: out.coverSheet,
  };
}

/** Seal, log and deliver in one transaction: if the file cannot be written, nothing was sent. */
export function sendAndDeliver(store: Store, spec: OutgoingSpec, deps: BundleDeps, actor: string, path?: string | null): Delivered {
  return store.transaction(() => deliver(sendBundle(store, spec, deps, actor), path));
}
