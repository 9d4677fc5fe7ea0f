/** The CLI's exit codes (docs/BUNDLE-FORMAT.md §10), so scripts can tell the failures apart. */
export const EXIT = {
  ok: 0,
  /** The bundle was refused: damaged, truncated, foreign, untrusted, out of scope or out of order. */
  refused: 1,
  usage: 2,
  /** Wrong passphrase, locked, or no database in the folder. */
  locked: 3,
  /** The store (or the backup being checked) is damaged or not ours. */
  damaged: 4,
  /** Anything else: disk full, a file that cannot be read or written, an unexpected error. */
  other: 5,
} as const;

const LOCKED = new Set(['WRONG_PASSPHRASE', 'LOCKED', 'NO_DATABASE']);
const DAMAGED = new Set([
  'DATABASE_DAMAGED',
  'KEYRING_MISSING',
  'KEYRING_DAMAGED',
  'NOT_A_BRANCHDESK_DATABASE',
  'DATABASE_NOT_ENCRYPTED',
  'DATABASE_TOO_NEW',
  'MIGRATION_FAILED',
  'AUDIT_CHAIN_BROKEN',
]);
/** Problems with what the bundle asked for rather than with the file: still "refused". */
const REFUSED = new Set(['NOT_FOUND', 'CONFLICT', 'INVALID_INPUT']);

export function exitCodeFor(code: string): number {
  if (code.startsWith('BUNDLE_')) return code === 'BUNDLE_REPLAYED' ? EXIT.ok : EXIT.refused;
  if (LOCKED.has(code)) return EXIT.locked;
  if (DAMAGED.has(code)) return EXIT.damaged;
  if (REFUSED.has(code)) return EXIT.refused;
  return EXIT.other;
}
