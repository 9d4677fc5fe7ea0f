import { z } from 'zod';
import { empty, orgCode } from '../schemas/common';
import { isoDate } from '../schemas/members';
import { periodText } from '../../bundles/header';
import { op } from '../op';
import {
  authorisation,
  bundleContent,
  bundleIdentity,
  coverSheet,
  delivered,
  enrolment,
  heldMember,
  heldOrganisation,
  heldReport,
  importSummary,
  inspected,
  logEntry,
  outPath,
  revocationReason,
} from '../schemas/bundles';

const content = z.object({ contentBase64: bundleContent }).strict();

/**
 * To our superior unless `recipient` says otherwise. `replaceUnacknowledged` numbers the bundle
 * as the last one again, replacing it after the recipient refused it (BUNDLE-FORMAT.md §6).
 */
const dataExport = { recipient: orgCode.optional(), path: outPath, replaceUnacknowledged: z.boolean().optional() };

/**
 * Bundles (.bdx, docs/BUNDLE-FORMAT.md): keys and 逐级授权, export, verified import with
 * receipts. Every export takes an optional absolute `path`; without one the bundle comes back
 * as base64 and nothing is written (browser mode).
 */
export const bundleOps = {
  'bundles.identity': op({ input: empty, output: bundleIdentity, needs: 'unlocked' }),
  'bundles.rotateKey': op({ input: empty, output: bundleIdentity, needs: 'unlocked' }),
  'bundles.exportEnrolment': op({ input: z.object({ path: outPath }).strict(), output: delivered, needs: 'unlocked' }),
  'bundles.enrolments': op({ input: empty, output: z.array(enrolment), needs: 'unlocked' }),
  'bundles.approveEnrolment': op({
    input: z.object({ id: z.number().int(), scope: orgCode.optional(), validUntil: isoDate.optional() }).strict(),
    output: authorisation.pick({ serial: true, subject: true, subjectName: true, scope: true, validFrom: true, validUntil: true }),
    needs: 'unlocked',
  }),
  'bundles.exportAuthorisation': op({
    input: z
      .object({ enrolmentId: z.number().int().optional(), orgCode: orgCode.optional(), path: outPath })
      .strict()
      .refine((i) => (i.enrolmentId === undefined) !== (i.orgCode === undefined), 'give either enrolmentId or orgCode'),
    output: delivered,
    needs: 'unlocked',
  }),
  'bundles.authorisations': op({ input: empty, output: z.array(authorisation), needs: 'unlocked' }),
  'bundles.revoke': op({
    input: z
      .object({
        serial: z.string().regex(/^[0-9a-f]{16}$/).optional(),
        orgCode: orgCode.optional(),
        reason: revocationReason,
        notify: z.enum(['subject', 'superior', 'none']).default('subject'),
        path: outPath,
      })
      .strict()
      .refine((i) => (i.serial === undefined) !== (i.orgCode === undefined), 'give either serial or orgCode'),
    output: z.object({ revoked: z.array(z.object({ serial: z.string(), orgCode: z.string() })), bundle: delivered.nullable() }),
    needs: 'unlocked',
  }),
  'bundles.exportReplica': op({ input: z.object({ ...dataExport }).strict(), output: delivered, needs: 'unlocked' }),
  'bundles.exportReport': op({
    input: z.object({ period: periodText, version: z.number().int().min(1), ...dataExport }).strict(),
    output: delivered,
    needs: 'unlocked',
  }),
  'bundles.inspect': op({ input: content, output: inspected, needs: 'any' }),
  'bundles.verify': op({ input: content, output: importSummary, needs: 'unlocked' }),
  'bundles.dryRun': op({ input: content, output: importSummary, needs: 'unlocked' }),
  'bundles.import': op({
    input: z.object({ contentBase64: bundleContent, confirm: z.literal(true), receiptPath: outPath }).strict(),
    output: z.object({ summary: importSummary, receipt: delivered.nullable() }),
    needs: 'unlocked',
  }),
  'bundles.log': op({ input: z.object({ limit: z.number().int().min(1).max(10_000).default(200) }).strict(), output: z.array(logEntry), needs: 'unlocked' }),
  'bundles.coverSheet': op({ input: content, output: coverSheet, needs: 'unlocked' }),
  /** What we hold of the levels below (read-only, 分级维护): one line per sending organisation. */
  'bundles.held': op({ input: empty, output: z.array(heldOrganisation), needs: 'unlocked' }),
  'bundles.heldMembers': op({
    input: z.object({ owner: orgCode, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.object({ total: z.number().int(), rows: z.array(heldMember) }),
    needs: 'unlocked',
  }),
  'bundles.heldReports': op({ input: z.object({ owner: orgCode }).strict(), output: z.array(heldReport), needs: 'unlocked' }),
} as const;
