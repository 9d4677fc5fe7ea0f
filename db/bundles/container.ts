/**
 * The byte layout of a .bdx file (docs/BUNDLE-FORMAT.md §1):
 *
 *   magic (8) ‖ format version (u16 BE) ‖ header length H (u32 BE) ‖ header (H bytes,
 *   canonical JSON) ‖ body (header.bodyBytes) ‖ Ed25519 signature (64)
 *
 * Parsing checks the frame only; whether the signer is trusted is trust.ts's business.
 */
import { canonicalJson } from '../util/canonical-json';
import { sha256, signBytes, SIGNATURE_BYTES } from './crypto-suite';
import { bundleHeader, FORMAT_VERSION, KINDS, unknownCapabilities, type BundleHeader } from './header';
import { refuse } from './refusal';

/**
 * PNG's trick (PNG spec §12.12): a high-bit first byte catches 7-bit transfers, CR LF
 * catches line-ending conversion, ^Z stops DOS `type`, and a final LF catches LF→CRLF.
 * USB sticks pass through many hands and tools; this tells "mangled in transit" early.
 */
export const MAGIC = Buffer.from('894244580d0a1a0a', 'hex');
export const PREFIX_BYTES = MAGIC.length + 2 + 4;
/** A header is a few hundred bytes; a cap keeps a hostile length from costing memory. */
export const MAX_HEADER_BYTES = 64 * 1024;
/** The largest bundle accepted (a 200k-member replica is well under it). */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

/**
 * Domain separation: the same Ed25519 key also signs authorisation statements; a fixed
 * context string in front of the digest means a signature over one can never pass as the
 * other. Signing the SHA-256 digest rather than the bytes lets a reader hash the body as it
 * streams past instead of holding it (Ed25519 itself needs the whole message twice).
 */
const SIGNATURE_DOMAIN = 'BranchDesk bundle signature v1\0';

export function signatureMessage(signedPart: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(SIGNATURE_DOMAIN, 'utf8'), sha256(signedPart)]);
}

export function encodeHeader(header: BundleHeader): Buffer {
  return Buffer.from(canonicalJson(header), 'utf8');
}

/** Frames header and body and signs them with the sender's Ed25519 key. */
export function assembleBundle(headerBytes: Buffer, body: Uint8Array, signingPrivate: Uint8Array): Buffer {
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(headerBytes.length, MAGIC.length + 2);
  const signed = Buffer.concat([prefix, headerBytes, body]);
  return Buffer.concat([signed, signBytes(signingPrivate, signatureMessage(signed))]);
}

export interface Container {
  header: BundleHeader;
  headerBytes: Buffer;
  body: Buffer;
  signature: Buffer;
  /** Everything the signature covers: prefix, header and body. */
  signed: Buffer;
  /** SHA-256 of the whole file, hex: the stream's chain link and the cover sheet's short hash. */
  fileHash: string;
}

function parseHeaderJson(headerBytes: Buffer): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch {
    throw refuse('BUNDLE_DAMAGED', 'the header is not UTF-8');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw refuse('BUNDLE_DAMAGED', 'the header is not JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw refuse('BUNDLE_DAMAGED', 'the header is not an object');
  // One encoding only: the signed bytes must be exactly the canonical form of what they say.
  if (canonicalJson(raw) !== text) throw refuse('BUNDLE_DAMAGED', 'the header is not canonical JSON');
  return raw as Record<string, unknown>;
}

/** Tells "made by a newer program" apart from damage before the strict schema speaks. */
function refuseIfTooNew(raw: Record<string, unknown>): void {
  const { format, kind, capabilities } = raw;
  if (typeof format === 'number' && format > FORMAT_VERSION) {
    throw refuse('BUNDLE_FORMAT_TOO_NEW', `format ${format} is newer than ${FORMAT_VERSION}`, { version: format });
  }
  // Reserved kinds (RESERVED_KINDS) land here too: defined by the format, not yet by this program.
  if (typeof kind === 'string' && !(KINDS as readonly string[]).includes(kind)) {
    throw refuse('BUNDLE_FORMAT_TOO_NEW', `bundle kind ${kind} is not supported by this version`, { version: FORMAT_VERSION, kind });
  }
  if (Array.isArray(capabilities) && capabilities.every((c) => typeof c === 'string')) {
    const unknown = unknownCapabilities(capabilities as string[]);
    if (unknown.length > 0) {
      throw refuse('BUNDLE_FORMAT_TOO_NEW', `needs ${unknown.join(', ')}`, { version: FORMAT_VERSION, capability: unknown.join(', ') });
    }
  }
}

/** Reads the frame of a file; any refusal here means nothing about the sender was trusted yet. */
export function parseContainer(bytes: Buffer): Container {
  if (bytes.length === 0) throw refuse('BUNDLE_UNRECOGNISED', 'the file is empty', { size: 0 });
  const magicSeen = bytes.subarray(0, MAGIC.length);
  if (!MAGIC.subarray(0, magicSeen.length).equals(magicSeen)) {
    throw refuse('BUNDLE_UNRECOGNISED', 'not a BranchDesk bundle', { size: bytes.length });
  }
  if (bytes.length < PREFIX_BYTES) throw refuse('BUNDLE_TRUNCATED', 'the file ends inside its prefix', { size: bytes.length });
  if (bytes.length > MAX_BUNDLE_BYTES) throw refuse('BUNDLE_DAMAGED', 'the file is larger than any bundle', { size: bytes.length });
  const version = bytes.readUInt16BE(MAGIC.length);
  if (version > FORMAT_VERSION) throw refuse('BUNDLE_FORMAT_TOO_NEW', `format ${version}`, { version });
  if (version === 0) throw refuse('BUNDLE_DAMAGED', 'format version 0');
  const headerLength = bytes.readUInt32BE(MAGIC.length + 2);
  if (headerLength > MAX_HEADER_BYTES) throw refuse('BUNDLE_DAMAGED', `header length ${headerLength}`);
  if (PREFIX_BYTES + headerLength > bytes.length) throw refuse('BUNDLE_TRUNCATED', 'the file ends inside its header', { size: bytes.length });
  const headerBytes = bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  const raw = parseHeaderJson(headerBytes);
  refuseIfTooNew(raw);
  const parsed = bundleHeader.safeParse(raw);
  if (!parsed.success) throw refuse('BUNDLE_DAMAGED', `the header does not fit format ${FORMAT_VERSION}`);
  const header = parsed.data;
  if (header.format !== version) throw refuse('BUNDLE_DAMAGED', 'prefix and header disagree on the version');
  const bodyEnd = PREFIX_BYTES + headerLength + header.bodyBytes;
  const expected = bodyEnd + SIGNATURE_BYTES;
  if (bytes.length < expected) throw refuse('BUNDLE_TRUNCATED', 'the file is shorter than its header says', { size: bytes.length, expected });
  if (bytes.length > expected) throw refuse('BUNDLE_DAMAGED', 'bytes after the signature', { size: bytes.length, expected });
  return {
    header,
    headerBytes,
    body: bytes.subarray(PREFIX_BYTES + headerLength, bodyEnd),
    signature: bytes.subarray(bodyEnd),
    signed: bytes.subarray(0, bodyEnd),
    fileHash: sha256(bytes).toString('hex'),
  };
}
