import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_BRANCH, unlockedBackend } from '../test-support/temp-store';
import { appendAudit, verifyAuditChain } from './chain';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function backendWithHistory() {
  const b = await unlockedBackend();
  cleanup = b.cleanup;
  for (const secretaryName of ['王芳', '曾国华', '解放']) {
    const r = await b.call('branch.update', { ...SAMPLE_BRANCH, secretaryName });
    expect(r.ok).toBe(true);
  }
  return { b, db: b.session.requireStore().sqlite };
}

describe('audit chain', () => {
  it('writes one row per mutation, with before and after', async () => {
    const { db } = await backendWithHistory();
    const rows = db.prepare('SELECT seq, op, entity_code, before, after FROM audit_log ORDER BY seq').all() as {
      seq: number;
      op: string;
      entity_code: string;
      before: string;
      after: string;
    }[];
    expect(rows.map((r) => r.op)).toEqual(['store.create', 'branch.update', 'branch.update', 'branch.update']);
    expect(rows.every((r) => r.entity_code === 'ZB-0001')).toBe(true);
    expect(JSON.parse(rows[1]!.before).secretaryName).toBe('单晓红');
    expect(JSON.parse(rows[1]!.after).secretaryName).toBe('王芳');
  });

  it('verifies an untouched chain', async () => {
    const { b } = await backendWithHistory();
    const r = await b.call('audit.verify', {});
    expect(r).toMatchObject({ ok: true, value: { ok: true, checked: 4, firstBrokenSeq: null } });
  });

  it('names the first altered row', async () => {
    const { db } = await backendWithHistory();
    db.prepare("UPDATE audit_log SET after = replace(after, '曾国华', '张三') WHERE seq = 3").run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 3, reason: 'hash-mismatch' });
  });

  it('notices a removed row', async () => {
    const { db } = await backendWithHistory();
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 3, reason: 'sequence-gap' });
  });

  it('notices a row rewritten with a fresh hash but a broken link', async () => {
    const { db } = await backendWithHistory();
    // Change the first hex digit to one it certainly is not (a fixed 'f' was a no-op one time in sixteen).
    db.prepare("UPDATE audit_log SET prev_hash = (CASE substr(prev_hash, 1, 1) WHEN 'f' THEN 'e' ELSE 'f' END) || substr(prev_hash, 2) WHERE seq = 4").run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 4, reason: 'link-mismatch' });
  });

  it('writes nothing when the mutation fails', async () => {
    const { b, db } = await backendWithHistory();
    const before = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const r = await b.call('branch.update', { ...SAMPLE_BRANCH, code: 'ZB-9999' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });

  it('refuses to append outside a transaction', async () => {
    const { db } = await backendWithHistory();
    expect(() => appendAudit(db, 'x', { op: 'test', entity: 'test' })).toThrow(/inside the mutation transaction/);
  });
});
