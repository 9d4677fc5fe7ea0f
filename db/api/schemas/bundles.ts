import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { MAX_BUNDLE_BYTES } from '../../bundles/container';
import { KINDS } from '../../bundles/header';
import { REVOCATION_REASONS } from '../../bundles/statements';

/** A bundle as the caller read it: base64 (an empty string is an empty file, refused as such). */
export const bundleContent = z.string().max(Math.ceil(MAX_BUNDLE_BYTES / 3) * 4 + 4);

/**
 * Where to write a bundle: an absolute path the caller chose (the desktop's save dialog, the
 * CLI's --out). Without it the bundle comes back as base64 (browser mode downloads it).
 */
export const outPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => isAbsolute(p), 'the path must be absolute')
  .optional();

export const coverSheet = z.object({
  title: z.string(),
  rows: z.array(z.tuple([z.string(), z.string()])),
  counts: z.array(z.tuple([z.string(), z.number().int()])),
  senderFingerprint: z.array(z.string()),
  fileHashShort: z.string(),
  bundleIdShort: z.string(),
  notes: z.array(z.string()),
});

export const delivered = z.object({
  bundleId: z.string(),
  kind: z.enum(KINDS),
  recipient: z.string(),
  period: z.string().nullable(),
  sequence: z.number().int(),
  fileName: z.string(),
  fileHash: z.string(),
  path: z.string().nullable(),
  contentBase64: z.string().nullable(),
  coverSheet,
});

const fingerprint = z.array(z.string());

export const bundleIdentity = z.object({
  orgCode: z.string(),
  keyId: z.string(),
  fingerprint,
  signingPublic: z.string(),
  encryptionPublic: z.string(),
  createdAt: z.string(),
  root: z.boolean(),
  authorisation: z
    .object({ scope: z.string(), status: z.enum(['ok', 'expired', 'revoked']), validUntil: z.string().nullable(), issuer: z.string().nullable() })
    .nullable(),
  superior: z.object({ orgCode: z.string(), name: z.string().nullable(), keyId: z.string(), fingerprint }).nullable(),
  keys: z.array(z.object({ keyId: z.string(), fingerprint, createdAt: z.string(), retiredAt: z.string().nullable() })),
});

export const enrolment = z.object({
  id: z.number().int(),
  orgCode: z.string(),
  orgName: z.string(),
  keyId: z.string(),
  fingerprint,
  status: z.string(),
  receivedAt: z.string(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});

export const authorisation = z.object({
  serial: z.string(),
  issuer: z.string(),
  subject: z.string(),
  subjectName: z.string(),
  subjectKeyId: z.string(),
  scope: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  receivedAt: z.string(),
  issuedByUs: z.boolean(),
  root: z.boolean(),
  fingerprint,
});

export const revocationReason = z.enum(REVOCATION_REASONS);

const action = z.enum(['new', 'changed', 'unchanged', 'rejected']);

export const importSummary = z.object({
  status: z.enum(['ready', 'blocked', 'replayed', 'imported']),
  bundleId: z.string(),
  kind: z.enum(KINDS),
  sender: z.string(),
  senderName: z.string().nullable(),
  senderKeyId: z.string(),
  senderFingerprint: fingerprint,
  recipient: z.string(),
  period: z.string().nullable(),
  sequence: z.number().int(),
  createdAt: z.string(),
  fileHash: z.string(),
  fileHashShort: z.string(),
  importedAt: z.string().nullable(),
  counts: z.record(action, z.number().int()),
  changes: z.array(z.object({ entity: z.string(), code: z.string(), label: z.string(), action, reason: z.string().nullable() })),
  notes: z.array(z.string()),
});

export const inspected = z.object({
  header: z.object({
    magic: z.string(),
    format: z.number().int(),
    capabilities: z.array(z.string()),
    kind: z.enum(KINDS),
    sender: z.string(),
    recipient: z.string(),
    period: z.string().nullable(),
    sequence: z.number().int(),
    previousHash: z.string(),
    bundleId: z.string(),
    createdAt: z.string(),
    app: z.object({ name: z.string(), version: z.string(), schema: z.number().int() }),
    suite: z.string(),
    senderKeyId: z.string(),
    recipientKeyId: z.string().nullable(),
    chunkSize: z.number().int().nullable(),
    bodyBytes: z.number().int(),
  }),
  encrypted: z.boolean(),
  fileHash: z.string(),
  fileHashShort: z.string(),
  bytes: z.number().int(),
});

export const logEntry = z.object({
  bundleId: z.string(),
  direction: z.enum(['in', 'out']),
  kind: z.enum(KINDS),
  sender: z.string(),
  recipient: z.string(),
  period: z.string().nullable(),
  sequence: z.number().int(),
  fileHash: z.string(),
  counts: z.record(z.string(), z.number()).nullable(),
  at: z.string(),
  receiptFor: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});

export const heldOrganisation = z.object({
  orgCode: z.string(),
  name: z.string().nullable(),
  members: z.number().int(),
  left: z.number().int(),
  reports: z.array(z.string()),
  updatedAt: z.string(),
});

export const heldMember = z.object({
  code: z.string(),
  name: z.string(),
  orgCode: z.string().nullable(),
  memberType: z.string().nullable(),
  gender: z.string().nullable(),
  joinDate: z.string().nullable(),
  left: z.string().nullable(),
  updatedAt: z.string(),
});

export const heldReport = z.object({
  code: z.string(),
  period: z.string(),
  version: z.number().int(),
  computedAt: z.string().nullable(),
  total: z.number().nullable(),
  updatedAt: z.string(),
});
