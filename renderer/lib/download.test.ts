import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './download';

describe('base64 helpers', () => {
  it('round-trip every byte value', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('agree with Node’s encoder on a large buffer (more than one slice)', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
