import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from './backend';
import { FAST_SCRYPT, SAMPLE_BRANCH, TEST_PASSPHRASE, tempDir } from './test-support/temp-store';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function backendWithClock() {
  const { dir, cleanup } = tempDir();
  let now = 1_000_000;
  const backend = createBackend({ dataDir: dir, scrypt: FAST_SCRYPT, idleCheckMs: 0, now: () => now });
  cleanups.push(() => backend.dispose(), cleanup);
  await backend.call('store.create', { passphrase: TEST_PASSPHRASE, branch: SAMPLE_BRANCH });
  return { backend, advance: (ms: number) => (now += ms) };
}

describe('idle lock', () => {
  it('locks after the configured minutes without activity and drops the key', async () => {
    const { backend, advance } = await backendWithClock();
    await backend.call('preferences.update', { idleLockMinutes: 5 });
    advance(4 * 60_000);
    expect(backend.session.checkIdle()).toBe(false);
    advance(60_000);
    expect(backend.session.checkIdle()).toBe(true);
    expect(await backend.call('branch.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('counts each call, and store.touch, as activity', async () => {
    const { backend, advance } = await backendWithClock();
    await backend.call('preferences.update', { idleLockMinutes: 1 });
    for (let i = 0; i < 5; i++) {
      advance(50_000);
      expect((await backend.call('store.touch', {})).ok).toBe(true);
      expect(backend.session.checkIdle()).toBe(false);
    }
  });

  it('unlocks again with the passphrase after an idle lock', async () => {
    const { backend, advance } = await backendWithClock();
    advance(11 * 60_000);
    backend.session.checkIdle();
    expect(await backend.call('store.unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
      value: { branch: { code: 'ZB-0001' } },
    });
  });
});

describe('preferences', () => {
  it('are kept across restarts and readable while locked', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const first = createBackend({ dataDir: dir, idleCheckMs: 0 });
    await first.call('preferences.update', { language: 'en', textSize: 'large' });
    first.dispose();
    const second = createBackend({ dataDir: dir, idleCheckMs: 0 });
    cleanups.push(() => second.dispose());
    expect(await second.call('app.status', {})).toMatchObject({
      ok: true,
      value: { state: 'setup', preferences: { language: 'en', textSize: 'large', idleLockMinutes: 10 } },
    });
  });

  it('refuses values outside their range', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const b = createBackend({ dataDir: dir, idleCheckMs: 0 });
    cleanups.push(() => b.dispose());
    expect(await b.invoke('preferences.update', { idleLockMinutes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['idleLockMinutes'] }] },
    });
  });
});
