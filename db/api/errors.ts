/**
 * Every failure that crosses the API boundary carries one of these codes.
 * The UI translates the code (renderer/i18n); the message here is for logs and developers only.
 */
export const ERROR_CODES = [
  // contract
  'UNKNOWN_OP',
  'INVALID_INPUT',
  'INTERNAL',
  // store lifecycle
  'NO_DATABASE',
  'DATABASE_EXISTS',
  'LOCKED',
  'ALREADY_UNLOCKED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_MALFORMED',
  'WEAK_PASSPHRASE',
  'KEYRING_MISSING',
  'KEYRING_DAMAGED',
  'NOT_A_BRANCHDESK_DATABASE',
  'DATABASE_NOT_ENCRYPTED',
  'DATABASE_DAMAGED',
  'DATABASE_TOO_NEW',
  'DATABASE_BUSY',
  'MIGRATION_FAILED',
  'DISK_FULL',
  'DATA_DIR_UNUSABLE',
  // data
  'NOT_FOUND',
  'CONFLICT',
  // audit
  'AUDIT_CHAIN_BROKEN',
  // bundles (.bdx): each refusal says what was wrong with the file or its sender
  'BUNDLE_UNRECOGNISED',
  'BUNDLE_DAMAGED',
  'BUNDLE_TRUNCATED',
  'BUNDLE_FORMAT_TOO_NEW',
  'BUNDLE_SIGNATURE_INVALID',
  'BUNDLE_NOT_FOR_US',
  'BUNDLE_SENDER_UNKNOWN',
  'BUNDLE_OUT_OF_SCOPE',
  'BUNDLE_AUTHORISATION_REVOKED',
  'BUNDLE_AUTHORISATION_EXPIRED',
  /** Not a failure for the user: importing the same bundle again changes nothing; the message says when. */
  'BUNDLE_REPLAYED',
  'BUNDLE_OUT_OF_ORDER',
  'BUNDLE_STREAM_FORKED',
  'BUNDLE_ROW_INVALID',
  'BUNDLE_RECIPIENT_UNKNOWN',
  // browser-mode transport
  'FORBIDDEN',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem found by validation, addressed by its path in the input. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  /** A stable problem code the UI translates (e.g. ID_BAD_CHECKSUM); absent for plain schema errors. */
  code?: string;
  params?: Record<string, string | number>;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Values the translated message may interpolate, e.g. { version: 3 }. */
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;
  readonly issues?: FieldIssue[];

  constructor(
    code: ErrorCode,
    message: string,
    extra: { params?: Record<string, string | number>; issues?: FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    if (extra.params) this.params = extra.params;
    if (extra.issues) this.issues = extra.issues;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.params) body.params = this.params;
    if (this.issues) body.issues = this.issues;
    return body;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** SQLite error codes that mean the disk is full, mapped so the user is told what to do. */
export function sqliteErrorToAppError(e: unknown): AppError | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL') return new AppError('DISK_FULL', 'the disk is full', { cause: e });
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new AppError('DATABASE_BUSY', 'the database is in use by another program', { cause: e });
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return new AppError('DATABASE_DAMAGED', 'the database file is damaged', { cause: e });
  return undefined;
}
