import { describe, expect, it } from 'vitest';
import { AppError } from '../api/errors';
import { FAST_SCRYPT } from '../test-support/temp-store';
import { createKeyring, DEFAULT_SCRYPT, rewrapPassphrase, unwrapWithPassphrase, unwrapWithRecoveryKey } from './keyring';
import { formatRecoveryKey, generateRecoverySecret, parseRecoveryKey } from './recovery-key';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : 'not-an-app-error';
  }
  return undefined;
}

describe('recovery key', () => {
  it('round-trips through the printed form', () => {
    const secret = generateRecoverySecret();
    const printed = formatRecoveryKey(secret);
    expect(printed).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(printed).equals(secret)).toBe(true);
  });

  it.each([
    ['lower case', (k: string) => k.toLowerCase()],
    ['no dashes', (k: string) => k.replace(/-/g, '')],
    ['spaces instead of dashes', (k: string) => k.replace(/-/g, ' ')],
    ['full-width characters', (k: string) => k.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
    ['O typed for 0 and l for 1', (k: string) => k.replace(/0/g, 'O').replace(/1/g, 'l')],
  ])('accepts what people type: %s', (_name, mangle) => {
    const secret = generateRecoverySecret();
    expect(parseRecoveryKey(mangle(formatRecoveryKey(secret))).equals(secret)).toBe(true);
  });

  it('catches a mistyped character with the checksum', () => {
    const printed = formatRecoveryKey(generateRecoverySecret());
    const typo = (printed[0] === 'A' ? 'B' : 'A') + printed.slice(1);
    expect(codeOf(() => parseRecoveryKey(typo))).toBe('RECOVERY_KEY_MALFORMED');
  });

  it('names a wrong length as malformed', () => {
    expect(codeOf(() => parseRecoveryKey('ABCD-EFGH'))).toBe('RECOVERY_KEY_MALFORMED');
  });
});

describe('keyring', () => {
  it('wraps one data key under both the passphrase and the recovery key', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring('db-1234', '党员之家口令二〇二六', FAST_SCRYPT);
    expect((await unwrapWithPassphrase(keyring, '党员之家口令二〇二六')).equals(dataKey)).toBe(true);
    expect(unwrapWithRecoveryKey(keyring, recoveryKey).equals(dataKey)).toBe(true);
    expect(JSON.stringify(keyring)).not.toContain(dataKey.toString('hex'));
    expect(JSON.stringify(keyring)).not.toContain(dataKey.toString('base64'));
  });

  it('treats the same Chinese passphrase in NFC and NFD as the same', async () => {
    const composed = 'Café党支部委员会'.normalize('NFC');
    const { keyring, dataKey } = await createKeyring('db-nfc1', composed, FAST_SCRYPT);
    expect((await unwrapWithPassphrase(keyring, composed.normalize('NFD'))).equals(dataKey)).toBe(true);
  });

  it('refuses a wrong passphrase', async () => {
    const { keyring } = await createKeyring('db-5678', 'right passphrase', FAST_SCRYPT);
    await expect(unwrapWithPassphrase(keyring, 'wrong passphrase')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('binds each wrap to its database id, so a slot copied from another keyring fails', async () => {
    const a = await createKeyring('db-aaaa', 'same passphrase', FAST_SCRYPT);
    const b = await createKeyring('db-bbbb', 'same passphrase', FAST_SCRYPT);
    const spliced = { ...a.keyring, passphrase: b.keyring.passphrase };
    await expect(unwrapWithPassphrase(spliced, 'same passphrase')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('rewraps under a new passphrase and keeps the recovery slot', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring('db-9999', 'first passphrase', FAST_SCRYPT);
    const next = await rewrapPassphrase(keyring, dataKey, 'second passphrase', FAST_SCRYPT);
    expect((await unwrapWithPassphrase(next, 'second passphrase')).equals(dataKey)).toBe(true);
    expect(next.recovery).toEqual(keyring.recovery);
    expect(unwrapWithRecoveryKey(next, recoveryKey).equals(dataKey)).toBe(true);
  });

  it('refuses passphrases shorter than 8 characters, counting Chinese characters as one each', async () => {
    await expect(createKeyring('db-weak', '1234567', FAST_SCRYPT)).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' });
    await expect(createKeyring('db-zh88', '为人民服务永远在', FAST_SCRYPT)).resolves.toBeDefined();
  });

  it('records the production scrypt parameters in the keyring', async () => {
    const started = performance.now();
    const { keyring, dataKey } = await createKeyring('db-prod', 'production parameters');
    expect(keyring.passphrase).toMatchObject({ kdf: 'scrypt', ...DEFAULT_SCRYPT });
    expect((await unwrapWithPassphrase(keyring, 'production parameters')).equals(dataKey)).toBe(true);
    // Two derivations (wrap + unwrap); recorded so the cost stays visible in the test output.
    console.log(`scrypt N=2^17 wrap+unwrap: ${Math.round(performance.now() - started)} ms`);
  });
});
