/**
 * The 数据交换 screen's own rules, DOM-free: fingerprints laid out and compared the way people
 * read them aloud, which files are worth reading, which scopes a level may give, and which
 * report periods can go out.
 */

/** db/bundles/container.ts MAX_BUNDLE_BYTES (checked by a unit test): the backend refuses more. */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

/** The 8 groups of 5 digits as two lines of four, the way the cover sheet and the fingerprint sheet print them. */
export function fingerprintLines(groups: readonly string[]): string[][] {
  const lines: string[][] = [];
  for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4));
  return lines;
}

export type FingerprintCheck =
  /** Nothing typed yet. */
  | { state: 'empty' }
  /** What was typed so far agrees; `groups` of the 8 are complete. */
  | { state: 'partial'; groups: number }
  | { state: 'match' }
  /** `group` is the first group (1-based) that differs. */
  | { state: 'mismatch'; group: number };

/**
 * Compares the digits read out over the phone (or copied from paper) with the fingerprint on
 * screen. Spaces, dashes and full-width digits are how people type; only the digits count.
 */
export function checkFingerprint(typed: string, expected: readonly string[]): FingerprintCheck {
  const digits = typed.normalize('NFKC').replace(/\D/g, '');
  const want = expected.join('');
  if (digits === '') return { state: 'empty' };
  const size = expected[0]?.length ?? 5;
  for (let i = 0; i < digits.length; i++) {
    if (digits[i] !== want[i]) return { state: 'mismatch', group: Math.floor(i / size) + 1 };
  }
  if (digits.length === want.length) return { state: 'match' };
  return { state: 'partial', groups: Math.floor(digits.length / size) };
}

export type BundleFileRefusal = { code: 'empty' } | { code: 'tooLarge'; sizeMb: number };

/** Why a chosen file is not even read (the backend would refuse it anyway, after a long upload). */
export function bundleFileRefusal(file: { size: number }): BundleFileRefusal | null {
  if (file.size === 0) return { code: 'empty' };
  if (file.size > MAX_BUNDLE_BYTES) return { code: 'tooLarge', sizeMb: Math.round(file.size / 1024 / 1024) };
  return null;
}

const ALL_CODES = '*';

/** db/bundles/statements.ts withinScope: a code is within a scope when it is the scope or continues it after a dash. */
export function withinScope(code: string, scope: string): boolean {
  return scope === ALL_CODES || code === scope || code.startsWith(`${scope}-`);
}

/**
 * The scopes a level may approve a subordinate for: its own code first (it covers everything
 * under it), then each wider prefix that still lies within our own scope. Empty when the code
 * does not fall within our scope at all (统一编码: a subordinate's code continues ours).
 */
export function scopeChoices(subjectCode: string, ourScope: string): string[] {
  if (!withinScope(subjectCode, ourScope)) return [];
  const parts = subjectCode.split('-');
  const choices: string[] = [];
  for (let n = parts.length; n >= 1; n--) {
    const prefix = parts.slice(0, n).join('-');
    if (prefix.length < 2) continue;
    if (ourScope !== ALL_CODES && !withinScope(prefix, ourScope)) break;
    choices.push(prefix);
  }
  return choices;
}

export interface PeriodChoice {
  period: string;
  label: string;
  /** The latest submitted version: what goes up. */
  version: number;
}

/** Periods with a submitted version, newest first: a report bundle carries a submitted version only. */
export function sendablePeriods(periods: readonly { period: string; label: string; versions: number; end: string }[]): PeriodChoice[] {
  return periods
    .filter((p) => p.versions > 0)
    .slice()
    .sort((a, b) => b.end.localeCompare(a.end) || b.period.localeCompare(a.period))
    .map((p) => ({ period: p.period, label: p.label, version: p.versions }));
}

/**
 * db/bundles/authority.ts effectiveScope: what this level may authorise — everything while no
 * one above has authorised it (it is its own root), else the scope it was given.
 */
export function ourScope(identity: { orgCode: string; root: boolean; authorisation: { scope: string; status: string } | null }): string {
  if (identity.root) return ALL_CODES;
  return identity.authorisation?.status === 'ok' ? identity.authorisation.scope : identity.orgCode;
}
