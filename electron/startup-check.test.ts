import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkDataDir,
  checkNativeModule,
  checkRenderer,
  describeStartupProblem,
  resolveDataDir,
  resolveNativeBinding,
  runStartupChecks,
  type StartupProblem,
} from './startup-check';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'branchdesk-startup-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resolveDataDir', () => {
  it('uses the same per-user folder as browser mode and the CLI', () => {
    expect(resolveDataDir({ env: { XDG_DATA_HOME: '/home/u/.local/share' }, platform: 'linux' })).toBe(
      join('/home/u/.local/share', 'branchdesk'),
    );
    expect(resolveDataDir({ env: { APPDATA: 'C:/Users/u/AppData/Roaming' }, platform: 'win32' })).toBe(
      join('C:/Users/u/AppData/Roaming', 'BranchDesk'),
    );
  });

  it('takes BRANCHDESK_DATA_DIR when set, ignoring blanks', () => {
    expect(resolveDataDir({ env: { BRANCHDESK_DATA_DIR: '/srv/zb' } })).toBe(resolve('/srv/zb'));
    expect(resolveDataDir({ env: { BRANCHDESK_DATA_DIR: '  ', XDG_DATA_HOME: '/x' }, platform: 'linux' })).toBe(join('/x', 'branchdesk'));
  });
});

describe('resolveNativeBinding', () => {
  it('takes BRANCHDESK_NATIVE_BINDING in development only', () => {
    const env = { BRANCHDESK_NATIVE_BINDING: '/dev/cache/better_sqlite3.node' };
    expect(resolveNativeBinding({ packaged: false, env })).toBe(resolve('/dev/cache/better_sqlite3.node'));
    expect(resolveNativeBinding({ packaged: true, env })).toBeUndefined();
    expect(resolveNativeBinding({ packaged: false, env: {} })).toBeUndefined();
  });
});

describe('checkDataDir', () => {
  it('creates a missing data folder', () => {
    const dir = join(tempDir(), 'nested', 'data');
    expect(checkDataDir(dir)).toBeNull();
  });

  it('reports a folder that cannot exist because a file is in the way', () => {
    const base = tempDir();
    writeFileSync(join(base, 'data'), 'not a folder');
    expect(checkDataDir(join(base, 'data', 'store'))).toMatchObject({ kind: 'data-dir', dataDir: join(base, 'data', 'store') });
  });
});

describe('checkNativeModule', () => {
  it('loads the cipher-capable SQLite build that node_modules holds', () => {
    expect(checkNativeModule()).toBeNull();
  });

  it('reports a native binding that cannot be loaded', () => {
    const problem = checkNativeModule(join(tempDir(), 'missing', 'better_sqlite3.node'));
    expect(problem).toMatchObject({ kind: 'native-module' });
  });

  it('reports a file that is not a native module at all', () => {
    const fake = join(tempDir(), 'better_sqlite3.node');
    writeFileSync(fake, 'MZ not really a library');
    expect(checkNativeModule(fake)).toMatchObject({ kind: 'native-module' });
  });
});

describe('checkRenderer', () => {
  it('requires the built index.html', () => {
    const root = tempDir();
    expect(checkRenderer(root)).toEqual({ kind: 'renderer-missing', rendererRoot: root });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    expect(checkRenderer(root)).toBeNull();
  });
});

describe('runStartupChecks', () => {
  it('passes when the renderer is built, the folder usable and SQLite loads', () => {
    const root = tempDir();
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    expect(runStartupChecks({ rendererRoot: root, dataDir: join(tempDir(), 'data') })).toBeNull();
  });

  it('reports the first problem only', () => {
    const problem = runStartupChecks({ rendererRoot: tempDir(), dataDir: join(tempDir(), 'data'), nativeBinding: '/nope.node' });
    expect(problem?.kind).toBe('renderer-missing');
  });
});

describe('describeStartupProblem', () => {
  const problems: StartupProblem[] = [
    { kind: 'data-dir', dataDir: 'D:\\支部\\data', detail: 'EACCES: permission denied' },
    { kind: 'native-module', detail: 'was compiled against a different Node.js version' },
    { kind: 'renderer-missing', rendererRoot: '/opt/branchdesk/dist/renderer' },
    { kind: 'backend', detail: 'boom' },
    { kind: 'load-failed', detail: 'ERR_FILE_NOT_FOUND (-6)' },
  ];

  it.each(problems)('explains $kind in Chinese first, then English with the detail', (problem) => {
    const { title, message } = describeStartupProblem(problem);
    expect(title).toBe('BranchDesk 支部工作台无法启动');
    const [chinese] = message.split('\n\n');
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toMatch(/[A-Z][a-z]+ .*\./);
    const detail = 'detail' in problem ? problem.detail : 'dataDir' in problem ? problem.dataDir : problem.rendererRoot;
    expect(message).toContain(detail);
  });

  it('names the data folder so the user can find it', () => {
    expect(describeStartupProblem(problems[0]!).message).toContain('D:\\支部\\data');
  });
});
