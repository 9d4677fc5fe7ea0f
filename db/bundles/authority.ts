/**
 * 逐级授权, the outgoing side: a level asks to be enrolled, the level above approves the
 * request for a code scope after comparing the fingerprint, sends the signed authorisation
 * (with its own chain up to its root) back down, and can revoke it later.
 */
import { AppError } from '../api/errors';
import { appendAudit } from '../audit/chain';
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { statement } from '../util/statements';
import type { BundleDeps } from './deps';
import { fingerprintOfText } from './fingerprint';
import { heldStatements, holdStatement, markRevoked } from './held-statements';
import { ensureIdentity, ensureRootStatement, isRoot, newestKey, signingKey, statementFor, subjectOf } from './identity';
import { sendAndDeliver, type Delivered } from './outgoing';
import { refuse } from './refusal';
import {
  ALL_CODES,
  signStatement,
  withinScope,
  type AuthorisationStatement,
  type RevocationStatement,
} from './statements';
import { chainUpFrom, recipientKeyFor, trustedKeys } from './trust';

export interface EnrolmentRow {
  id: number;
  orgCode: string;
  orgName: string;
  keyId: string;
  signingPublic: string;
  encryptionPublic: string;
  status: 'pending' | 'approved';
  receivedAt: string;
  decidedAt: string | null;
  note: string | null;
}

export function listEnrolments(store: Store): (EnrolmentRow & { fingerprint: string[] })[] {
  const rows = statement(
    store.sqlite,
    `SELECT id, org_code AS orgCode, org_name AS orgName, key_id AS keyId, signing_public AS signingPublic,
            encryption_public AS encryptionPublic, status, received_at AS receivedAt, decided_at AS decidedAt, note
       FROM enrolments ORDER BY id DESC`,
  ).all() as EnrolmentRow[];
  return rows.map((r) => ({ ...r, fingerprint: fingerprintOfText(r) }));
}

function enrolment(store: Store, id: number): EnrolmentRow {
  const row = listEnrolments(store).find((e) => e.id === id);
  if (!row) throw new AppError('NOT_FOUND', `no enrolment ${id}`, { params: { id } });
  return row;
}

/** Sends the enrolment request of the newest key, vouched for by the current key after a rotation. */
export function exportEnrolment(store: Store, deps: BundleDeps, actor: string, path?: string | null): Delivered {
  const self = getSelf(store);
  if (!self.parentCode) throw refuse('BUNDLE_RECIPIENT_UNKNOWN', 'no superior organisation is set', { recipient: '' });
  ensureIdentity(store, deps, actor);
  const key = newestKey(store.sqlite)!;
  const current = signingKey(store.sqlite)!;
  const at = deps.now().toISOString();
  const rotation =
    current.keyId !== key.keyId
      ? signStatement(statementFor(current, subjectOf(key, self.name), { serial: deps.random(8).toString('hex'), scope: self.code, at, validUntil: null }), current.signingPrivate)
      : null;
  const subject = subjectOf(key, self.name);
  return sendAndDeliver(
    store,
    {
      kind: 'enrolment',
      recipientOrgCode: self.parentCode,
      recipientName: self.parentName,
      recipientKey: null,
      period: null,
      body: { enrolment: { orgCode: self.code, orgName: self.name, parentCode: self.parentCode, keyId: key.keyId, signingPublic: subject.signingPublic, encryptionPublic: subject.encryptionPublic, rotation } },
      counts: { enrolment: 1 },
      signer: key,
    },
    deps,
    actor,
    path,
  );
}

/** What this installation may authorise: everything if it is a root, else the scope its superior gave it. */
export function effectiveScope(store: Store, now: Date): string {
  const self = getSelf(store);
  if (isRoot(store.sqlite, self.code)) return ALL_CODES;
  const key = signingKey(store.sqlite);
  const mine = key ? trustedKeys(store.sqlite, { now, withoutOwnKeys: true }).get(key.keyId) : undefined;
  return mine?.status === 'ok' ? mine.scope : self.code;
}

/** End of the given day in China Standard Time: "valid until 2027-12-31" means the whole of that day. */
export function endOfDayChina(date: string): string {
  return new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();
}

export function approveEnrolment(
  store: Store,
  input: { id: number; scope?: string | null; validUntil?: string | null },
  deps: BundleDeps,
  actor: string,
): AuthorisationStatement {
  const e = enrolment(store, input.id);
  if (e.status !== 'pending') throw new AppError('CONFLICT', `enrolment ${e.id} was already decided`, { params: { id: e.id } });
  const scope = input.scope ?? e.orgCode;
  const now = deps.now();
  // "A branch cannot speak for its neighbour": the scope covers the subject's own code and
  // lies within what we ourselves may speak for.
  const ours = effectiveScope(store, now);
  if (!withinScope(e.orgCode, scope) || !(scope === ALL_CODES ? ours === ALL_CODES : withinScope(scope, ours))) {
    throw refuse('BUNDLE_OUT_OF_SCOPE', `scope ${scope} does not fit ${e.orgCode} within ${ours}`, { sender: e.orgCode, owner: e.orgCode, scope });
  }
  const validUntil = input.validUntil ? endOfDayChina(input.validUntil) : null;
  if (validUntil && Date.parse(validUntil) <= now.getTime()) {
    throw new AppError('INVALID_INPUT', 'the end of validity is in the past', { issues: [{ path: ['validUntil'], message: 'in the past', code: 'DATE_IN_PAST' }] });
  }
  return store.transaction(() => {
    const issuer = ensureIdentity(store, deps, actor);
    if (isRoot(store.sqlite, issuer.orgCode)) ensureRootStatement(store, issuer, deps);
    const at = now.toISOString();
    const subject = { orgCode: e.orgCode, keyId: e.keyId, name: e.orgName, signingPublic: e.signingPublic, encryptionPublic: e.encryptionPublic };
    const s = statementFor(issuer, subject, { serial: deps.random(8).toString('hex'), scope, at, validUntil });
    holdStatement(store.sqlite, signStatement(s, issuer.signingPrivate), at);
    statement(store.sqlite, "UPDATE enrolments SET status = 'approved', decided_at = ?, note = ? WHERE id = ?").run(at, `scope ${scope}`, e.id);
    appendAudit(store.sqlite, actor, { op: 'bundles.approveEnrolment', entity: 'authorisation', entityCode: s.serial, after: s });
    return s;
  });
}

function uniqueStatements<T extends { statement: { issuer: { orgCode: string }; serial: string } }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const key = `${x.statement.issuer.orgCode}/${x.statement.serial}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function issuedTo(store: Store, match: (s: AuthorisationStatement) => boolean) {
  const self = getSelf(store).code;
  return heldStatements(store.sqlite).filter((h) => h.signed.statement.issuer.orgCode === self && h.signed.statement.subject.orgCode !== self && match(h.signed.statement));
}

/** The authorisation bundle for a subject: our chain up to the root, then the subject's statement. */
export function exportAuthorisation(
  store: Store,
  input: { enrolmentId?: number; orgCode?: string },
  deps: BundleDeps,
  actor: string,
  path?: string | null,
): Delivered {
  const keyId = input.enrolmentId !== undefined ? enrolment(store, input.enrolmentId).keyId : null;
  const found = issuedTo(store, (s) => (keyId ? s.subject.keyId === keyId : s.subject.orgCode === input.orgCode)).filter((h) => h.revokedAt === null).at(-1);
  if (!found) throw new AppError('NOT_FOUND', 'no live authorisation for that organisation; approve its enrolment first');
  const s = found.signed.statement;
  // From the key that issued it and from the key that signs today: after a rotation both
  // paths are needed, so the level below can follow its pinned root to our new key.
  const current = ensureIdentity(store, deps, actor);
  const chain = uniqueStatements([...chainUpFrom(store.sqlite, s.issuer.keyId), ...chainUpFrom(store.sqlite, current.keyId), found.signed]);
  return sendAndDeliver(
    store,
    {
      kind: 'authorisation',
      recipientOrgCode: s.subject.orgCode,
      recipientName: s.subject.name,
      recipientKey: { keyId: s.subject.keyId, encryptionPublic: Buffer.from(s.subject.encryptionPublic, 'base64') },
      period: null,
      body: { chain },
      counts: { statement: chain.length },
    },
    deps,
    actor,
    path,
  );
}

export type RevocationReason = RevocationStatement['reason'];

/**
 * Revokes what we issued (one serial, or every live authorisation of an organisation) at
 * once here, and makes the signed notice to carry down to the subject or up to our superior.
 */
export function revokeAuthorisations(
  store: Store,
  input: { serial?: string; orgCode?: string; reason: RevocationReason; notify: 'subject' | 'superior' | 'none' },
  deps: BundleDeps,
  actor: string,
  path?: string | null,
): { revoked: { serial: string; orgCode: string }[]; bundle: Delivered | null } {
  const targets = issuedTo(store, (s) => (input.serial ? s.serial === input.serial : s.subject.orgCode === input.orgCode)).filter((h) => h.revokedAt === null);
  if (targets.length === 0) throw new AppError('NOT_FOUND', 'no live authorisation matches');
  const self = getSelf(store);
  const now = deps.now();
  const at = now.toISOString();
  const key = ensureIdentity(store, deps, actor);
  const notices = targets.map((h) => {
    const r: RevocationStatement = { type: 'revocation', issuer: { orgCode: self.code, keyId: key.keyId }, authorisationIssuer: self.code, serial: h.signed.statement.serial, subjectKeyId: h.signed.statement.subject.keyId, reason: input.reason, revokedAt: at };
    return signStatement(r, key.signingPrivate);
  });
  const subject = targets[0]!.signed.statement.subject;
  const superior = input.notify === 'superior' && self.parentCode ? recipientKeyFor(trustedKeys(store.sqlite, { now }), self.parentCode) : null;
  if (input.notify === 'superior' && !superior) throw refuse('BUNDLE_RECIPIENT_UNKNOWN', 'our superior has not authorised us yet', { recipient: self.parentCode ?? '' });
  return store.transaction(() => {
    for (const h of targets) {
      markRevoked(store.sqlite, self.code, h.signed.statement.serial, at, input.reason);
      appendAudit(store.sqlite, actor, { op: 'bundles.revoke', entity: 'authorisation', entityCode: h.signed.statement.serial, after: { reason: input.reason, subject: h.signed.statement.subject.orgCode } });
    }
    const revoked = targets.map((h) => ({ serial: h.signed.statement.serial, orgCode: h.signed.statement.subject.orgCode }));
    if (input.notify === 'none') return { revoked, bundle: null };
    const to = superior
      ? { orgCode: superior.orgCode, name: superior.name, key: { keyId: superior.keyId, encryptionPublic: superior.encryptionPublic } }
      : { orgCode: subject.orgCode, name: subject.name, key: { keyId: subject.keyId, encryptionPublic: Buffer.from(subject.encryptionPublic, 'base64') } };
    const bundle = sendAndDeliver(
      store,
      { kind: 'revocation', recipientOrgCode: to.orgCode, recipientName: to.name, recipientKey: to.key, period: null, body: { revocations: notices }, counts: { revocation: notices.length } },
      deps,
      actor,
      path,
    );
    return { revoked, bundle };
  });
}

/** Every authorisation held: those we issued to the levels below, and those of our own chain upward. */
export function listAuthorisations(store: Store) {
  const self = getSelf(store).code;
  return heldStatements(store.sqlite).map(({ signed: { statement: s }, revokedAt, revocationReason, receivedAt }) => ({
    serial: s.serial,
    issuer: s.issuer.orgCode,
    subject: s.subject.orgCode,
    subjectName: s.subject.name,
    subjectKeyId: s.subject.keyId,
    scope: s.scope,
    validFrom: s.validFrom,
    validUntil: s.validUntil,
    revokedAt,
    revocationReason,
    receivedAt,
    issuedByUs: s.issuer.orgCode === self,
    root: s.issuer.keyId === s.subject.keyId,
    fingerprint: fingerprintOfText(s.subject),
  }));
}
