/**
 * The verifying half of import, in the order DESIGN.md fixes: frame → addressed to us →
 * already imported? → signature and chain and scope → sequence → decrypt. Reads only; the
 * first check that fails refuses the bundle with its own code and nothing is written.
 */
import { todayIso } from '../members/chinese-dates';
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { authorisationBody, enrolmentBody, readBody, type EnrolmentBody } from './bodies';
import { parseContainer, signatureMessage, type Container } from './container';
import { fromBase64, verifyBytes } from './crypto-suite';
import { fingerprintOf, keyIdOf } from './fingerprint';
import { isSequenced, ZERO_HASH, type BundleHeader } from './header';
import { ownKey } from './identity';
import { loggedBundle, streamMark } from './ledger';
import { refuse } from './refusal';
import { openBundleBody } from './seal';
import type { AuthorisationStatement, Signed } from './statements';
import { assertUsable, senderKey, trustedKeys } from './trust';

export interface SenderInfo {
  orgCode: string;
  keyId: string;
  name: string | null;
  fingerprint: string[];
  scope: string | null;
  /** The key a receipt is encrypted to. */
  encryptionPublic: Buffer | null;
}

export interface Examined {
  container: Container;
  header: BundleHeader;
  fileHash: string;
  now: Date;
  today: string;
  self: { code: string; name: string; parentCode: string | null };
  /** Set when this very file was imported before: a no-op that says when. */
  replayedAt: string | null;
  sender: SenderInfo;
  body: Record<string, unknown> | null;
}

function assertSignature(container: Container, signingPublic: Buffer): void {
  if (!verifyBytes(signingPublic, signatureMessage(container.signed), container.signature)) {
    throw refuse('BUNDLE_SIGNATURE_INVALID', 'the signature does not verify: the file was changed after it was signed', { sender: container.header.sender });
  }
}

function info(orgCode: string, keyId: string, name: string | null, scope: string | null, signingPublic: Buffer, encryptionPublic: Buffer): SenderInfo {
  return { orgCode, keyId, name, scope, fingerprint: fingerprintOf(signingPublic, encryptionPublic), encryptionPublic };
}

/** Enrolment requests are self-signed: the key is in the (plain) body and must hash to the key id. */
function enrolmentSender(container: Container): { sender: SenderInfo; body: Record<string, unknown> } {
  const { header } = container;
  if (header.recipientKeyId !== null) throw refuse('BUNDLE_DAMAGED', 'an enrolment request is never encrypted');
  const body = openBundleBody(container, null);
  const e: EnrolmentBody = readBody(enrolmentBody, body, 'enrolment').enrolment;
  const signing = fromBase64(e.signingPublic);
  const encryption = fromBase64(e.encryptionPublic);
  if (keyIdOf(signing, encryption) !== e.keyId || e.keyId !== header.senderKeyId || e.orgCode !== header.sender) {
    throw refuse('BUNDLE_DAMAGED', 'the enrolment names another key or organisation than its header');
  }
  assertSignature(container, signing);
  return { sender: info(e.orgCode, e.keyId, e.orgName, null, signing, encryption), body };
}

/**
 * An authorisation carries the signer's key in its chain, inside the encrypted body (the
 * first time, the level below has no other way to learn it). The body is opened first —
 * it is authenticated as addressed to us — then the signature is checked against the chain's
 * key; whether the chain is trusted is decided when it is planned (authority-import.ts).
 */
function authorisationSender(store: Store, container: Container): { sender: SenderInfo; body: Record<string, unknown> } {
  const body = decrypt(store, container);
  const chain: Signed<AuthorisationStatement>[] = readBody(authorisationBody, body, 'authorisation').chain;
  const own = chain.map((c) => c.statement.subject).find((s) => s.keyId === container.header.senderKeyId && s.orgCode === container.header.sender);
  if (!own) throw refuse('BUNDLE_SENDER_UNKNOWN', 'the signer is not in the chain it sent', { sender: container.header.sender, keyId: container.header.senderKeyId });
  assertSignature(container, fromBase64(own.signingPublic));
  return { sender: info(own.orgCode, own.keyId, own.name, null, fromBase64(own.signingPublic), fromBase64(own.encryptionPublic)), body };
}

function decrypt(store: Store, container: Container): Record<string, unknown> {
  const keyId = container.header.recipientKeyId;
  if (keyId === null) throw refuse('BUNDLE_DAMAGED', `a ${container.header.kind} bundle is always encrypted`);
  const key = ownKey(store.sqlite, keyId);
  if (!key) throw refuse('BUNDLE_NOT_FOR_US', `encrypted to key ${keyId}, which this installation does not hold`, { keyId });
  return openBundleBody(container, key);
}

function assertInSequence(store: Store, header: BundleHeader, self: string): void {
  const mark = streamMark(store.sqlite, 'in', header.sender, self);
  const expected = (mark?.lastSequence ?? 0) + 1;
  if (header.sequence !== expected) {
    throw refuse('BUNDLE_OUT_OF_ORDER', `bundle number ${header.sequence}, expected ${expected}`, {
      sequence: header.sequence,
      expected,
      missing: header.sequence > expected ? expected : 0,
    });
  }
  if (header.previousHash !== (mark?.lastHash ?? ZERO_HASH)) {
    // Same number, different history: the sender restored an old backup and numbered again.
    throw refuse('BUNDLE_STREAM_FORKED', `bundle ${header.sequence} does not follow the one imported before`, { sequence: header.sequence });
  }
}

export function examine(store: Store, bytes: Buffer, now: Date): Examined {
  const container = parseContainer(bytes);
  const { header, fileHash } = container;
  const selfOrg = getSelf(store);
  const self = { code: selfOrg.code, name: selfOrg.name, parentCode: selfOrg.parentCode };
  if (header.recipient !== self.code) {
    throw refuse('BUNDLE_NOT_FOR_US', `addressed to ${header.recipient}, not ${self.code}`, { recipient: header.recipient, us: self.code });
  }
  const base = { container, header, fileHash, now, today: todayIso(now), self };
  const trusted = trustedKeys(store.sqlite, { now });
  const prior = loggedBundle(store.sqlite, 'in', header.bundleId);
  if (prior && prior.fileHash === fileHash) {
    const k = trusted.get(header.senderKeyId);
    const sender = k ? info(k.orgCode, k.keyId, k.name, k.scope, k.signingPublic, k.encryptionPublic) : { orgCode: header.sender, keyId: header.senderKeyId, name: null, scope: null, fingerprint: [], encryptionPublic: null };
    return { ...base, replayedAt: prior.at, sender, body: null };
  }
  if (prior) throw refuse('BUNDLE_DAMAGED', `a different bundle with id ${header.bundleId} was imported on ${prior.at}`, { at: prior.at });
  if (!isSequenced(header.kind) && (header.sequence !== 0 || header.previousHash !== ZERO_HASH)) {
    throw refuse('BUNDLE_DAMAGED', `a ${header.kind} bundle is not numbered`);
  }

  if (header.kind === 'enrolment') return { ...base, replayedAt: null, ...enrolmentSender(container) };
  if (header.kind === 'authorisation') return { ...base, replayedAt: null, ...authorisationSender(store, container) };

  const key = senderKey(trusted, header.sender, header.senderKeyId);
  assertSignature(container, key.signingPublic);
  assertUsable(key, header.sender);
  if (isSequenced(header.kind)) assertInSequence(store, header, self.code);
  const body = decrypt(store, container);
  return { ...base, replayedAt: null, sender: info(key.orgCode, key.keyId, key.name, key.scope, key.signingPublic, key.encryptionPublic), body };
}
