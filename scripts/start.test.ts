import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decideStart,
  giveUpMessage,
  hasDisplay,
  nativeBuildCommands,
  nativeBuildEnv,
  nativeCache,
  summariseFailure,
  type StartFacts,
} from './start';

const ready: StartFacts = {
  electronPath: '/repo/node_modules/electron/dist/electron',
  binaryExists: true,
  canFetch: true,
  fetchTried: false,
  platform: 'linux',
  env: { DISPLAY: ':0' },
  isRoot: false,
};

describe('decideStart', () => {
  it('launches when the binary is there and there is a display', () => {
    expect(decideStart(ready)).toEqual({ action: 'launch', electronPath: ready.electronPath });
  });

  it('fetches the binary once when it is missing (first start)', () => {
    expect(decideStart({ ...ready, electronPath: null, binaryExists: false })).toEqual({ action: 'fetch' });
    expect(decideStart({ ...ready, binaryExists: false })).toEqual({ action: 'fetch' });
  });

  it('gives up after one failed fetch instead of trying again', () => {
    expect(decideStart({ ...ready, electronPath: null, binaryExists: false, fetchTried: true })).toEqual({
      action: 'give-up',
      reason: 'no-electron',
    });
  });

  it('gives up when the electron package itself is missing (nothing to fetch with)', () => {
    expect(decideStart({ ...ready, electronPath: null, binaryExists: false, canFetch: false })).toEqual({
      action: 'give-up',
      reason: 'no-electron',
    });
  });

  it('gives up on Linux without a display before downloading anything', () => {
    expect(decideStart({ ...ready, env: {}, electronPath: null, binaryExists: false })).toEqual({
      action: 'give-up',
      reason: 'no-display',
    });
    expect(decideStart({ ...ready, env: { WAYLAND_DISPLAY: 'wayland-0' } }).action).toBe('launch');
  });

  it('gives up as root on Linux rather than switch the sandbox off', () => {
    expect(decideStart({ ...ready, isRoot: true })).toEqual({ action: 'give-up', reason: 'running-as-root' });
  });

  it('needs no DISPLAY on Windows', () => {
    expect(decideStart({ ...ready, platform: 'win32', env: {}, isRoot: false }).action).toBe('launch');
  });
});

describe('hasDisplay', () => {
  it.each([
    ['linux', {}, false],
    ['linux', { DISPLAY: '' }, false],
    ['linux', { DISPLAY: ' ' }, false],
    ['linux', { DISPLAY: ':0' }, true],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, true],
    ['win32', {}, true],
    ['darwin', {}, true],
  ] as const)('%s %j → %s', (platform, env, expected) => {
    expect(hasDisplay(platform, env)).toBe(expected);
  });
});

describe('giveUpMessage', () => {
  it.each(['no-display', 'running-as-root', 'no-electron'] as const)('%s: Chinese and English, pointing to npm run web', (reason) => {
    const message = giveUpMessage(reason);
    expect(message).toContain('桌面窗口无法在此启动');
    expect(message).toContain('The desktop window cannot start here');
    expect(message.match(/npm run web/g)).toHaveLength(2);
    expect(message).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('appends the one-line detail when there is one', () => {
    expect(giveUpMessage('no-electron', 'getaddrinfo ENOTFOUND github.com')).toMatch(/\(getaddrinfo ENOTFOUND github\.com\)$/);
  });
});

describe('summariseFailure', () => {
  it('picks the system error out of a stack trace', () => {
    const stderr = [
      'RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/repo/node_modules/got/dist/source/core/index.js:970:111)',
      '    at Object.onceWrapper (node:events:634:26)',
    ].join('\n');
    expect(summariseFailure(stderr, 1)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
  });

  it("takes node-gyp's error line, not its stack or Node's experimental warnings", () => {
    const stderr = [
      '(node:1) [UNDICI-EHPA] Warning: EnvHttpProxyAgent is experimental, expect them to change at any time.',
      '(Use `node --trace-warnings ...` to show where the warning was created)',
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! configure error ',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and',
    ].join('\n');
    expect(summariseFailure(stderr, 1)).toBe('gyp WARN install got an error, rolling back install');
  });

  it('falls back to the exit code when there is no output', () => {
    expect(summariseFailure('', 7)).toBe('exit code 7');
  });
});

describe('nativeCache', () => {
  it('keeps one Electron-ABI build per Electron version, platform and arch, in the ignored dev folder', () => {
    const cache = nativeCache('/repo', '39.8.10', 'linux', 'x64');
    expect(cache.dir).toBe(join('/repo', '.branchdesk-dev', 'electron-native', '39.8.10-linux-x64', 'better-sqlite3'));
    expect(cache.binding).toBe(join(cache.dir, 'build', 'Release', 'better_sqlite3.node'));
    expect(nativeCache('/repo', '39.8.10', 'linux', 'arm64').dir).not.toBe(cache.dir);
  });
});

describe('nativeBuildCommands', () => {
  it('tries a prebuilt Electron binary first, then compiles against Electron headers, in the copy', () => {
    const [prebuilt, compile, ...rest] = nativeBuildCommands({
      root: '/repo',
      moduleDir: '/repo/.branchdesk-dev/x/better-sqlite3',
      electronVersion: '39.8.10',
      platform: 'linux',
      arch: 'arm64',
      node: '/usr/bin/node',
    });
    expect(rest).toEqual([]);
    expect(prebuilt?.cwd).toBe('/repo/.branchdesk-dev/x/better-sqlite3');
    expect(prebuilt?.args).toEqual(
      expect.arrayContaining(['--runtime=electron', '--target=39.8.10', '--arch=arm64', '--platform=linux']),
    );
    expect(prebuilt?.args[0]).toBe(join('/repo', 'node_modules', 'prebuild-install', 'bin.js'));
    expect(compile?.cwd).toBe(prebuilt?.cwd);
    expect(compile?.args).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=39.8.10', '--dist-url=https://electronjs.org/headers']),
    );
  });
});

describe('nativeBuildEnv', () => {
  it("drops npm's nodedir so node-gyp uses Electron's headers, keeping everything else", () => {
    const env = nativeBuildEnv({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin', HTTPS_PROXY: 'http://p' });
    expect(env).toEqual({ PATH: '/bin', HTTPS_PROXY: 'http://p' });
  });
});
