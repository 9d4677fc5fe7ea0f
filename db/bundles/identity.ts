/**
 * This installation's keys (org_keys): an Ed25519 pair to sign, an X25519 pair to receive.
 * Generated on first use of bundles; the private halves live only inside the encrypted store,
 * so they are exactly as safe as the passphrase (and go with it into backups).
 */
import type Database from 'better-sqlite3';
import { appendAudit } from '../audit/chain';
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { statement } from '../util/statements';
import { fromBase64, keyPairsFromSeeds, KEY_BYTES, type KeyPairs } from './crypto-suite';
import type { BundleDeps } from './deps';
import { fingerprintOf, keyIdOf } from './fingerprint';
import { heldStatements, holdStatement } from './held-statements';
import { ALL_CODES, isSelfIssued, signStatement, type AuthorisationStatement } from './statements';

export interface OwnKey extends KeyPairs {
  keyId: string;
  orgCode: string;
  createdAt: string;
  retiredAt: string | null;
}

interface KeyRow {
  key_id: string;
  org_code: string;
  signing_public: string;
  signing_private: string;
  encryption_public: string;
  encryption_private: string;
  created_at: string;
  retired_at: string | null;
}

function toKey(r: KeyRow): OwnKey {
  return {
    keyId: r.key_id,
    orgCode: r.org_code,
    signingPublic: fromBase64(r.signing_public),
    signingPrivate: fromBase64(r.signing_private),
    encryptionPublic: fromBase64(r.encryption_public),
    encryptionPrivate: fromBase64(r.encryption_private),
    createdAt: r.created_at,
    retiredAt: r.retired_at,
  };
}

/** Every key this installation has had, newest first (retired ones still open old bundles). */
export function ownKeys(db: Database.Database): OwnKey[] {
  return (statement(db, 'SELECT * FROM org_keys ORDER BY id DESC').all() as KeyRow[]).map(toKey);
}

export function ownKey(db: Database.Database, keyId: string): OwnKey | null {
  return ownKeys(db).find((k) => k.keyId === keyId) ?? null;
}

/** Keys vouched for by someone else (a superior, or our own older key in a rotation). */
function authorisedKeyIds(db: Database.Database): Set<string> {
  return new Set(
    heldStatements(db)
      .filter((h) => h.revokedAt === null && !isSelfIssued(h.signed.statement))
      .map((h) => h.signed.statement.subject.keyId),
  );
}

/** The key to sign with: the newest live key someone has authorised, else the newest live key. */
export function signingKey(db: Database.Database): OwnKey | null {
  const live = ownKeys(db).filter((k) => k.retiredAt === null);
  const authorised = authorisedKeyIds(db);
  return live.find((k) => authorised.has(k.keyId)) ?? live[0] ?? null;
}

/** The key to enrol: the newest live key (after a rotation, the new one awaiting authorisation). */
export function newestKey(db: Database.Database): OwnKey | null {
  return ownKeys(db).find((k) => k.retiredAt === null) ?? null;
}

/**
 * A root has no superior: no other organisation ever vouched for it. One whose authorisation
 * was revoked or has lapsed is not a root but a level without a valid authorisation.
 */
export function isRoot(db: Database.Database, orgCode: string): boolean {
  return !heldStatements(db).some((h) => h.signed.statement.issuer.orgCode !== orgCode && h.signed.statement.subject.orgCode === orgCode);
}

function insertKey(store: Store, deps: BundleDeps, actor: string, op: string): OwnKey {
  const orgCode = getSelf(store).code;
  const pairs = keyPairsFromSeeds(deps.random(KEY_BYTES), deps.random(KEY_BYTES));
  const key: OwnKey = { ...pairs, keyId: keyIdOf(pairs.signingPublic, pairs.encryptionPublic), orgCode, createdAt: deps.now().toISOString(), retiredAt: null };
  statement(
    store.sqlite,
    `INSERT INTO org_keys (key_id, org_code, signing_public, signing_private, encryption_public, encryption_private, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    key.keyId,
    orgCode,
    key.signingPublic.toString('base64'),
    key.signingPrivate.toString('base64'),
    key.encryptionPublic.toString('base64'),
    key.encryptionPrivate.toString('base64'),
    key.createdAt,
  );
  // The audit keeps the public half and the fingerprint people compared, never the private half.
  appendAudit(store.sqlite, actor, {
    op,
    entity: 'org-key',
    entityCode: key.keyId,
    after: { keyId: key.keyId, fingerprint: fingerprintOf(key.signingPublic, key.encryptionPublic).join(' ') },
  });
  return key;
}

/** The signing key, generated on first use. Runs in its own transaction (or the caller's). */
export function ensureIdentity(store: Store, deps: BundleDeps, actor: string): OwnKey {
  const existing = signingKey(store.sqlite);
  if (existing) return existing;
  return store.transaction(() => signingKey(store.sqlite) ?? insertKey(store, deps, actor, 'bundles.identity'));
}

/** How a key appears as the subject of a statement. */
export function subjectOf(key: OwnKey, name: string): AuthorisationStatement['subject'] {
  return {
    orgCode: key.orgCode,
    keyId: key.keyId,
    name,
    signingPublic: key.signingPublic.toString('base64'),
    encryptionPublic: key.encryptionPublic.toString('base64'),
  };
}

export function statementFor(
  issuer: OwnKey,
  subject: AuthorisationStatement['subject'],
  extra: { serial: string; scope: string; at: string; validUntil: string | null },
): AuthorisationStatement {
  return {
    type: 'authorisation',
    serial: extra.serial,
    issuer: { orgCode: issuer.orgCode, keyId: issuer.keyId },
    subject,
    scope: extra.scope,
    validFrom: extra.at,
    validUntil: extra.validUntil,
    issuedAt: extra.at,
  };
}

/**
 * A root's self-issued statement: what it sends down at the top of every chain, so that the
 * levels below learn its public keys. Made once per key and kept, so chains stay stable.
 */
export function ensureRootStatement(store: Store, key: OwnKey, deps: BundleDeps): void {
  const held = heldStatements(store.sqlite).some((h) => isSelfIssued(h.signed.statement) && h.signed.statement.subject.keyId === key.keyId);
  if (held) return;
  const at = deps.now().toISOString();
  const self = getSelf(store);
  const s = statementFor(key, subjectOf(key, self.name), { serial: deps.random(8).toString('hex'), scope: ALL_CODES, at, validUntil: null });
  holdStatement(store.sqlite, signStatement(s, key.signingPrivate), at);
}

/**
 * Rotation. A root signs "old key vouches for new key" and retires the old key at once: the
 * levels below pinned the old key and follow the statement to the new one. A level with a
 * superior keeps signing with the old key until the superior's authorisation of the new key
 * has been imported (then the old one is retired, see retireOlderKeys).
 */
export function rotateKeys(store: Store, deps: BundleDeps, actor: string): OwnKey {
  return store.transaction(() => {
    const old = ensureIdentity(store, deps, actor);
    const self = getSelf(store);
    const next = insertKey(store, deps, actor, 'bundles.rotateKey');
    if (isRoot(store.sqlite, self.code)) {
      const at = deps.now().toISOString();
      ensureRootStatement(store, old, deps);
      const link = statementFor(old, subjectOf(next, self.name), { serial: deps.random(8).toString('hex'), scope: ALL_CODES, at, validUntil: null });
      holdStatement(store.sqlite, signStatement(link, old.signingPrivate), at);
      ensureRootStatement(store, next, deps);
      retireOlderKeys(store, next.keyId, at);
    }
    return next;
  });
}

/** Retires every live key older than the given one (run inside the caller's transaction). */
export function retireOlderKeys(store: Store, keepKeyId: string, at: string): number {
  const keep = ownKey(store.sqlite, keepKeyId);
  if (!keep) return 0;
  return statement(store.sqlite, 'UPDATE org_keys SET retired_at = ? WHERE retired_at IS NULL AND key_id <> ? AND id < (SELECT id FROM org_keys WHERE key_id = ?)').run(
    at,
    keepKeyId,
    keepKeyId,
  ).changes;
}
