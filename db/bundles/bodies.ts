/**
 * The kind-specific bodies of the control bundles (enrolment, authorisation, revocation,
 * receipt). Data bodies (replica, report) are read row by row in replica.ts and report.ts.
 */
import { z } from 'zod';
import { bundleIdText, hashText, keyIdText, orgCodeText, periodText, publicKeyText } from './header';
import { refuse } from './refusal';
import { signedAuthorisation, signedRevocation } from './statements';

export const enrolmentBody = z
  .object({
    enrolment: z
      .object({
        orgCode: orgCodeText,
        orgName: z.string().min(1).max(100),
        parentCode: orgCodeText,
        keyId: keyIdText,
        signingPublic: publicKeyText,
        encryptionPublic: publicKeyText,
        /** After a rotation: the old key vouching for the new one (an authorisation statement). */
        rotation: signedAuthorisation.nullable(),
      })
      .strict(),
  })
  .strict();
export type EnrolmentBody = z.infer<typeof enrolmentBody>['enrolment'];

export const authorisationBody = z.object({ chain: z.array(signedAuthorisation).min(1).max(64) }).strict();

export const revocationBody = z.object({ revocations: z.array(signedRevocation).min(1).max(1000) }).strict();

export const receiptBody = z
  .object({
    receipt: z
      .object({
        receiptFor: bundleIdText,
        kind: z.string(),
        sequence: z.number().int().min(0),
        period: periodText.nullable(),
        fileHash: hashText,
        importedAt: z.iso.datetime(),
        counts: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }).strict(),
      })
      .strict(),
  })
  .strict();

/** Parses a control body; a signed body of the wrong shape is the sender's damage, not ours. */
export function readBody<T extends z.ZodType>(schema: T, body: Record<string, unknown>, what: string): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw refuse('BUNDLE_DAMAGED', `the ${what} body does not have its shape`);
  return parsed.data;
}
