import type Database from 'better-sqlite3';
import { canonicalJson } from '../util/canonical-json';
import { statement } from '../util/statements';
import { authorisationStatement, type AuthorisationStatement, type Signed } from './statements';

/** An authorisation statement as this installation holds it, with what it knows of its revocation. */
export interface HeldStatement {
  signed: Signed<AuthorisationStatement>;
  revokedAt: string | null;
  revocationReason: string | null;
  receivedAt: string;
}

interface Row {
  statement: string;
  signature: string;
  revoked_at: string | null;
  revocation_reason: string | null;
  received_at: string;
}

function toHeld(row: Row): HeldStatement {
  return {
    signed: { statement: authorisationStatement.parse(JSON.parse(row.statement)), signature: row.signature },
    revokedAt: row.revoked_at,
    revocationReason: row.revocation_reason,
    receivedAt: row.received_at,
  };
}

export function heldStatements(db: Database.Database): HeldStatement[] {
  return (statement(db, 'SELECT statement, signature, revoked_at, revocation_reason, received_at FROM authorisations ORDER BY id').all() as Row[]).map(toHeld);
}

export function findHeld(db: Database.Database, issuerOrgCode: string, serial: string): HeldStatement | null {
  const row = statement(
    db,
    'SELECT statement, signature, revoked_at, revocation_reason, received_at FROM authorisations WHERE issuer_org_code = ? AND serial = ?',
  ).get(issuerOrgCode, serial) as Row | undefined;
  return row ? toHeld(row) : null;
}

/** Keeps a statement (the columns mirror it for queries; the signed text is the truth). Returns false if already held. */
export function holdStatement(db: Database.Database, signed: Signed<AuthorisationStatement>, receivedAt: string): boolean {
  const s = signed.statement;
  const result = statement(
    db,
    `INSERT INTO authorisations (serial, issuer_org_code, issuer_key_id, subject_org_code, subject_name, subject_key_id,
       subject_signing_public, subject_encryption_public, scope, valid_from, valid_until, statement, signature, received_at)
     VALUES (@serial, @issuerOrg, @issuerKey, @subjectOrg, @subjectName, @subjectKey, @signingPublic, @encryptionPublic,
       @scope, @validFrom, @validUntil, @statement, @signature, @receivedAt)
     ON CONFLICT (issuer_org_code, serial) DO NOTHING`,
  ).run({
    serial: s.serial,
    issuerOrg: s.issuer.orgCode,
    issuerKey: s.issuer.keyId,
    subjectOrg: s.subject.orgCode,
    subjectName: s.subject.name,
    subjectKey: s.subject.keyId,
    signingPublic: s.subject.signingPublic,
    encryptionPublic: s.subject.encryptionPublic,
    scope: s.scope,
    validFrom: s.validFrom,
    validUntil: s.validUntil,
    statement: canonicalJson(s),
    signature: signed.signature,
    receivedAt,
  });
  return result.changes > 0;
}

export function markRevoked(db: Database.Database, issuerOrgCode: string, serial: string, at: string, reason: string): boolean {
  return (
    statement(
      db,
      'UPDATE authorisations SET revoked_at = ?, revocation_reason = ? WHERE issuer_org_code = ? AND serial = ? AND revoked_at IS NULL',
    ).run(at, reason, issuerOrgCode, serial).changes > 0
  );
}
