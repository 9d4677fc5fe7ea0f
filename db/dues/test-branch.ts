/** Test helpers shared by the dues and transfers tests: a real encrypted store and its audit count. */
import type { OpInput, OpName, OpOutput } from '../api/contract';
import type { MemberFields } from '../api/schemas/members';
import { afterEach } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';

export type TestBackend = Awaited<ReturnType<typeof unlockedBackend>>;

/** Call at the top of a test file: each test gets a fresh unlocked store, removed after it. */
export function backendPerTest(): () => Promise<TestBackend> {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());
  return async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    return b;
  };
}

/** Calls an op and returns its value, failing the test with the error body otherwise. */
export async function must<N extends OpName>(b: TestBackend, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const r = await b.call(op, input);
  if (!r.ok) throw new Error(`${op} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** The issue codes of a refused call (empty when it succeeded). */
export async function refusal<N extends OpName>(b: TestBackend, op: N, input: OpInput<N>): Promise<{ code: string; issues: string[] }> {
  const r = await b.call(op, input);
  if (r.ok) return { code: 'OK', issues: [] };
  return { code: r.error.code, issues: (r.error.issues ?? []).map((i) => i.code ?? i.message) };
}

export function auditCount(b: TestBackend): number {
  return Number(b.session.requireStore().sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get());
}

/** A member already on the roster (imported), a full member since 2011 unless told otherwise. */
export async function addMember(b: TestBackend, name: string, fields: Partial<MemberFields> = {}, date = '2025-01-01'): Promise<string> {
  const m = await must(b, 'members.create', { fields: { name, gender: '1', joinDate: '2010-06-30', fullDate: '2011-06-30', ...fields }, addition: { kind: 'import', date } });
  return m.code;
}
