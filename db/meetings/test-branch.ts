import { afterEach } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';

export const NAMES = ['王芳', '李强', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽'];

/** Eight members (the last two probationary) and a committee of five, 王芳 as secretary. */
export async function committeeBranch() {
  const b = await unlockedBackend();
  const codes: string[] = [];
  for (const [i, name] of NAMES.entries()) {
    const full = i < 6;
    const r = await b.call('members.create', {
      fields: { name, gender: i % 2 ? '1' : '2', joinDate: full ? '2010-01-01' : '2026-03-01', ...(full ? { fullDate: '2011-01-01' } : {}) },
      addition: { kind: 'import', date: '2026-03-01' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    codes.push(r.value.code);
  }
  const posts = ['secretary', 'organisation', 'publicity', 'discipline', 'member'] as const;
  const t = await b.call('committee.saveTerm', { termStart: '2025-01-01', termYears: 3, posts: posts.map((post, i) => ({ post, memberCode: codes[i]! })) });
  if (!t.ok) throw new Error(JSON.stringify(t.error));
  return { b, codes };
}

/** For a test file: a fresh committeeBranch per call, cleaned up after each test. */
export function committeeBranchPerTest(): () => ReturnType<typeof committeeBranch> {
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
  });
  return async () => {
    const branch = await committeeBranch();
    cleanup = branch.b.cleanup;
    return branch;
  };
}
