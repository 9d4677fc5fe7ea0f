/**
 * Sealing and opening a bundle's body: pure functions, all randomness passed in, so that the
 * test vectors in docs/BUNDLE-FORMAT.md are reproducible and checked by a test.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { canonicalJson } from '../util/canonical-json';
import { assembleBundle, encodeHeader, parseContainer, type Container } from './container';
import { aeadOpen, aeadSeal, hkdf, KEY_BYTES, NONCE_BYTES, SUITE_ID, x25519, x25519Public } from './crypto-suite';
import { CAPABILITIES, FORMAT_VERSION, repeatedIds, type BundleHeader, type RepeatedIds } from './header';
import { refuse } from './refusal';
import { CHUNK_SIZE, openStream, sealStream, StreamError } from './stream-cipher';

/** Inflating more than this is refused: a few KB of deflate can expand to gigabytes (a "zip bomb"). */
export const MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024;

export interface SenderKeys {
  keyId: string;
  signingPrivate: Buffer;
}

export interface RecipientKey {
  keyId: string;
  encryptionPublic: Buffer;
}

/** The randomness of one bundle; services draw it from crypto.randomBytes, vectors fix it. */
export interface SealRandomness {
  ephemeralPrivate: Buffer;
  contentKey: Buffer;
}

export interface SealInput {
  ids: RepeatedIds;
  previousHash: string;
  app: BundleHeader['app'];
  sender: SenderKeys;
  /** null: signed but not encrypted (enrolment requests: there is no shared key yet). */
  recipient: RecipientKey | null;
  randomness: SealRandomness | null;
  body: Record<string, unknown>;
}

/**
 * Key derivations, each with its own HKDF info string so no key is ever used for two purposes.
 * The wrap key binds the bundle id and both key ids (info): a header edited to name another
 * sender or recipient no longer opens, even before the signature is checked. Its salt is the
 * two X25519 public keys, as in age and HPKE, binding the exchange to who took part.
 */
export function wrapKey(shared: Buffer, ephemeralPublic: Buffer, recipient: RecipientKey, bundleId: string, senderKeyId: string): Buffer {
  const info = `BranchDesk bdx v1 key wrap|${bundleId}|${senderKeyId}|${recipient.keyId}`;
  return hkdf(shared, Buffer.concat([ephemeralPublic, recipient.encryptionPublic]), info);
}

/** The payload key comes from the content key and the bundle id (age: HKDF(file key, nonce, "payload")). */
export function payloadKey(contentKey: Buffer, bundleId: string): Buffer {
  return hkdf(contentKey, Buffer.from(bundleId, 'hex'), 'BranchDesk bdx v1 payload');
}

// The wrap key is used exactly once (a fresh ephemeral key per bundle), so a zero nonce is
// safe, as in age's X25519 stanza.
const WRAP_NONCE = Buffer.alloc(NONCE_BYTES);

export function payloadText(ids: RepeatedIds, body: Record<string, unknown>): string {
  return canonicalJson({ ...ids, body });
}

export function sealBundle(input: SealInput): { bytes: Buffer; header: BundleHeader; fileHash: string } {
  const { ids, sender, recipient, randomness } = input;
  // Compress before encrypting (ciphertext does not compress). No compression oracle here:
  // nothing an outsider controls is mixed with secrets in one bundle, and nothing is interactive.
  const compressed = deflateRawSync(Buffer.from(payloadText(ids, input.body), 'utf8'), { level: 9 });
  let body: Buffer = compressed;
  let wrappedKey: BundleHeader['wrappedKey'] = null;
  if (recipient) {
    if (!randomness) throw new Error('an encrypted bundle needs its randomness');
    const ephemeralPublic = x25519Public(randomness.ephemeralPrivate);
    const shared = x25519(randomness.ephemeralPrivate, recipient.encryptionPublic);
    const key = wrapKey(shared, ephemeralPublic, recipient, ids.bundleId, sender.keyId);
    wrappedKey = { ephemeral: ephemeralPublic.toString('base64'), sealed: aeadSeal(key, WRAP_NONCE, randomness.contentKey).toString('base64') };
    body = sealStream(payloadKey(randomness.contentKey, ids.bundleId), compressed);
  }
  const header: BundleHeader = {
    magic: 'BDX',
    format: FORMAT_VERSION,
    capabilities: (recipient ? [CAPABILITIES.deflate, CAPABILITIES.stream] : [CAPABILITIES.deflate]).sort(),
    ...ids,
    previousHash: input.previousHash,
    app: input.app,
    suite: SUITE_ID,
    senderKeyId: sender.keyId,
    recipientKeyId: recipient?.keyId ?? null,
    wrappedKey,
    chunkSize: recipient ? CHUNK_SIZE : null,
    bodyBytes: body.length,
  };
  const bytes = assembleBundle(encodeHeader(header), body, sender.signingPrivate);
  return { bytes, header, fileHash: parseContainer(bytes).fileHash };
}

function decryptBody(container: Container, recipientPrivate: Buffer, recipient: RecipientKey): Buffer {
  const { header } = container;
  if (!header.wrappedKey || !header.chunkSize) throw refuse('BUNDLE_DAMAGED', 'encrypted bundle without its key');
  const ephemeralPublic = Buffer.from(header.wrappedKey.ephemeral, 'base64');
  let shared: Buffer;
  try {
    shared = x25519(recipientPrivate, ephemeralPublic);
  } catch {
    throw refuse('BUNDLE_DAMAGED', 'the ephemeral key is unusable');
  }
  const key = wrapKey(shared, ephemeralPublic, recipient, header.bundleId, header.senderKeyId);
  const contentKey = aeadOpen(key, WRAP_NONCE, Buffer.from(header.wrappedKey.sealed, 'base64'));
  if (!contentKey || contentKey.length !== KEY_BYTES) throw refuse('BUNDLE_DAMAGED', 'the content key does not unwrap');
  try {
    return openStream(payloadKey(contentKey, header.bundleId), container.body);
  } catch (e) {
    if (e instanceof StreamError) {
      throw refuse(e.problem === 'truncated' ? 'BUNDLE_TRUNCATED' : 'BUNDLE_DAMAGED', e.message, { chunk: e.chunk });
    }
    throw e;
  }
}

function parsePayload(compressed: Buffer, header: BundleHeader): Record<string, unknown> {
  let text: string;
  try {
    const plain = inflateRawSync(compressed, { maxOutputLength: MAX_PAYLOAD_BYTES });
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw refuse('BUNDLE_DAMAGED', 'the payload does not decompress');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw refuse('BUNDLE_DAMAGED', 'the payload is not JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw refuse('BUNDLE_DAMAGED', 'the payload is not an object');
  const p = payload as Record<string, unknown>;
  // The ids repeated inside must be the header's: a signature lifted onto another header, or
  // a body moved under another, is caught even if someone re-signed it.
  if (canonicalJson(repeatedIds(header)) !== canonicalJson(Object.fromEntries(Object.keys(repeatedIds(header)).map((k) => [k, p[k]])))) {
    throw refuse('BUNDLE_DAMAGED', 'the ids inside the payload differ from the header');
  }
  const body = p.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw refuse('BUNDLE_DAMAGED', 'the payload has no body');
  return body as Record<string, unknown>;
}

/**
 * Decrypts (when encrypted) and decompresses the payload, returning its kind-specific body.
 * Call only after the signature was verified: then any failure here is the sender's bug or
 * a key mismatch, never an attacker's chosen ciphertext reaching the decompressor.
 */
export function openBundleBody(
  container: Container,
  recipient: { keyId: string; encryptionPrivate: Buffer; encryptionPublic: Buffer } | null,
): Record<string, unknown> {
  const { header } = container;
  if (header.recipientKeyId === null) return parsePayload(container.body, header);
  if (!recipient || recipient.keyId !== header.recipientKeyId) {
    throw refuse('BUNDLE_NOT_FOR_US', `encrypted to key ${header.recipientKeyId}`, { keyId: header.recipientKeyId });
  }
  return parsePayload(decryptBody(container, recipient.encryptionPrivate, recipient), header);
}
