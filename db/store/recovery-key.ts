import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../api/errors';

/**
 * The recovery key is printed on paper and typed back by hand, perhaps years later.
 * Crockford base32 (no I, L, O, U) avoids letters that read like digits; a 4-character
 * checksum catches a mistyped group before we even try to unwrap, so the user is told
 * "check what you typed" instead of "wrong key".
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SECRET_BYTES = 20; // 160 bits: far beyond guessing, short enough to type.
const GROUP = 4;

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new AppError('RECOVERY_KEY_MALFORMED', `invalid character ${ch}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function checksum(secret: Uint8Array): string {
  return toBase32(createHash('sha256').update('branchdesk-recovery').update(secret).digest()).slice(0, GROUP);
}

export function generateRecoverySecret(): Buffer {
  return randomBytes(SECRET_BYTES);
}

/** "7K3Q-…-CHK1": nine groups of four, the last one a checksum. */
export function formatRecoveryKey(secret: Uint8Array): string {
  const body = toBase32(secret) + checksum(secret);
  return body.match(/.{1,4}/g)!.join('-');
}

/** Accepts what people actually type: lower case, spaces, missing dashes, O for 0, I/L for 1. */
export function parseRecoveryKey(typed: string): Buffer {
  const cleaned = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-–—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const bodyLength = Math.ceil((SECRET_BYTES * 8) / 5);
  if (cleaned.length !== bodyLength + GROUP) {
    throw new AppError('RECOVERY_KEY_MALFORMED', `expected ${bodyLength + GROUP} characters, got ${cleaned.length}`, {
      params: { expected: bodyLength + GROUP, actual: cleaned.length },
    });
  }
  const secret = fromBase32(cleaned.slice(0, bodyLength)).subarray(0, SECRET_BYTES);
  if (checksum(secret) !== cleaned.slice(bodyLength)) {
    throw new AppError('RECOVERY_KEY_MALFORMED', 'recovery key checksum does not match');
  }
  return Buffer.from(secret);
}
