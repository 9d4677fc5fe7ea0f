/**
 * 逐级授权 as data: signed statements that travel inside bundles and are kept in the
 * `authorisations` table, each verifiable on its own (canonical JSON + Ed25519 signature).
 *
 * - authorisation: "issuer's key vouches for subject's keys, for codes within scope, from–until".
 *   Self-issued (issuer key = subject key) marks a root: an installation with no superior.
 *   Rotation is an authorisation too: the old key vouching for the new one.
 * - revocation: "the authorisation with this serial is withdrawn, for this reason".
 */
import { z } from 'zod';
import { canonicalJson } from '../util/canonical-json';
import { signBytes, verifyBytes } from './crypto-suite';
import { keyIdText, orgCodeText, publicKeyText, signatureText } from './header';

/** A root speaks for every code: it trusts only its own judgment about whom it authorises. */
export const ALL_CODES = '*';

/**
 * 统一编码 assigns codes top-down, so what a level may speak for is a code prefix: a code is
 * within a scope when it is the scope or continues it after a dash (ZB-01 covers ZB-01-00012,
 * never ZB-012 — the dash boundary keeps a neighbour with a longer code out).
 */
export function withinScope(code: string, scope: string): boolean {
  return scope === ALL_CODES || code === scope || code.startsWith(`${scope}-`);
}

const isoTime = z.iso.datetime();
const serialText = z.string().regex(/^[0-9a-f]{16}$/);
const party = z.object({ orgCode: orgCodeText, keyId: keyIdText }).strict();

export const authorisationStatement = z
  .object({
    type: z.literal('authorisation'),
    serial: serialText,
    issuer: party,
    subject: party.extend({ name: z.string().min(1).max(100), signingPublic: publicKeyText, encryptionPublic: publicKeyText }).strict(),
    scope: z.union([z.literal(ALL_CODES), orgCodeText]),
    validFrom: isoTime,
    validUntil: isoTime.nullable(),
    issuedAt: isoTime,
  })
  .strict();
export type AuthorisationStatement = z.infer<typeof authorisationStatement>;

export const REVOCATION_REASONS = ['superseded', 'key-compromised', 'withdrawn', 'organisation-dissolved'] as const;
export const REVOCATION_REASONS_ZH: Record<(typeof REVOCATION_REASONS)[number], string> = {
  superseded: '已换用新密钥',
  'key-compromised': '密钥可能泄露',
  withdrawn: '撤回授权',
  'organisation-dissolved': '组织已撤销',
};

export const revocationStatement = z
  .object({
    type: z.literal('revocation'),
    issuer: party,
    /** The revoked authorisation, by its issuer's org code and serial (unique together). */
    authorisationIssuer: orgCodeText,
    serial: serialText,
    subjectKeyId: keyIdText,
    reason: z.enum(REVOCATION_REASONS),
    revokedAt: isoTime,
  })
  .strict();
export type RevocationStatement = z.infer<typeof revocationStatement>;

export interface Signed<T> {
  statement: T;
  signature: string;
}

/**
 * Statements and bundles share the sender's Ed25519 key; this context string (different from
 * the bundle's) keeps a signature made for one from ever verifying as the other.
 */
const STATEMENT_DOMAIN = 'BranchDesk statement v1\0';

function message(statement: object): Buffer {
  return Buffer.concat([Buffer.from(STATEMENT_DOMAIN, 'utf8'), Buffer.from(canonicalJson(statement), 'utf8')]);
}

export function signStatement<T extends object>(statement: T, signingPrivate: Buffer): Signed<T> {
  return { statement, signature: signBytes(signingPrivate, message(statement)).toString('base64') };
}

export function statementVerifies(signed: Signed<object>, signingPublic: Buffer): boolean {
  return verifyBytes(signingPublic, message(signed.statement), Buffer.from(signed.signature, 'base64'));
}

const signedOf = <T extends z.ZodType>(schema: T) => z.object({ statement: schema, signature: signatureText }).strict();
export const signedAuthorisation = signedOf(authorisationStatement);
export const signedRevocation = signedOf(revocationStatement);

export function isSelfIssued(a: AuthorisationStatement): boolean {
  return a.issuer.keyId === a.subject.keyId && a.issuer.orgCode === a.subject.orgCode;
}

export type Validity = 'valid' | 'expired' | 'not-yet-valid';

/**
 * Offline PCs keep poor time; a statement issued "now" upstairs must not be refused because
 * the branch's clock is a few hours behind. A day of slack on the start, none on the end.
 */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

export function validityAt(a: Pick<AuthorisationStatement, 'validFrom' | 'validUntil'>, now: Date): Validity {
  if (Date.parse(a.validFrom) > now.getTime() + CLOCK_SLACK_MS) return 'not-yet-valid';
  if (a.validUntil !== null && Date.parse(a.validUntil) <= now.getTime()) return 'expired';
  return 'valid';
}
