import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../backend';
import type { BranchInput } from '../api/schemas/store';
import type { ScryptParams } from '../store/keyring';

/**
 * Tests use scrypt with N=2^12 so each unlock costs milliseconds; the production
 * parameters (DEFAULT_SCRYPT) are exercised by keyring.test.ts and the benchmarks.
 */
export const FAST_SCRYPT: ScryptParams = { N: 2 ** 12, r: 8, p: 1 };

export const TEST_PASSPHRASE = '红旗渠精神2026';

export const SAMPLE_BRANCH: BranchInput = {
  name: '中共示范单位第一支部委员会',
  code: 'ZB-0001',
  kind: 'branch',
  category: '4',
  parentName: '中共示范单位委员会',
  parentCode: 'DW-01',
  secretaryName: '单晓红',
  contactPhone: '010-12345678',
};

export function tempDir(prefix = 'branchdesk-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A backend over a fresh temp folder (no database yet). */
export function tempBackend(): Backend & { dir: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const backend = createBackend({ dataDir: dir, scrypt: FAST_SCRYPT, idleCheckMs: 0 });
  return {
    ...backend,
    dir,
    cleanup: () => {
      backend.dispose();
      cleanup();
    },
  };
}

/** A backend with a database already created for SAMPLE_BRANCH and unlocked. */
export async function unlockedBackend(): Promise<Backend & { dir: string; cleanup: () => void; recoveryKey: string }> {
  const b = tempBackend();
  const created = await b.call('store.create', { passphrase: TEST_PASSPHRASE, branch: SAMPLE_BRANCH });
  if (!created.ok) throw new Error(`could not create test store: ${created.error.code}`);
  return { ...b, recoveryKey: created.value.recoveryKey };
}
