import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { AppError, sqliteErrorToAppError } from '../api/errors';
import { MIGRATIONS } from '../migrations/embedded';
import * as schema from '../schema';
import { APP_NAME, APP_VERSION } from '../version';
import { createBackup } from './backup';
import {
  classifyDatabaseFile,
  createEncryptedDatabase,
  openEncryptedDatabase,
  type OpenOptions,
} from './encrypted-sqlite';
import {
  createKeyring,
  readKeyring,
  rewrapPassphrase,
  rewrapRecovery,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeKeyring,
  DEFAULT_SCRYPT,
  type Keyring,
  type ScryptParams,
} from './keyring';
import { applyMigrations, pendingMigrations, schemaVersion, type Migration } from './migrate';
import type { StorePaths } from './paths';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface StoreOptions extends OpenOptions {
  /** Tests pass cheaper scrypt parameters; production uses DEFAULT_SCRYPT. */
  scrypt?: ScryptParams;
  /** Tests of migrations pass their own list. */
  migrations?: readonly Migration[];
}

/** An unlocked database. Holds the only writer connection; closing it drops the key. */
export class Store {
  readonly orm: Orm;
  private closed = false;

  constructor(
    readonly sqlite: Database.Database,
    readonly paths: StorePaths,
    readonly databaseId: string,
    private readonly dataKey: Buffer,
  ) {
    this.orm = drizzle(sqlite, { schema });
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  get schemaVersion(): number {
    return schemaVersion(this.sqlite);
  }

  /** Runs fn in one synchronous IMMEDIATE transaction (one writer, no await inside). */
  transaction<T>(fn: () => T): T {
    return this.sqlite.transaction(fn).immediate();
  }

  backup(reason: Parameters<typeof createBackup>[2]) {
    return createBackup(this.sqlite, this.paths.backups, reason);
  }

  /** For verifying backups made under the same key; never leaves the backend. */
  withDataKey<T>(fn: (key: Buffer) => T): T {
    return fn(this.dataKey);
  }

  close(options: { backup?: boolean } = {}): void {
    if (this.closed) return;
    try {
      this.sqlite.pragma('optimize');
      if (options.backup) this.backup('on-close');
    } finally {
      this.sqlite.close();
      this.dataKey.fill(0);
      this.closed = true;
    }
  }
}

function readMeta(db: Database.Database): Map<string, string> {
  try {
    const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
    return new Map(rows.map((r) => [r.key, r.value]));
  } catch (e) {
    // Page 1 decrypted, so the key fits: a read failure past it means damage, not a foreign file.
    if (/no such table/.test((e as Error).message)) return new Map();
    throw sqliteErrorToAppError(e) ?? e;
  }
}

export type StoreState = 'none' | 'present';

/** Whether there is anything at this path yet; "present" still has to be unlocked and checked. */
export function storeState(paths: StorePaths): StoreState {
  return classifyDatabaseFile(paths.database) === 'missing' && !existsSync(paths.keyring) ? 'none' : 'present';
}

/**
 * Creates a new encrypted database. Refuses if any database or keyring is already there:
 * creating is only ever an explicit first-run step, never the fallback of a failed unlock.
 */
export async function createStore(
  paths: StorePaths,
  passphrase: string,
  options: StoreOptions = {},
): Promise<{ store: Store; recoveryKey: string }> {
  if (storeState(paths) !== 'none') {
    throw new AppError('DATABASE_EXISTS', `a database or keyring already exists in ${paths.dataDir}`);
  }
  try {
    mkdirSync(paths.backups, { recursive: true });
  } catch (e) {
    throw new AppError('DATA_DIR_UNUSABLE', `cannot use ${paths.dataDir}: ${(e as Error).message}`, { cause: e });
  }
  const databaseId = randomUUID();
  const { keyring, dataKey, recoveryKey } = await createKeyring(databaseId, passphrase, options.scrypt ?? DEFAULT_SCRYPT);

  // Build the database under a temporary name and move it into place last, so that an
  // interrupted first run leaves nothing that looks like a database.
  const building = `${paths.database}.creating`;
  rmSync(building, { force: true });
  try {
    const db = createEncryptedDatabase(building, dataKey, options);
    try {
      applyMigrations(db, options.migrations ?? MIGRATIONS);
      const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      db.transaction(() => {
        insert.run('app', APP_NAME);
        insert.run('database_id', databaseId);
        insert.run('created_at', new Date().toISOString());
        insert.run('created_by_version', APP_VERSION);
      })();
    } finally {
      db.close();
    }
    writeKeyring(paths.keyring, keyring);
    writeKeyring(paths.keyringCopy, keyring);
    renameSync(building, paths.database);
  } catch (e) {
    for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
    rmSync(paths.keyring, { force: true });
    rmSync(paths.keyringCopy, { force: true });
    throw e;
  }
  return { store: openWithKey(paths, keyring, Buffer.from(dataKey), options), recoveryKey };
}

/** Checks the file before the slow key derivation, so a foreign file is named at once. */
function precheckDatabaseFile(paths: StorePaths): void {
  const kind = classifyDatabaseFile(paths.database);
  if (kind === 'missing') {
    if (existsSync(paths.keyring)) {
      throw new AppError('NO_DATABASE', `the keyring is here but the database file ${paths.database} is missing`);
    }
    throw new AppError('NO_DATABASE', `no database in ${paths.dataDir}`);
  }
  if (kind === 'plain-sqlite') throw new AppError('DATABASE_NOT_ENCRYPTED', `${paths.database} is not encrypted`);
  if (kind === 'too-small') throw new AppError('NOT_A_BRANCHDESK_DATABASE', `${paths.database} is too small`);
}

function loadKeyring(paths: StorePaths): Keyring {
  try {
    return readKeyring(paths.keyring);
  } catch (e) {
    // The copy in backups/ exists exactly for the day the main keyring is lost or damaged.
    if (e instanceof AppError && (e.code === 'KEYRING_MISSING' || e.code === 'KEYRING_DAMAGED') && existsSync(paths.keyringCopy)) {
      const copy = readKeyring(paths.keyringCopy);
      writeKeyring(paths.keyring, copy);
      return copy;
    }
    throw e;
  }
}

function openWithKey(paths: StorePaths, keyring: Keyring, dataKey: Buffer, options: StoreOptions): Store {
  const db = openEncryptedDatabase(paths.database, dataKey, options);
  try {
    const meta = readMeta(db);
    if (meta.get('app') !== APP_NAME || meta.get('database_id') !== keyring.databaseId) {
      throw new AppError('NOT_A_BRANCHDESK_DATABASE', `${paths.database} does not belong to this keyring`);
    }
    const migrations = options.migrations ?? MIGRATIONS;
    if (pendingMigrations(db, migrations).length > 0) {
      createBackup(db, paths.backups, 'before-migration');
      applyMigrations(db, migrations);
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return new Store(db, paths, keyring.databaseId, dataKey);
}

export async function unlockStore(paths: StorePaths, passphrase: string, options: StoreOptions = {}): Promise<Store> {
  precheckDatabaseFile(paths);
  const keyring = loadKeyring(paths);
  const dataKey = await unwrapWithPassphrase(keyring, passphrase);
  return openWithKey(paths, keyring, dataKey, options);
}

/** Opens with the recovery key and sets a new passphrase in the same step. */
export async function recoverStore(
  paths: StorePaths,
  recoveryKey: string,
  newPassphrase: string,
  options: StoreOptions = {},
): Promise<Store> {
  precheckDatabaseFile(paths);
  const keyring = loadKeyring(paths);
  const dataKey = unwrapWithRecoveryKey(keyring, recoveryKey);
  const store = openWithKey(paths, keyring, dataKey, options);
  try {
    const next = await rewrapPassphrase(keyring, Buffer.from(dataKey), newPassphrase, options.scrypt ?? DEFAULT_SCRYPT);
    writeKeyring(paths.keyring, next);
    writeKeyring(paths.keyringCopy, next);
  } catch (e) {
    store.close();
    throw e;
  }
  return store;
}

/** Rewraps the data key under the new passphrase; the database itself is not touched. */
export async function changePassphrase(
  paths: StorePaths,
  currentPassphrase: string,
  newPassphrase: string,
  options: StoreOptions = {},
): Promise<void> {
  const keyring = loadKeyring(paths);
  const dataKey = await unwrapWithPassphrase(keyring, currentPassphrase);
  try {
    const next = await rewrapPassphrase(keyring, dataKey, newPassphrase, options.scrypt ?? DEFAULT_SCRYPT);
    writeKeyring(paths.keyring, next);
    writeKeyring(paths.keyringCopy, next);
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Issues a new recovery key (the passphrase proves who asks). Used when the printed sheet
 * is lost, or was never printed because the first run was interrupted.
 */
export async function renewRecoveryKey(paths: StorePaths, passphrase: string): Promise<string> {
  const keyring = loadKeyring(paths);
  const dataKey = await unwrapWithPassphrase(keyring, passphrase);
  try {
    const next = rewrapRecovery(keyring, dataKey);
    writeKeyring(paths.keyring, next.keyring);
    writeKeyring(paths.keyringCopy, next.keyring);
    return next.recoveryKey;
  } finally {
    dataKey.fill(0);
  }
}

/** Copies a verified backup over the database, keeping the current file aside first. */
export function restoreBackupFile(paths: StorePaths, backupFile: string): string {
  // The store must be closed first (closing checkpoints the WAL); whatever is left of the
  // WAL still moves aside with the file it belongs to, never deleted.
  const aside = `${paths.database}.before-restore-${Date.now()}`;
  if (existsSync(paths.database)) renameSync(paths.database, aside);
  if (existsSync(`${paths.database}-wal`)) renameSync(`${paths.database}-wal`, `${aside}-wal`);
  rmSync(`${paths.database}-shm`, { force: true });
  copyFileSync(backupFile, paths.database);
  return aside;
}
