import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, DEMO_PASSPHRASE, parseArgs } from './cli';

describe('parseArgs', () => {
  it('takes the scale and folder, with the documented defaults for the rest', () => {
    expect(parseArgs(['--scale', 'branch', '--data', '/tmp/demo'])).toEqual({
      ok: true,
      value: { scale: 'branch', dataDir: '/tmp/demo', seed: DEFAULT_SEED, passphrase: DEMO_PASSPHRASE, today: null, mode: null },
    });
    expect(DEMO_PASSPHRASE).toBe('演示口令demo2026');
  });

  it('accepts --name=value as well as --name value', () => {
    expect(parseArgs(['--scale=province', '--data=d', '--seed=42', '--today', '2026-01-31', '--passphrase', '另一个口令abc', '--mode=service'])).toEqual({
      ok: true,
      value: { scale: 'province', dataDir: 'd', seed: 42, passphrase: '另一个口令abc', today: '2026-01-31', mode: 'service' },
    });
  });

  it.each([
    [[], '--scale is required'],
    [['--scale', 'city', '--data', 'd'], '--scale must be one of branch, committee, province'],
    [['--scale', 'branch'], '--data is required'],
    [['--scale', 'branch', '--data'], '--data needs a value'],
    [['--scale', 'branch', '--data', 'd', '--seed', '-1'], '--seed must be a whole number (0–999999999)'],
    [['--scale', 'branch', '--data', 'd', '--today', '2026-02-30'], '--today must be a date as YYYY-MM-DD'],
    [['--scale', 'branch', '--data', 'd', '--force'], 'unknown argument: --force'],
    [['--scale', 'branch', '--data', 'd', '--mode', 'quick'], '--mode must be service or fast'],
  ])('refuses %j: %s', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });

  it('answers --help without needing the other arguments', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, help: true });
  });
});
