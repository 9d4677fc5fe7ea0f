import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('backups', () => {
  it('creates an encrypted copy that verifies and lists', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    const created = await b.call('backup.create', {});
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const file = `${b.session.paths.backups}/${created.value.name}`;
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('单晓红', 'utf8'))).toBe(false);
    expect(await b.call('backup.list', {})).toMatchObject({ ok: true, value: [{ name: created.value.name, reason: 'manual' }] });
    expect(await b.call('backup.verify', { name: created.value.name })).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('reports a damaged backup instead of calling it good', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    const created = await b.call('backup.create', {});
    if (!created.ok) throw new Error('backup failed');
    const file = `${b.session.paths.backups}/${created.value.name}`;
    const bytes = readFileSync(file);
    for (let offset = 4096 + 10; offset < bytes.length; offset += 4096) bytes[offset]! ^= 0x55;
    writeFileSync(file, bytes);
    expect(await b.call('backup.verify', { name: created.value.name })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_DAMAGED' },
    });
  });

  it('makes a backup when the app closes', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    b.session.dispose();
    const { listBackups } = await import('./backup');
    expect(listBackups(b.session.paths.backups).map((x) => x.reason)).toContain('on-close');
  });

  it('refuses a backup name that is a path', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    expect(await b.invoke('backup.verify', { name: '../branchdesk.db' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
