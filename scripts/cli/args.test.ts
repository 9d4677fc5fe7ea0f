import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';
import { EXIT, exitCodeFor } from './exit-codes';

const ok = (argv: string[]) => {
  const r = parseCliArgs(argv);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const problem = (argv: string[]) => {
  const r = parseCliArgs(argv);
  return r.ok ? null : r.error;
};

describe('parseCliArgs', () => {
  it('reads every command, with --data anywhere and --flag=value or --flag value', () => {
    expect(ok(['bundle', 'inspect', 'a.bdx'])).toEqual({ dataDir: null, command: { kind: 'bundle-inspect', file: 'a.bdx' } });
    expect(ok(['--data', '/d', 'bundle', 'verify', 'a.bdx']).dataDir).toBe('/d');
    expect(ok(['bundle', 'import', 'a.bdx', '--dry-run', '--data=/d']).command).toEqual({ kind: 'bundle-import', file: 'a.bdx', dryRun: true, receiptOut: null });
    expect(ok(['bundle', 'import', '上报.bdx', '--receipt-out', '回执.bdx']).command).toMatchObject({ file: '上报.bdx', receiptOut: '回执.bdx', dryRun: false });
    expect(ok(['bundle', 'export', 'replica', '--out', 'r.bdx', '--to', 'DW-01']).command).toEqual({ kind: 'bundle-export', what: 'replica', out: 'r.bdx', to: 'DW-01', replace: false });
    expect(ok(['bundle', 'export', 'replica', '--replace', '--out', 'r.bdx']).command).toMatchObject({ replace: true });
    expect(ok(['bundle', 'export', 'report', '--period', '2026Q3', '--version', '2', '--out', 'q.bdx']).command).toEqual({
      kind: 'bundle-export',
      what: 'report',
      out: 'q.bdx',
      to: null,
      replace: false,
      period: '2026Q3',
      version: 2,
    });
    expect(ok(['bundle', 'export', 'enrolment', '--out', 'e.bdx']).command).toMatchObject({ what: 'enrolment' });
    expect(ok(['backup', 'create']).command).toEqual({ kind: 'backup-create' });
    expect(ok(['backup', 'verify', 'branchdesk-x.db']).command).toEqual({ kind: 'backup-verify', target: 'branchdesk-x.db' });
    expect(ok(['backup', 'restore', '/b/x.db']).command).toEqual({ kind: 'backup-restore', target: '/b/x.db' });
    expect(ok(['identity']).command).toEqual({ kind: 'identity' });
    expect(ok(['--help']).command).toEqual({ kind: 'help' });
    expect(ok(['bundle', 'import', '-h']).command).toEqual({ kind: 'help' });
  });

  it('says what is wrong, in both languages, instead of guessing', () => {
    expect(problem([])).toMatch(/缺少命令/);
    expect(problem(['bundle', 'inspect'])).toMatch(/需要一个文件/);
    expect(problem(['bundle', 'export', 'replica'])).toMatch(/--out/);
    expect(problem(['bundle', 'export', 'report', '--out', 'x', '--period', 'Q3', '--version', '1'])).toMatch(/2026Q3/);
    expect(problem(['bundle', 'export', 'report', '--out', 'x', '--period', '2026Q3', '--version', '0'])).toMatch(/version/);
    expect(problem(['bundle', 'export', 'members', '--out', 'x'])).toMatch(/replica/);
    expect(problem(['bundle', 'verify', 'a.bdx', '--dry-run'])).toMatch(/--dry-run/);
    expect(problem(['bundle', 'import', 'a.bdx', '--replace'])).toMatch(/--replace/);
    expect(problem(['bundle', 'export', 'enrolment', '--replace', '--out', 'e.bdx'])).toMatch(/--replace/);
    expect(problem(['bundle', 'verify', 'a.bdx', '--out', 'x'])).toMatch(/不适用/);
    expect(problem(['bundle', 'verify', 'a.bdx', 'b.bdx'])).toMatch(/多余/);
    expect(problem(['--data'])).toMatch(/需要一个值/);
    expect(problem(['--data', '--help'])).toMatch(/需要一个值/);
    expect(problem(['--passphrase', 'x', 'identity'])).toMatch(/unknown option/);
    expect(problem(['backup', 'restore'])).toMatch(/backup/);
    expect(problem(['frobnicate'])).toMatch(/unknown command/);
  });
});

describe('exitCodeFor', () => {
  it('separates a refused bundle, a locked store, a damaged store and the rest', () => {
    expect(exitCodeFor('BUNDLE_SIGNATURE_INVALID')).toBe(EXIT.refused);
    expect(exitCodeFor('BUNDLE_REPLAYED')).toBe(EXIT.ok);
    expect(exitCodeFor('WRONG_PASSPHRASE')).toBe(EXIT.locked);
    expect(exitCodeFor('NO_DATABASE')).toBe(EXIT.locked);
    expect(exitCodeFor('DATABASE_DAMAGED')).toBe(EXIT.damaged);
    expect(exitCodeFor('KEYRING_DAMAGED')).toBe(EXIT.damaged);
    expect(exitCodeFor('DISK_FULL')).toBe(EXIT.other);
    expect(exitCodeFor('INTERNAL')).toBe(EXIT.other);
  });
});
