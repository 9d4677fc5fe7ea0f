import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError, sqliteErrorToAppError } from '../api/errors';

/**
 * The cipher is pinned, not left to the library default, so that a library upgrade can
 * never silently change the on-disk format. chacha20 (ChaCha20-Poly1305 per page) measured
 * 10–35% over plain SQLite where SQLCipher v4 mode cost 45–90% (docs/ARCHITECTURE.md).
 */
export const CIPHER = 'chacha20';

const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const MIN_DATABASE_BYTES = 512;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron passes its own). */
  nativeBinding?: string;
  /** Open without changing anything on disk (verifying a backup, inspecting a file). */
  readonly?: boolean;
}

export type FileKind = 'missing' | 'plain-sqlite' | 'too-small' | 'opaque';

/** What the file looks like before any key is tried: a plaintext SQLite file is never treated as ours. */
export function classifyDatabaseFile(file: string): FileKind {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return 'missing';
  }
  if (size < MIN_DATABASE_BYTES) return 'too-small';
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(SQLITE_PLAIN_HEADER) ? 'plain-sqlite' : 'opaque';
}

function keyPragma(dataKey: Buffer): string {
  if (dataKey.length !== 32) throw new AppError('INTERNAL', 'data key must be 32 bytes');
  // x'…' hands the bytes to SQLite3MultipleCiphers as the raw key: no KDF at every open,
  // the slow derivation already happened when the passphrase unwrapped the data key.
  return `key = "x'${dataKey.toString('hex')}'"`;
}

/** Connection settings from DESIGN.md "The store"; each is set explicitly, none left to defaults. */
function configureConnection(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('mmap_size = 0'); // memory-mapped pages would bypass the cipher layer
  db.pragma('busy_timeout = 5000');
  // Decrypted pages are what the cache holds: 32 MB keeps a 200,000-member roster's indexes hot.
  db.pragma('cache_size = -32768');
  // Give the planner statistics (bounded work), so it picks the selective index for a search.
  db.pragma('analysis_limit = 1000');
  db.pragma('optimize = 0x10002');
}

export function createEncryptedDatabase(file: string, dataKey: Buffer, options: OpenOptions = {}): Database.Database {
  if (classifyDatabaseFile(file) !== 'missing') {
    throw new AppError('DATABASE_EXISTS', `refusing to create over an existing file ${file}`);
  }
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma(`cipher = '${CIPHER}'`);
  db.pragma(keyPragma(dataKey));
  configureConnection(db);
  return db;
}

/**
 * Opens an existing database with its raw key. Never creates a file: a missing or foreign
 * file is an error, so a wrong key can never lead to "no database yet, make a new one".
 */
export function openEncryptedDatabase(file: string, dataKey: Buffer, options: OpenOptions = {}): Database.Database {
  const kind = classifyDatabaseFile(file);
  if (kind === 'missing') throw new AppError('NO_DATABASE', `no database at ${file}`);
  if (kind === 'plain-sqlite') {
    throw new AppError('DATABASE_NOT_ENCRYPTED', `${file} is an unencrypted SQLite file, not a BranchDesk database`);
  }
  if (kind === 'too-small') throw new AppError('NOT_A_BRANCHDESK_DATABASE', `${file} is too small to be a database`);

  const db = new Database(file, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(keyPragma(dataKey));
    // The first read decrypts page 1: SQLITE_NOTADB here means the key does not fit this file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) configureConnection(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new AppError('NOT_A_BRANCHDESK_DATABASE', `${file} cannot be read with this key`, { cause: e });
    }
    throw sqliteErrorToAppError(e) ?? e;
  }
}
