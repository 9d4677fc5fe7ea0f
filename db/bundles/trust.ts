/**
 * Who this installation trusts, and for which codes (逐级授权). Trust starts at anchors and
 * flows down signed authorisation statements:
 *
 * - anchors: our own keys ("the level above trusts its own key") and the roots we pinned when
 *   our own authorisation arrived (self-issued statements held in `authorisations`);
 * - a statement makes its subject's key trusted when its issuer's key is trusted, its
 *   signature verifies, and its scope lies within the issuer's scope (name constraints, as in
 *   X.509: a 党委 cannot authorise a key for codes outside its own area);
 * - a key inherits the worst status on its path: revoked or expired anywhere above means
 *   refused here, so withdrawing one level withdraws everything it vouched for.
 */
import type Database from 'better-sqlite3';
import { fromBase64 } from './crypto-suite';
import { heldStatements, type HeldStatement } from './held-statements';
import { ownKeys } from './identity';
import {
  ALL_CODES,
  isSelfIssued,
  statementVerifies,
  validityAt,
  withinScope,
  type AuthorisationStatement,
  type Signed,
} from './statements';
import { refuse } from './refusal';

export type KeyStatus = 'ok' | 'expired' | 'revoked';
const RANK: Record<KeyStatus, number> = { ok: 0, expired: 1, revoked: 2 };

export interface TrustedKey {
  keyId: string;
  orgCode: string;
  name: string | null;
  signingPublic: Buffer;
  encryptionPublic: Buffer;
  scope: string;
  status: KeyStatus;
  source: 'own' | 'root' | 'chain';
  /** When trust came through a statement: the statement that gave it. */
  via: AuthorisationStatement | null;
}

export interface TrustOptions {
  now: Date;
  /** Statements carried by the bundle being examined (an authorisation chain), not yet held. */
  extra?: Signed<AuthorisationStatement>[];
  /** Leave our own keys out of the anchors: to check that a chain really reaches us from a root. */
  withoutOwnKeys?: boolean;
  /** Also pin the self-issued statements among `extra` (first authorisation: trust on first use). */
  pinExtraRoots?: boolean;
}

function fromStatement(s: AuthorisationStatement, status: KeyStatus, source: TrustedKey['source']): TrustedKey {
  return {
    keyId: s.subject.keyId,
    orgCode: s.subject.orgCode,
    name: s.subject.name,
    signingPublic: fromBase64(s.subject.signingPublic),
    encryptionPublic: fromBase64(s.subject.encryptionPublic),
    scope: s.scope,
    status,
    source,
    via: source === 'chain' ? s : null,
  };
}

function ownStatus(h: HeldStatement, now: Date): KeyStatus {
  if (h.revokedAt !== null) return 'revoked';
  return validityAt(h.signed.statement, now) === 'valid' ? 'ok' : 'expired';
}

const worst = (a: KeyStatus, b: KeyStatus): KeyStatus => (RANK[a] >= RANK[b] ? a : b);

function scopeNests(inner: string, outer: string): boolean {
  return inner === ALL_CODES ? outer === ALL_CODES : withinScope(inner, outer);
}

/** Every key this installation would accept a signature from, with its scope and status. */
export function trustedKeys(db: Database.Database, options: TrustOptions): Map<string, TrustedKey> {
  const { now } = options;
  const held = heldStatements(db);
  const revokedSerials = new Map(held.filter((h) => h.revokedAt).map((h) => [`${h.signed.statement.issuer.orgCode}/${h.signed.statement.serial}`, h.revokedAt]));
  const pool: HeldStatement[] = [
    ...held,
    ...(options.extra ?? []).map((signed) => ({
      signed,
      revokedAt: revokedSerials.get(`${signed.statement.issuer.orgCode}/${signed.statement.serial}`) ?? null,
      revocationReason: null,
      receivedAt: '',
    })),
  ];
  const trusted = new Map<string, TrustedKey>();
  if (!options.withoutOwnKeys) {
    for (const k of ownKeys(db)) {
      trusted.set(k.keyId, { keyId: k.keyId, orgCode: k.orgCode, name: null, signingPublic: k.signingPublic, encryptionPublic: k.encryptionPublic, scope: ALL_CODES, status: 'ok', source: 'own', via: null });
    }
  }
  const pinnable = options.pinExtraRoots ? pool : held;
  const own = new Set(ownKeys(db).map((k) => k.keyId));
  for (const h of pinnable) {
    const s = h.signed.statement;
    if (!isSelfIssued(s) || trusted.has(s.subject.keyId)) continue;
    // Without our own keys, our own root statement (kept from before we had a superior) is no anchor either.
    if (options.withoutOwnKeys && own.has(s.subject.keyId)) continue;
    // A root vouches for itself: its signature must at least verify under the key it names.
    if (statementVerifies(h.signed, fromBase64(s.subject.signingPublic))) trusted.set(s.subject.keyId, fromStatement(s, ownStatus(h, now), 'root'));
  }

  const verified = new Set<HeldStatement>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const h of pool) {
      const s = h.signed.statement;
      if (isSelfIssued(s)) continue;
      const issuer = trusted.get(s.issuer.keyId);
      if (!issuer || issuer.orgCode !== s.issuer.orgCode) continue;
      if (!scopeNests(s.scope, issuer.scope) || !withinScope(s.subject.orgCode, s.scope)) continue;
      const status = worst(issuer.status, ownStatus(h, now));
      const current = trusted.get(s.subject.keyId);
      if (current && (current.source !== 'chain' || RANK[current.status] <= RANK[status])) continue;
      if (!verified.has(h)) {
        if (!statementVerifies(h.signed, issuer.signingPublic)) continue;
        verified.add(h);
      }
      trusted.set(s.subject.keyId, fromStatement(s, status, 'chain'));
      changed = true;
    }
  }
  return trusted;
}

/**
 * The sender's key for a bundle, or the refusal that fits. Call `assertUsable` after the
 * signature verified: "revoked" is only worth saying about a signature that is genuine.
 */
export function senderKey(trusted: Map<string, TrustedKey>, sender: string, keyId: string): TrustedKey {
  const key = trusted.get(keyId);
  if (!key) throw refuse('BUNDLE_SENDER_UNKNOWN', `key ${keyId} is not in our chain of authorisation`, { sender, keyId });
  return key;
}

export function assertUsable(key: TrustedKey, sender: string): void {
  // "A branch cannot speak for its neighbour": the key is bound to one organisation and scope.
  if (key.orgCode !== sender || !withinScope(sender, key.scope)) {
    throw refuse('BUNDLE_OUT_OF_SCOPE', `key of ${key.orgCode} (scope ${key.scope}) signed for ${sender}`, { sender, owner: key.orgCode, scope: key.scope });
  }
  if (key.status === 'revoked') throw refuse('BUNDLE_AUTHORISATION_REVOKED', `the authorisation of ${sender} was revoked`, { sender });
  if (key.status === 'expired') {
    throw refuse('BUNDLE_AUTHORISATION_EXPIRED', `the authorisation of ${sender} has expired`, { sender, until: key.via?.validUntil ?? '' });
  }
}

/** A live key of another organisation to encrypt to (newest statement wins), or null. */
export function recipientKeyFor(trusted: Map<string, TrustedKey>, orgCode: string): TrustedKey | null {
  const candidates = [...trusted.values()].filter((k) => k.orgCode === orgCode && k.source !== 'own' && k.status === 'ok');
  candidates.sort((a, b) => (b.via?.issuedAt ?? '').localeCompare(a.via?.issuedAt ?? ''));
  return candidates[0] ?? null;
}

/**
 * Every statement on every path up from a key (root-first), to send down with an
 * authorisation so the level below can verify the whole chain. A root statement of a key that
 * is itself vouched for by a superior is left out: the levels below should pin the real root.
 */
export function chainUpFrom(db: Database.Database, keyId: string): Signed<AuthorisationStatement>[] {
  const held = heldStatements(db).filter((h) => h.revokedAt === null);
  const vouched = new Set(held.filter((h) => !isSelfIssued(h.signed.statement)).map((h) => h.signed.statement.subject.keyId));
  const out: Signed<AuthorisationStatement>[] = [];
  const seen = new Set<string>();
  for (const queue = [keyId]; queue.length > 0; ) {
    const k = queue.shift()!;
    if (seen.has(k)) continue;
    seen.add(k);
    for (const h of held.filter((x) => x.signed.statement.subject.keyId === k)) {
      const s = h.signed.statement;
      if (isSelfIssued(s)) {
        if (!vouched.has(k)) out.push(h.signed);
      } else {
        out.push(h.signed);
        queue.push(s.issuer.keyId);
      }
    }
  }
  return out.reverse();
}
