import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAG_BYTES } from './crypto-suite';
import { CHUNK_SIZE, openStream, sealChunks, sealedLength, sealStream, StreamError } from './stream-cipher';

const key = randomBytes(32);
const SEALED = CHUNK_SIZE + TAG_BYTES;

/** Sizes around the chunk boundaries, where STREAM implementations go wrong, and some in between. */
const size = fc.oneof(
  fc.constantFrom(0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 1, 3 * CHUNK_SIZE),
  fc.integer({ min: 0, max: 3 * CHUNK_SIZE + 7 }),
);
const plaintextOf = (n: number, seed: number) => Buffer.alloc(n, seed & 0xff);

function problemOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof StreamError) return e.problem;
    throw e;
  }
}

describe('sealStream / openStream', () => {
  it('round-trips every size, including 0 bytes and exact multiples of the chunk size', () => {
    fc.assert(
      fc.property(size, fc.integer(), (n, seed) => {
        const plain = plaintextOf(n, seed);
        const sealed = sealStream(key, plain);
        expect(sealed.length).toBe(sealedLength(n));
        expect(openStream(key, sealed).equals(plain)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('writes no empty extra chunk after a full last chunk', () => {
    expect([...sealChunks(key, plaintextOf(2 * CHUNK_SIZE, 1))].map((c) => c.length)).toEqual([SEALED, SEALED]);
    expect([...sealChunks(key, Buffer.alloc(0))].map((c) => c.length)).toEqual([TAG_BYTES]);
  });

  it('detects truncation at any length, on a chunk boundary or not', () => {
    fc.assert(
      fc.property(size, fc.integer(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (n, seed, where) => {
        const sealed = sealStream(key, plaintextOf(n, seed));
        const cut = Math.floor(where * sealed.length);
        expect(problemOf(() => openStream(key, sealed.subarray(0, cut)))).not.toBeNull();
      }),
      { numRuns: 60 },
    );
    // Exactly at a chunk boundary: only the last-chunk flag tells, and it is reported as truncation.
    const sealed = sealStream(key, plaintextOf(2 * CHUNK_SIZE + 10, 3));
    expect(problemOf(() => openStream(key, sealed.subarray(0, SEALED)))).toBe('truncated');
    expect(problemOf(() => openStream(key, sealed.subarray(0, 2 * SEALED)))).toBe('truncated');
  });

  it('detects reordered, duplicated and appended chunks', () => {
    fc.assert(
      fc.property(fc.integer({ min: CHUNK_SIZE + 1, max: 3 * CHUNK_SIZE }), fc.integer(), (n, seed) => {
        const chunks = [...sealChunks(key, plaintextOf(n, seed))];
        const swapped = Buffer.concat([chunks[1]!, chunks[0]!, ...chunks.slice(2)]);
        expect(problemOf(() => openStream(key, swapped))).toBe('damaged');
        const repeated = Buffer.concat([chunks[0]!, ...chunks]);
        expect(problemOf(() => openStream(key, repeated))).not.toBeNull();
        const extended = Buffer.concat([...chunks, sealStream(key, Buffer.from('多出来的一段'))]);
        expect(problemOf(() => openStream(key, extended))).not.toBeNull();
      }),
      { numRuns: 15 },
    );
  });

  it('detects a flipped bit anywhere and a wrong key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * CHUNK_SIZE }), fc.nat(), fc.integer({ min: 0, max: 7 }), (n, at, bit) => {
        const sealed = sealStream(key, plaintextOf(n, 7));
        const i = at % sealed.length;
        sealed[i] = sealed[i]! ^ (1 << bit);
        expect(problemOf(() => openStream(key, sealed))).not.toBeNull();
      }),
      { numRuns: 40 },
    );
    expect(problemOf(() => openStream(randomBytes(32), sealStream(key, Buffer.from('支部'))))).toBe('damaged');
  });
});
