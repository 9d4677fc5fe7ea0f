import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../api/errors';
import { FAST_SCRYPT, TEST_PASSPHRASE, tempDir } from '../test-support/temp-store';
import { storePaths, type StorePaths } from './paths';
import { changePassphrase, createStore, recoverStore, renewRecoveryKey, unlockStore } from './store';

const opts = { scrypt: FAST_SCRYPT };
const MARKER = '绝密标记MARKER-7f3a';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function freshPaths(): StorePaths {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return storePaths(dir);
}

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

async function storeWithMarker(paths: StorePaths) {
  const { store, recoveryKey } = await createStore(paths, TEST_PASSPHRASE, opts);
  store.sqlite.prepare("INSERT INTO meta (key, value) VALUES ('marker', ?)").run(MARKER);
  return { store, recoveryKey };
}

describe('createStore / unlockStore', () => {
  it('creates, closes and reopens with the passphrase, keeping the data', async () => {
    const paths = freshPaths();
    const { store } = await storeWithMarker(paths);
    expect(store.schemaVersion).toBeGreaterThan(0);
    store.close();
    const again = await unlockStore(paths, TEST_PASSPHRASE, opts);
    expect(again.sqlite.prepare("SELECT value FROM meta WHERE key = 'marker'").pluck().get()).toBe(MARKER);
    again.close();
  });

  it('applies the pinned cipher and connection settings', async () => {
    const paths = freshPaths();
    const { store } = await createStore(paths, TEST_PASSPHRASE, opts);
    const p = (name: string) => store.sqlite.pragma(name, { simple: true });
    expect(p('cipher')).toBe('chacha20');
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(2); // FULL
    expect(p('foreign_keys')).toBe(1);
    expect(p('secure_delete')).toBe(1);
    expect(p('mmap_size')).toBe(0);
    store.close();
  });

  it('leaves no plaintext in the database file or its WAL', async () => {
    const paths = freshPaths();
    const { store } = await storeWithMarker(paths);
    // While open, the newest pages sit in the -wal file: check both.
    const wal = `${paths.database}-wal`;
    expect(existsSync(wal)).toBe(true);
    for (const file of [paths.database, wal]) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
      expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    }
    store.close();
    expect(readFileSync(paths.database).includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and leaves the file byte-identical', async () => {
    const paths = freshPaths();
    (await storeWithMarker(paths)).store.close();
    const before = fileHash(paths.database);
    const filesBefore = readdirSync(paths.dataDir).sort();
    await expectCode(unlockStore(paths, '不是这个口令123', opts), 'WRONG_PASSPHRASE');
    expect(fileHash(paths.database)).toBe(before);
    expect(readdirSync(paths.dataDir).sort()).toEqual(filesBefore);
  });

  it('never creates a database over an existing one', async () => {
    const paths = freshPaths();
    (await storeWithMarker(paths)).store.close();
    const before = fileHash(paths.database);
    await expectCode(createStore(paths, 'another passphrase', opts), 'DATABASE_EXISTS');
    expect(fileHash(paths.database)).toBe(before);
  });

  it('says NO_DATABASE for an empty folder instead of creating one', async () => {
    const paths = freshPaths();
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'NO_DATABASE');
    expect(existsSync(paths.database)).toBe(false);
  });

  it('opens with the recovery key, sets a new passphrase, and the old one stops working', async () => {
    const paths = freshPaths();
    const { store, recoveryKey } = await storeWithMarker(paths);
    store.close();
    const typedSloppily = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await recoverStore(paths, typedSloppily, '新的口令也要够长', opts);
    expect(recovered.sqlite.prepare("SELECT value FROM meta WHERE key = 'marker'").pluck().get()).toBe(MARKER);
    recovered.close();
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'WRONG_PASSPHRASE');
    (await unlockStore(paths, '新的口令也要够长', opts)).close();
  });

  it('issues a new recovery key for the passphrase holder; the old key stops working', async () => {
    const paths = freshPaths();
    const { store, recoveryKey } = await storeWithMarker(paths);
    store.close();
    await expectCode(renewRecoveryKey(paths, 'not the passphrase'), 'WRONG_PASSPHRASE');
    const renewed = await renewRecoveryKey(paths, TEST_PASSPHRASE);
    expect(renewed).not.toBe(recoveryKey);
    await expectCode(recoverStore(paths, recoveryKey, 'whatever-long', opts), 'WRONG_RECOVERY_KEY');
    (await recoverStore(paths, renewed, 'whatever-long', opts)).close();
  });

  it('refuses a recovery key of another database', async () => {
    const a = freshPaths();
    const b = freshPaths();
    (await createStore(a, TEST_PASSPHRASE, opts)).store.close();
    const other = await createStore(b, TEST_PASSPHRASE, opts);
    other.store.close();
    await expectCode(recoverStore(a, other.recoveryKey, 'whatever-long', opts), 'WRONG_RECOVERY_KEY');
  });

  it('changes the passphrase without re-encrypting the database', async () => {
    const paths = freshPaths();
    (await storeWithMarker(paths)).store.close();
    const before = fileHash(paths.database);
    await changePassphrase(paths, TEST_PASSPHRASE, '换一个新口令2027', opts);
    expect(fileHash(paths.database)).toBe(before);
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'WRONG_PASSPHRASE');
    const s = await unlockStore(paths, '换一个新口令2027', opts);
    expect(s.sqlite.prepare("SELECT value FROM meta WHERE key = 'marker'").pluck().get()).toBe(MARKER);
    s.close();
  });

  it('refuses a weak new passphrase and keeps the old one', async () => {
    const paths = freshPaths();
    (await createStore(paths, TEST_PASSPHRASE, opts)).store.close();
    await expectCode(changePassphrase(paths, TEST_PASSPHRASE, 'short', opts), 'WEAK_PASSPHRASE');
    (await unlockStore(paths, TEST_PASSPHRASE, opts)).close();
  });

  it('gives a plain SQLite file its own code', async () => {
    const paths = freshPaths();
    (await createStore(paths, TEST_PASSPHRASE, opts)).store.close();
    rmSync(paths.database);
    const plain = new Database(paths.database);
    plain.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('名单')");
    plain.close();
    const before = fileHash(paths.database);
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'DATABASE_NOT_ENCRYPTED');
    expect(fileHash(paths.database)).toBe(before);
  });

  it('gives a random file its own code', async () => {
    const paths = freshPaths();
    (await createStore(paths, TEST_PASSPHRASE, opts)).store.close();
    writeFileSync(paths.database, randomBytes(64 * 1024));
    const before = fileHash(paths.database);
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'NOT_A_BRANCHDESK_DATABASE');
    expect(fileHash(paths.database)).toBe(before);
  });

  it('reports a file whose key fits but whose pages are damaged as DATABASE_DAMAGED', async () => {
    const paths = freshPaths();
    const { store } = await storeWithMarker(paths);
    store.close();
    const bytes = readFileSync(paths.database);
    const pageSize = 4096;
    // Flip one byte in every page but the first: the key still fits page 1, the rest fail their MAC.
    for (let offset = pageSize + 100; offset < bytes.length; offset += pageSize) bytes[offset]! ^= 0xff;
    writeFileSync(paths.database, bytes);
    const before = fileHash(paths.database);
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'DATABASE_DAMAGED');
    expect(fileHash(paths.database)).toBe(before);
  });

  it('refuses a database written by a newer schema and leaves it untouched', async () => {
    const paths = freshPaths();
    const { store } = await createStore(paths, TEST_PASSPHRASE, opts);
    store.sqlite.pragma('user_version = 999');
    store.close();
    const before = fileHash(paths.database);
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'DATABASE_TOO_NEW');
    expect(fileHash(paths.database)).toBe(before);
  });

  it('falls back to the keyring copy when the main keyring is lost', async () => {
    const paths = freshPaths();
    (await createStore(paths, TEST_PASSPHRASE, opts)).store.close();
    rmSync(paths.keyring);
    (await unlockStore(paths, TEST_PASSPHRASE, opts)).close();
    expect(existsSync(paths.keyring)).toBe(true);
  });

  it('says KEYRING_DAMAGED when both keyrings are unreadable', async () => {
    const paths = freshPaths();
    (await createStore(paths, TEST_PASSPHRASE, opts)).store.close();
    writeFileSync(paths.keyring, '{"format":"something else"}');
    writeFileSync(paths.keyringCopy, 'not json');
    await expectCode(unlockStore(paths, TEST_PASSPHRASE, opts), 'KEYRING_DAMAGED');
  });
});
