import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegistry } from '../backend';
import { SAMPLE_BRANCH, TEST_PASSPHRASE, tempBackend, unlockedBackend } from '../test-support/temp-store';
import { contract } from './contract';
import { dispatch } from './dispatch';
import { Registry } from './registry';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('contract and registry', () => {
  it('handles every operation of the contract, each with zod input and output schemas', () => {
    const registry = createRegistry();
    expect(registry.missing()).toEqual([]);
    for (const [name, spec] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(spec.input).toBeInstanceOf(z.ZodType);
      expect(spec.output).toBeInstanceOf(z.ZodType);
    }
  });

  it('refuses a second handler for the same operation', () => {
    const registry = new Registry().register('store.touch', () => ({ ok: true }));
    expect(() => registry.register('store.touch', () => ({ ok: true }))).toThrow(/registered twice/);
  });

  it('refuses a handler for an operation outside the contract', () => {
    expect(() => new Registry().register('nope.nothing' as never, (() => ({})) as never)).toThrow(/not in the contract/);
  });
});

describe('dispatch', () => {
  it('answers an unknown operation with UNKNOWN_OP', async () => {
    const b = tempBackend();
    cleanup = b.cleanup;
    expect(await b.invoke('members.explode', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
  });

  it('answers invalid input with INVALID_INPUT and the path of every bad field', async () => {
    const b = tempBackend();
    cleanup = b.cleanup;
    const r = await b.invoke('store.create', {
      passphrase: TEST_PASSPHRASE,
      branch: { ...SAMPLE_BRANCH, name: '   ', parentCode: '上级' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    const paths = r.error.issues!.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['branch.name', 'branch.parentCode']));
    // Nothing was created by the half-filled form.
    expect((await b.call('app.status', {})).ok && (await b.call('app.status', {}))).toMatchObject({ value: { state: 'setup' } });
  });

  it('refuses unknown fields rather than silently dropping them', async () => {
    const b = tempBackend();
    cleanup = b.cleanup;
    const r = await b.invoke('store.unlock', { passphrase: 'x', remember: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('turns a handler error into its code, without a stack trace', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    const r = await b.call('branch.update', { ...SAMPLE_BRANCH, code: 'ZB-0002' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(r)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('answers LOCKED for data operations while locked, and NO_DATABASE before set-up', async () => {
    const fresh = tempBackend();
    expect(await fresh.call('branch.get', {})).toMatchObject({ ok: false, error: { code: 'NO_DATABASE' } });
    fresh.cleanup();
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    await b.call('store.lock', {});
    expect(await b.call('branch.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await b.call('app.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('turns output outside the contract into INTERNAL instead of passing it on', async () => {
    const b = tempBackend();
    cleanup = b.cleanup;
    const registry = new Registry().register('store.lock', () => ({ ok: 'yes' }) as never);
    const quiet = console.error;
    console.error = () => {};
    try {
      const r = await dispatch(registry, 'store.lock', {}, { session: b.session, actor: 't' });
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      console.error = quiet;
    }
  });
});
