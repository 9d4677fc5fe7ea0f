/**
 * The body's chunked encryption, after age's STREAM construction (Hoang, Reyhanitabar,
 * Rogaway, Vizár, "Online Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance",
 * 2015): the plaintext is cut into 64 KiB chunks, each sealed with ChaCha20-Poly1305 under
 * nonce = 11-byte big-endian chunk counter ‖ 1 byte "last chunk" flag.
 *
 * Why: each chunk is authenticated on its own, so a reader never acts on unauthenticated
 * bytes and needs one chunk of memory at a time; the counter in the nonce makes reordering
 * or dropping a chunk fail; the last-chunk flag makes cutting the stream at a chunk boundary
 * (truncation) or appending chunks (extension) fail, which a plain counter would not catch.
 */
import { aeadOpen, aeadSeal, NONCE_BYTES, TAG_BYTES } from './crypto-suite';

export const CHUNK_SIZE = 64 * 1024;
const SEALED_CHUNK = CHUNK_SIZE + TAG_BYTES;

export type StreamProblem = 'truncated' | 'damaged';

export class StreamError extends Error {
  constructor(readonly problem: StreamProblem, readonly chunk: number) {
    super(`encrypted body ${problem} at chunk ${chunk}`);
    this.name = 'StreamError';
  }
}

function nonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(NONCE_BYTES);
  // Bytes 0..10 are the counter (big-endian); 2^53 chunks is far beyond any bundle, so the
  // high bytes stay zero and the low 6 carry the value.
  n.writeUIntBE(counter, 5, 6);
  n[NONCE_BYTES - 1] = last ? 1 : 0;
  return n;
}

/** Ciphertext length for a plaintext of n bytes: one tag per chunk, and one chunk at least. */
export function sealedLength(n: number): number {
  const chunks = Math.max(1, Math.ceil(n / CHUNK_SIZE));
  return n + chunks * TAG_BYTES;
}

/**
 * Seals chunk by chunk. An empty plaintext is one empty last chunk; a plaintext of an exact
 * multiple of the chunk size ends with a full last chunk (never an empty extra one, as in age).
 */
export function* sealChunks(key: Uint8Array, plaintext: Uint8Array): Generator<Buffer> {
  const chunks = Math.max(1, Math.ceil(plaintext.length / CHUNK_SIZE));
  for (let i = 0; i < chunks; i++) {
    const part = plaintext.subarray(i * CHUNK_SIZE, Math.min(plaintext.length, (i + 1) * CHUNK_SIZE));
    yield aeadSeal(key, nonce(i, i === chunks - 1), part);
  }
}

export function sealStream(key: Uint8Array, plaintext: Uint8Array): Buffer {
  return Buffer.concat([...sealChunks(key, plaintext)]);
}

/**
 * Opens chunk by chunk, yielding only authenticated plaintext. Whether a chunk is the last is
 * decided by where it sits in the ciphertext; a chunk sealed with the other flag fails.
 */
export function* openChunks(key: Uint8Array, ciphertext: Uint8Array): Generator<Buffer> {
  if (ciphertext.length < TAG_BYTES) throw new StreamError('truncated', 0);
  let offset = 0;
  for (let i = 0; ; i++) {
    const remaining = ciphertext.length - offset;
    const last = remaining <= SEALED_CHUNK;
    const size = last ? remaining : SEALED_CHUNK;
    if (size < TAG_BYTES) throw new StreamError('truncated', i);
    // An empty last chunk is only written for an empty plaintext, so anywhere else it is a cut.
    if (last && size === TAG_BYTES && i > 0) throw new StreamError('truncated', i);
    const opened = aeadOpen(key, nonce(i, last), ciphertext.subarray(offset, offset + size));
    if (!opened) {
      // A full-size chunk that fails with the last flag was sealed as a middle chunk: the rest was cut off.
      const cut = last && size === SEALED_CHUNK && aeadOpen(key, nonce(i, false), ciphertext.subarray(offset, offset + size)) !== null;
      throw new StreamError(cut ? 'truncated' : 'damaged', i);
    }
    yield opened;
    offset += size;
    if (last) return;
  }
}

export function openStream(key: Uint8Array, ciphertext: Uint8Array): Buffer {
  return Buffer.concat([...openChunks(key, ciphertext)]);
}
