/**
 * The bundle area as the handlers and the CLI see it: identity, exports of data bundles,
 * inspection and cover sheets. Enrolment and authorisation live in authority.ts, import in
 * incoming.ts.
 */
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { parseContainer } from './container';
import { buildCoverSheet, type CoverSheet } from './cover-sheet';
import type { BundleDeps } from './deps';
import { fingerprintOf, shortHash } from './fingerprint';
import type { BundleHeader } from './header';
import { ensureIdentity, isRoot, ownKey, ownKeys } from './identity';
import { listLog, loggedBundle } from './ledger';
import { sendAndDeliver, type Delivered } from './outgoing';
import { refuse } from './refusal';
import { buildReplica } from './replica';
import { buildReportBody, type ReportSource } from './report';
import { recipientKeyFor, trustedKeys, type TrustedKey } from './trust';

const fingerprint = (k: { signingPublic: Buffer; encryptionPublic: Buffer }) => fingerprintOf(k.signingPublic, k.encryptionPublic);

export function identity(store: Store, deps: BundleDeps, actor: string) {
  const key = ensureIdentity(store, deps, actor);
  const self = getSelf(store);
  const now = deps.now();
  const root = isRoot(store.sqlite, self.code);
  const mine = root ? undefined : trustedKeys(store.sqlite, { now, withoutOwnKeys: true }).get(key.keyId);
  const superior = self.parentCode ? recipientKeyFor(trustedKeys(store.sqlite, { now }), self.parentCode) : null;
  return {
    orgCode: self.code,
    keyId: key.keyId,
    fingerprint: fingerprint(key),
    signingPublic: key.signingPublic.toString('base64'),
    encryptionPublic: key.encryptionPublic.toString('base64'),
    createdAt: key.createdAt,
    root,
    authorisation: mine ? { scope: mine.scope, status: mine.status, validUntil: mine.via?.validUntil ?? null, issuer: mine.via?.issuer.orgCode ?? null } : null,
    superior: superior ? { orgCode: superior.orgCode, name: superior.name, keyId: superior.keyId, fingerprint: fingerprint(superior) } : null,
    keys: ownKeys(store.sqlite).map((k) => ({ keyId: k.keyId, fingerprint: fingerprint(k), createdAt: k.createdAt, retiredAt: k.retiredAt })),
  };
}

/** The live key of the recipient (our superior by default), or the refusal that says we are not enrolled yet. */
function recipientFor(store: Store, now: Date, recipient?: string | null): TrustedKey {
  const self = getSelf(store);
  const code = recipient ?? self.parentCode;
  const key = code ? recipientKeyFor(trustedKeys(store.sqlite, { now }), code) : null;
  if (!key || !code) throw refuse('BUNDLE_RECIPIENT_UNKNOWN', `no authorised key for ${code ?? 'the superior'}`, { recipient: code ?? '' });
  return key;
}

function sendData(
  store: Store,
  deps: BundleDeps,
  actor: string,
  args: {
    kind: 'replica' | 'report';
    recipient?: string | null;
    period: string | null;
    made: { body: Record<string, unknown>; counts: Record<string, number> };
    path?: string | null;
    replaceUnacknowledged?: boolean;
  },
): Delivered {
  const to = recipientFor(store, deps.now(), args.recipient);
  return sendAndDeliver(
    store,
    {
      kind: args.kind,
      recipientOrgCode: to.orgCode,
      recipientName: to.name,
      recipientKey: { keyId: to.keyId, encryptionPublic: to.encryptionPublic },
      period: args.period,
      body: args.made.body,
      counts: args.made.counts,
      replaceUnacknowledged: args.replaceUnacknowledged ?? false,
    },
    deps,
    actor,
    args.path,
  );
}

export interface DataExport {
  recipient?: string | null;
  path?: string | null;
  replaceUnacknowledged?: boolean;
}

export function exportReplica(store: Store, input: DataExport, deps: BundleDeps, actor: string): Delivered {
  return sendData(store, deps, actor, { ...input, kind: 'replica', period: null, made: buildReplica(store) });
}

export function exportReport(
  store: Store,
  input: DataExport & { period: string; version: number },
  source: ReportSource,
  deps: BundleDeps,
  actor: string,
): Delivered {
  const report = source(store, input.period, input.version);
  const made = buildReportBody(getSelf(store).code, input.period, input.version, report);
  return sendData(store, deps, actor, { ...input, kind: 'report', made });
}

/** The header as a reader sees it before trusting anything: no key material, no payload. */
export function inspectBundle(bytes: Buffer) {
  const { header, fileHash } = parseContainer(bytes);
  const { wrappedKey: _w, ...visible } = header;
  return { header: visible, encrypted: header.wrappedKey !== null, fileHash, fileHashShort: shortHash(fileHash), bytes: bytes.length };
}

export type VisibleHeader = ReturnType<typeof inspectBundle>['header'];

/** The cover sheet of a bundle we made or took in; counts come from the log, the fingerprint from the key we know. */
export function coverSheetFor(store: Store, bytes: Buffer, now: Date): CoverSheet {
  const { header, fileHash } = parseContainer(bytes);
  const logged = loggedBundle(store.sqlite, 'out', header.bundleId) ?? loggedBundle(store.sqlite, 'in', header.bundleId);
  const key: { signingPublic: Buffer; encryptionPublic: Buffer; name?: string | null } | null =
    ownKey(store.sqlite, header.senderKeyId) ?? trustedKeys(store.sqlite, { now }).get(header.senderKeyId) ?? null;
  const self = getSelf(store);
  const nameOf = (code: string) => (code === self.code ? self.name : code === self.parentCode ? self.parentName : null);
  return buildCoverSheet({
    header: header as BundleHeader,
    fileHash,
    counts: logged?.counts ?? null,
    senderFingerprint: key ? fingerprint(key) : [],
    senderName: nameOf(header.sender) ?? key?.name ?? null,
    recipientName: nameOf(header.recipient),
  });
}

export { listLog };
