import { sha256, sha512 } from './crypto-suite';

/**
 * Key id: hex of the first 8 bytes of SHA-256 over both raw public keys (signing ‖
 * encryption). It names a key in headers and statements; it is not a security check on its
 * own (64 bits), so every use looks the full public keys up and verifies signatures with them.
 */
export function keyIdOf(signingPublic: Uint8Array, encryptionPublic: Uint8Array): string {
  return sha256(signingPublic, encryptionPublic).subarray(0, 8).toString('hex');
}

const FINGERPRINT_DOMAIN = 'BranchDesk key fingerprint v1\0';

/**
 * The fingerprint people compare aloud or on paper, Signal-style: 8 groups of 5 digits. Each
 * group is 5 bytes of SHA-512 (over a domain string and both public keys) taken mod 100000,
 * so the 40 digits carry about 133 bits: finding a second key with the same fingerprint is
 * out of reach without Signal's iterated hashing, which buys margin for its shorter 30 digits.
 * Digits rather than hex because they read out unambiguously over the phone in Chinese.
 */
export function fingerprintOf(signingPublic: Uint8Array, encryptionPublic: Uint8Array): string[] {
  const digest = sha512(FINGERPRINT_DOMAIN, signingPublic, encryptionPublic);
  const groups: string[] = [];
  for (let i = 0; i < 8; i++) {
    const value = digest.readUIntBE(i * 5, 5) % 100_000;
    groups.push(String(value).padStart(5, '0'));
  }
  return groups;
}

/** The same, for keys as they travel in JSON (base64). */
export function fingerprintOfText(keys: { signingPublic: string; encryptionPublic: string }): string[] {
  return fingerprintOf(Buffer.from(keys.signingPublic, 'base64'), Buffer.from(keys.encryptionPublic, 'base64'));
}

/** A short form of a file hash for comparing on screen against the printed cover sheet. */
export function shortHash(hexDigest: string): string {
  return (hexDigest.slice(0, 16).toUpperCase().match(/.{4}/g) ?? []).join('-');
}
