/**
 * Test helpers: several installations (branch, 党委, the level above) as real encrypted
 * stores in temp folders in one process, a movable clock, and the enrol → approve →
 * authorise round trip the tests build on.
 */
import { readdirSync } from 'node:fs';
import type { BranchInput } from '../api/schemas/store';
import { makeId } from '../members/test-people';
import type { Store } from '../store/store';
import { SAMPLE_BRANCH, TEST_PASSPHRASE, tempBackend } from '../test-support/temp-store';
import { approveEnrolment, exportAuthorisation, exportEnrolment, listEnrolments } from './authority';
import { systemDeps, type BundleDeps } from './deps';
import { importBundle } from './incoming';
import type { Delivered } from './outgoing';

export interface TestOrg {
  backend: ReturnType<typeof tempBackend>;
  store: Store;
  code: string;
  cleanup: () => void;
}

export async function makeOrg(code: string, parentCode: string, extra: Partial<BranchInput> = {}): Promise<TestOrg> {
  const backend = tempBackend();
  const branch: BranchInput = { ...SAMPLE_BRANCH, name: `${code} 党组织`, code, parentCode, kind: 'branch', ...extra };
  const created = await backend.call('store.create', { passphrase: TEST_PASSPHRASE, branch });
  if (!created.ok) throw new Error(`could not create ${code}: ${created.error.code}`);
  return { backend, store: backend.session.requireStore(), code, cleanup: backend.cleanup };
}

export interface TestClock extends BundleDeps {
  set: (iso: string) => void;
  advanceDays: (days: number) => void;
}

/** Real randomness, a clock that only moves when told (it starts at the real now). */
export function testClock(start = new Date()): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    random: systemDeps.random,
    set: (iso) => void (t = Date.parse(iso)),
    advanceDays: (days) => void (t += days * 86_400_000),
  };
}

/** The value of a contract call, or the test fails with the error it returned. */
export async function must<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

export const bytesOf = (d: Delivered): Buffer => Buffer.from(d.contentBase64!, 'base64');

/** lower asks, upper approves (for a scope), lower imports the authorisation. */
export function enrol(lower: TestOrg, upper: TestOrg, deps: BundleDeps, options: { scope?: string; validUntil?: string } = {}) {
  importBundle(upper.store, bytesOf(exportEnrolment(lower.store, deps, 'test')), deps, 'test');
  const pending = listEnrolments(upper.store).find((e) => e.orgCode === lower.code && e.status === 'pending');
  if (!pending) throw new Error(`no pending enrolment of ${lower.code}`);
  const statement = approveEnrolment(upper.store, { id: pending.id, ...options }, deps, 'test');
  const authorisation = exportAuthorisation(upper.store, { enrolmentId: pending.id }, deps, 'test');
  const imported = importBundle(lower.store, bytesOf(authorisation), deps, 'test');
  return { statement, authorisation, imported };
}

const PEOPLE = [
  { name: '单晓红', gender: '2' as const, birthDate: '1978-03-08' },
  { name: '欧阳建国', gender: '1' as const, birthDate: '1965-10-01' },
  { name: '王芳', gender: '2' as const, birthDate: '1990-07-15' },
];

/** Adds members through the contract, as the UI would; returns their codes. */
export async function addMembers(org: TestOrg, count = PEOPLE.length, serialBase = 1): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = PEOPLE[i % PEOPLE.length]!;
    const r = await org.backend.call('members.create', {
      fields: { name: p.name, gender: p.gender, birthDate: p.birthDate, idNumber: makeId(p.birthDate, p.gender, serialBase + i), ethnicity: '01', joinDate: '2010-07-01', fullDate: '2011-07-01' },
      addition: { kind: 'import', date: '2020-01-01' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    codes.push(r.value.code);
  }
  return codes;
}

/**
 * Everything an import could write, as one string: comparing it before and after a refused
 * import proves that nothing was written (no rows, no mark, no log, no audit, no backup).
 */
export function snapshot(org: TestOrg): string {
  const db = org.store.sqlite;
  const tables = ['bundle_log', 'bundle_streams', 'replica_rows', 'authorisations', 'enrolments', 'org_keys', 'audit_log'];
  const parts = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  return [...parts, readdirSync(org.store.paths.backups).sort().join(',')].join('\n');
}
