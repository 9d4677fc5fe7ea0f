import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt as scryptCb } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../api/errors';
import { readJsonFile, writeFileAtomic } from './atomic-file';
import { generateRecoverySecret, parseRecoveryKey, formatRecoveryKey } from './recovery-key';

/**
 * Key hierarchy (docs/ARCHITECTURE.md, "Keys"):
 *   data key (32 random bytes, the SQLCipher-style raw key of the database)
 *     wrapped by  scrypt(passphrase)           -> slot "passphrase"
 *     wrapped by  HKDF(recovery secret)        -> slot "recovery"
 * Changing the passphrase rewrites one slot; the database is never re-encrypted.
 */

/**
 * scrypt N=2^17, r=8, p=1 uses 128 MiB and takes about 0.3–0.5 s on an office PC:
 * slow enough that guessing a passphrase from a stolen disk costs real money, fast enough
 * that unlocking does not feel broken. The parameters are stored per slot, so they can be
 * raised later without breaking existing keyrings.
 */
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
export type ScryptParams = { N: number; r: number; p: number };

const KEYRING_FORMAT = 'branchdesk-keyring';
const KEYRING_VERSION = 1;
const MIN_PASSPHRASE_CHARS = 8;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const wrapSchema = z.object({ salt: b64, nonce: b64, ciphertext: b64, tag: b64 });
const keyringSchema = z.object({
  format: z.literal(KEYRING_FORMAT),
  version: z.number().int(),
  databaseId: z.string().min(8),
  createdAt: z.string(),
  cipher: z.literal('chacha20'),
  passphrase: wrapSchema.extend({
    kdf: z.literal('scrypt'),
    N: z.number().int().min(1024),
    r: z.number().int().min(1),
    p: z.number().int().min(1),
  }),
  recovery: wrapSchema.extend({ kdf: z.literal('hkdf-sha256') }),
});
export type Keyring = z.infer<typeof keyringSchema>;
type Wrap = z.infer<typeof wrapSchema>;

export function checkPassphraseStrength(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS) {
    throw new AppError('WEAK_PASSPHRASE', `a passphrase needs at least ${MIN_PASSPHRASE_CHARS} characters`, {
      params: { min: MIN_PASSPHRASE_CHARS },
    });
  }
}

function scrypt(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFC so that the same Chinese passphrase typed with another input method gives the same key.
    scryptCb(
      Buffer.from(passphrase.normalize('NFC'), 'utf8'),
      salt,
      32,
      { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

function recoveryWrapKey(secret: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, 'branchdesk recovery wrap v1', 32));
}

function aad(databaseId: string, slot: string): Buffer {
  return Buffer.from(`${KEYRING_FORMAT}/v${KEYRING_VERSION}/${databaseId}/${slot}`, 'utf8');
}

function seal(wrapKey: Buffer, dataKey: Buffer, salt: Buffer, additional: Buffer): Wrap {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrapKey, nonce);
  cipher.setAAD(additional);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns undefined when the wrap key is wrong (the GCM tag does not verify). */
function open(wrapKey: Buffer, wrap: Wrap, additional: Buffer): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrapKey, Buffer.from(wrap.nonce, 'base64'));
    decipher.setAAD(additional);
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return undefined;
  }
}

async function passphraseSlot(databaseId: string, dataKey: Buffer, passphrase: string, params: ScryptParams) {
  const salt = randomBytes(16);
  const wrapKey = await scrypt(passphrase, salt, params);
  return { kdf: 'scrypt' as const, ...params, ...seal(wrapKey, dataKey, salt, aad(databaseId, 'passphrase')) };
}

export interface NewKeyring {
  keyring: Keyring;
  dataKey: Buffer;
  /** Shown once, printed on the recovery sheet, never stored. */
  recoveryKey: string;
}

export async function createKeyring(
  databaseId: string,
  passphrase: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<NewKeyring> {
  checkPassphraseStrength(passphrase);
  const dataKey = randomBytes(32);
  const recoverySecret = generateRecoverySecret();
  const recoverySalt = randomBytes(16);
  const keyring: Keyring = {
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    databaseId,
    createdAt: new Date().toISOString(),
    cipher: 'chacha20',
    passphrase: await passphraseSlot(databaseId, dataKey, passphrase, params),
    recovery: {
      kdf: 'hkdf-sha256',
      ...seal(recoveryWrapKey(recoverySecret, recoverySalt), dataKey, recoverySalt, aad(databaseId, 'recovery')),
    },
  };
  return { keyring, dataKey, recoveryKey: formatRecoveryKey(recoverySecret) };
}

export async function unwrapWithPassphrase(keyring: Keyring, passphrase: string): Promise<Buffer> {
  const slot = keyring.passphrase;
  const wrapKey = await scrypt(passphrase, Buffer.from(slot.salt, 'base64'), slot);
  const dataKey = open(wrapKey, slot, aad(keyring.databaseId, 'passphrase'));
  if (!dataKey) throw new AppError('WRONG_PASSPHRASE', 'the passphrase does not unlock this database');
  return dataKey;
}

export function unwrapWithRecoveryKey(keyring: Keyring, typedRecoveryKey: string): Buffer {
  const secret = parseRecoveryKey(typedRecoveryKey);
  const slot = keyring.recovery;
  const dataKey = open(
    recoveryWrapKey(secret, Buffer.from(slot.salt, 'base64')),
    slot,
    aad(keyring.databaseId, 'recovery'),
  );
  if (!dataKey) throw new AppError('WRONG_RECOVERY_KEY', 'the recovery key does not belong to this database');
  return dataKey;
}

/** New passphrase slot for the same data key; the recovery slot is left as it is. */
export async function rewrapPassphrase(
  keyring: Keyring,
  dataKey: Buffer,
  newPassphrase: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<Keyring> {
  checkPassphraseStrength(newPassphrase);
  return { ...keyring, passphrase: await passphraseSlot(keyring.databaseId, dataKey, newPassphrase, params) };
}

/** A new recovery key for the same data key; the old recovery key stops working. */
export function rewrapRecovery(keyring: Keyring, dataKey: Buffer): { keyring: Keyring; recoveryKey: string } {
  const secret = generateRecoverySecret();
  const salt = randomBytes(16);
  return {
    keyring: {
      ...keyring,
      recovery: { kdf: 'hkdf-sha256', ...seal(recoveryWrapKey(secret, salt), dataKey, salt, aad(keyring.databaseId, 'recovery')) },
    },
    recoveryKey: formatRecoveryKey(secret),
  };
}

export function readKeyring(file: string): Keyring {
  const raw = readJsonFile(file);
  if (raw === undefined) throw new AppError('KEYRING_MISSING', `no keyring at ${file}`);
  const parsed = keyringSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('KEYRING_DAMAGED', `the keyring file ${file} is not valid`);
  if (parsed.data.version > KEYRING_VERSION) {
    throw new AppError('DATABASE_TOO_NEW', 'the keyring was written by a newer BranchDesk', {
      params: { version: parsed.data.version },
    });
  }
  return parsed.data;
}

export function writeKeyring(file: string, keyring: Keyring): void {
  writeFileAtomic(file, JSON.stringify(keyring, null, 2) + '\n');
}
