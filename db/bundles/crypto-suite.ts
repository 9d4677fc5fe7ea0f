/**
 * The one algorithm suite of format 1, built on node:crypto only (DESIGN.md "Dependency
 * notes": no second crypto library). Every primitive the bundles use goes through here, so a
 * second suite (SM2/SM3/SM4) later means a second file of this shape, selected by `suite`.
 *
 * - Ed25519 (RFC 8032) signs: deterministic (no per-signature randomness to get wrong) and
 *   small keys and signatures that fit on a printed cover sheet.
 * - X25519 (RFC 7748) + HKDF-SHA256 (RFC 5869) wrap the content key to the recipient, the way
 *   age's X25519 recipient stanza does: a fresh ephemeral key per bundle, so only the holder
 *   of the recipient's private key can unwrap it, and a leaked bundle key exposes one bundle.
 * - ChaCha20-Poly1305 (RFC 8439) encrypts: an AEAD that is fast in software without AES
 *   instructions (old office PCs) and has no timing side channel from table lookups.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

export const SUITE_ID = 'BDX1-ED25519-X25519-HKDF-SHA256-CHACHA20-POLY1305';

export const KEY_BYTES = 32;
export const TAG_BYTES = 16;
export const NONCE_BYTES = 12;
export const SIGNATURE_BYTES = 64;

// DER prefixes of PKCS#8 private and SPKI public keys for the two curves (RFC 8410): the
// raw 32 bytes follow them. node:crypto takes keys only as KeyObjects, so raw keys are wrapped.
const PKCS8_PREFIX = { ed25519: '302e020100300506032b657004220420', x25519: '302e020100300506032b656e04220420' };
const SPKI_PREFIX = { ed25519: '302a300506032b6570032100', x25519: '302a300506032b656e032100' };
type Curve = keyof typeof PKCS8_PREFIX;

function privateKey(curve: Curve, seed: Uint8Array): KeyObject {
  if (seed.length !== KEY_BYTES) throw new RangeError(`${curve} private key must be 32 bytes`);
  return createPrivateKey({ key: Buffer.concat([Buffer.from(PKCS8_PREFIX[curve], 'hex'), seed]), format: 'der', type: 'pkcs8' });
}

function publicKey(curve: Curve, raw: Uint8Array): KeyObject {
  if (raw.length !== KEY_BYTES) throw new RangeError(`${curve} public key must be 32 bytes`);
  return createPublicKey({ key: Buffer.concat([Buffer.from(SPKI_PREFIX[curve], 'hex'), raw]), format: 'der', type: 'spki' });
}

function rawPublic(key: KeyObject): Buffer {
  return Buffer.from(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-KEY_BYTES));
}

/** One installation's two key pairs; private halves are the 32-byte seeds of RFC 8032 / 7748. */
export interface KeyPairs {
  signingPrivate: Buffer;
  signingPublic: Buffer;
  encryptionPrivate: Buffer;
  encryptionPublic: Buffer;
}

/** Derives both public keys from the two private seeds (used for generation and for test vectors). */
export function keyPairsFromSeeds(signingPrivate: Uint8Array, encryptionPrivate: Uint8Array): KeyPairs {
  return {
    signingPrivate: Buffer.from(signingPrivate),
    signingPublic: rawPublic(privateKey('ed25519', signingPrivate)),
    encryptionPrivate: Buffer.from(encryptionPrivate),
    encryptionPublic: x25519Public(encryptionPrivate),
  };
}

export function x25519Public(encryptionPrivate: Uint8Array): Buffer {
  return rawPublic(privateKey('x25519', encryptionPrivate));
}

export function signBytes(signingPrivate: Uint8Array, message: Uint8Array): Buffer {
  return sign(null, message, privateKey('ed25519', signingPrivate));
}

/** False for a wrong signature, a malformed key or a signature of the wrong length. */
export function verifyBytes(signingPublic: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_BYTES || signingPublic.length !== KEY_BYTES) return false;
  try {
    return verify(null, message, publicKey('ed25519', signingPublic), signature);
  } catch {
    return false;
  }
}

/**
 * X25519 shared secret. An all-zero result means the peer sent a low-order point (RFC 7748
 * §6.1): refusing it stops a crafted key from forcing a known "shared" secret.
 */
export function x25519(encryptionPrivate: Uint8Array, peerPublic: Uint8Array): Buffer {
  const shared = diffieHellman({ privateKey: privateKey('x25519', encryptionPrivate), publicKey: publicKey('x25519', peerPublic) });
  if (shared.every((b) => b === 0)) throw new Error('X25519 produced the all-zero secret');
  return shared;
}

export function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string, length = KEY_BYTES): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from(info, 'utf8'), length));
}

export function aeadSeal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** null when the tag does not verify: the caller decides which refusal that is. */
export function aeadOpen(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** Keys travel as base64 in JSON (statements, the store's columns). */
export const fromBase64 = (s: string): Buffer => Buffer.from(s, 'base64');

export function sha256(...parts: (Uint8Array | string)[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

export function sha512(...parts: (Uint8Array | string)[]): Buffer {
  const h = createHash('sha512');
  for (const p of parts) h.update(p);
  return h.digest();
}
