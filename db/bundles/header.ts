import { z } from 'zod';
import { SUITE_ID } from './crypto-suite';
import { CHUNK_SIZE } from './stream-cipher';

/** The format version this program writes and the newest it reads. */
export const FORMAT_VERSION = 1;

/** Kinds this version implements. */
export const KINDS = ['enrolment', 'authorisation', 'revocation', 'replica', 'report', 'receipt'] as const;
export type BundleKind = (typeof KINDS)[number];

/**
 * Kinds named by DESIGN.md and reserved in the format; a reader that meets one (or any other
 * unknown kind) refuses it as "made by a newer program", never as damage.
 */
export const RESERVED_KINDS = ['code-tables', 'notice', 'decision'] as const;

/** Data kinds travel in the sender→recipient stream: numbered, chained, acknowledged by a receipt. */
export const SEQUENCED_KINDS: readonly BundleKind[] = ['replica', 'report'];
export const isSequenced = (kind: BundleKind) => SEQUENCED_KINDS.includes(kind);

/**
 * What a reader must understand to read the body. A reader refuses a bundle naming a
 * capability it does not know (FORMAT_TOO_NEW) rather than guess.
 */
export const CAPABILITIES = {
  deflate: 'deflate-raw',
  stream: 'stream-chacha20poly1305-64k',
} as const;
const KNOWN_CAPABILITIES: readonly string[] = Object.values(CAPABILITIES);
export const unknownCapabilities = (caps: readonly string[]) => caps.filter((c) => !KNOWN_CAPABILITIES.includes(c));

export const ZERO_HASH = '0'.repeat(64);

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
const base64Of = (bytes: number) =>
  z.string().refine((s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && Buffer.from(s, 'base64').length === bytes, `${bytes} bytes, base64`);

/** Org codes as 统一编码 writes them (the same rule as the contract's orgCode, without the tidying). */
export const orgCodeText = z.string().regex(/^[0-9A-Z][0-9A-Z-]{1,31}$/);
export const keyIdText = hex(8);
export const bundleIdText = hex(16);
export const hashText = hex(32);
export const publicKeyText = base64Of(32);
export const signatureText = base64Of(64);
export const periodText = z.string().regex(/^\d{4}(Q[1-4]|H[12])?$/);

/** The plain, signed header (docs/BUNDLE-FORMAT.md §2). Strict: an unknown field is damage in this version. */
export const bundleHeader = z
  .object({
    magic: z.literal('BDX'),
    format: z.literal(FORMAT_VERSION),
    capabilities: z.array(z.string()),
    kind: z.enum(KINDS),
    sender: orgCodeText,
    recipient: orgCodeText,
    period: periodText.nullable(),
    sequence: z.number().int().min(0),
    previousHash: hashText,
    bundleId: bundleIdText,
    createdAt: z.iso.datetime(),
    app: z.object({ name: z.string(), version: z.string(), schema: z.number().int() }).strict(),
    suite: z.literal(SUITE_ID),
    senderKeyId: keyIdText,
    recipientKeyId: keyIdText.nullable(),
    wrappedKey: z.object({ ephemeral: publicKeyText, sealed: base64Of(48) }).strict().nullable(),
    chunkSize: z.literal(CHUNK_SIZE).nullable(),
    bodyBytes: z.number().int().min(0),
  })
  .strict();
export type BundleHeader = z.infer<typeof bundleHeader>;

/** The ids of the header that are repeated inside the encrypted payload, and must match. */
export const REPEATED_IDS = ['bundleId', 'kind', 'sender', 'recipient', 'period', 'sequence', 'createdAt'] as const;
export type RepeatedIds = Pick<BundleHeader, (typeof REPEATED_IDS)[number]>;

export function repeatedIds(header: BundleHeader): RepeatedIds {
  return Object.fromEntries(REPEATED_IDS.map((k) => [k, header[k]])) as RepeatedIds;
}
