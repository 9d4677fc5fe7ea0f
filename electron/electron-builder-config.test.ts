import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_ID } from './window';

const root = join(import.meta.dirname, '..');
type Target = { target: string; arch: string[] };
/** The parts of the configuration these tests read; the schema test checks the rest. */
interface BuilderConfig {
  appId: string;
  productName: string;
  electronVersion: unknown;
  publish: unknown;
  directories: { output: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: Target[] };
  nsis: { installerLanguages: string[]; deleteAppDataOnUninstall: boolean } & Record<string, unknown>;
  linux: { target: Target[]; category: string; maintainer: string };
}
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    // The schema check electron-builder runs before a build: a misspelt key fails here, not at release time.
    const requireHere = createRequire(join(root, 'package.json'));
    const { validateConfiguration } = requireHere('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add(): void }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, electronFuses: { runAsNodde: false } }, { isEnabled: false, add() {} }),
    ).rejects.toThrow(/electronFuses/);
  });

  it('pins the Electron version that package.json installs', () => {
    expect(pkg.optionalDependencies?.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(String(config.electronVersion)).toBe(pkg.optionalDependencies?.electron);
    expect(pkg.dependencies?.electron).toBeUndefined();
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('cn.branchdesk.app');
    expect(config.appId).toBe(APP_ID); // the id main.ts gives Windows for the taskbar
    expect(config.productName).toBe('BranchDesk 支部工作台');
    expect(config.directories.output).toBe('release');
  });

  it('flips every fuse that would turn the app into a general-purpose Node', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built renderer and shell into asar, native modules unpacked, rebuilt at packaging', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('leaves Electron itself out of the app', () => {
    expect(config.files).toContain('!node_modules/electron/**');
  });

  it('builds an NSIS installer for Windows x64 that asks where to install, in Chinese', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true, language: '2052' });
    expect(config.nsis.installerLanguages).toContain('zh_CN');
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds deb and AppImage for x64 and arm64 (Kylin, UOS)', () => {
    const targets = config.linux.target;
    expect(targets.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of targets) expect([...t.arch].sort()).toEqual(['arm64', 'x64']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('never publishes anywhere', () => {
    expect(config.publish).toBeNull();
  });
});
