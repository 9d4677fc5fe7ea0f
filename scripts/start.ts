import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm start`: the desktop window in development. Electron is an optional dependency whose
 * binary is fetched on first start, not at install, so machines where it cannot run (no
 * display, no network, CI) still install and test cleanly. Wherever the window cannot
 * start, this says so in one plain message and points at browser mode.
 */

export interface StartFacts {
  /** The binary path the electron npm package reports (in plain Node it exports only that), or null if missing. */
  electronPath: string | null;
  binaryExists: boolean;
  /** node_modules/electron/install.js is there, so a fetch can be tried. */
  canFetch: boolean;
  /** A fetch was already tried in this run: try once, never loop. */
  fetchTried: boolean;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
}

export type GiveUpReason = 'no-display' | 'running-as-root' | 'no-electron';

export type StartDecision =
  | { action: 'launch'; electronPath: string }
  | { action: 'fetch' }
  | { action: 'give-up'; reason: GiveUpReason };

export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim());
}

/** Cheap checks first: no point fetching 100 MB of Electron for a machine without a screen. */
export function decideStart(facts: StartFacts): StartDecision {
  if (!hasDisplay(facts.platform, facts.env)) return { action: 'give-up', reason: 'no-display' };
  // Chromium refuses to run as root unless its sandbox is switched off, and we never switch it off.
  if (facts.platform === 'linux' && facts.isRoot) return { action: 'give-up', reason: 'running-as-root' };
  if (facts.electronPath !== null && facts.binaryExists) return { action: 'launch', electronPath: facts.electronPath };
  if (facts.canFetch && !facts.fetchTried) return { action: 'fetch' };
  return { action: 'give-up', reason: 'no-electron' };
}

const WHY: Record<GiveUpReason, [zh: string, en: string]> = {
  'no-display': ['这台机器没有图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY）。', 'This machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).'],
  'running-as-root': ['不能以 root 身份运行桌面窗口（Chromium 沙箱要求普通用户）。', 'The desktop window will not run as root (the Chromium sandbox needs an ordinary user).'],
  'no-electron': ['Electron 程序文件不存在，且下载失败（本机可能无法联网）。', 'The Electron binary is missing and could not be fetched (this machine may be offline).'],
};

export function giveUpMessage(reason: GiveUpReason, detail?: string): string {
  const [zh, en] = WHY[reason];
  return [
    `桌面窗口无法在此启动：${zh}`,
    '请改用浏览器模式：npm run web',
    '',
    `The desktop window cannot start here: ${en}`,
    'Use browser mode instead: npm run web',
    ...(detail ? ['', `(${detail})`] : []),
  ].join('\n');
}

/**
 * Where the Electron-ABI build of better-sqlite3 lives in development. node_modules keeps
 * the Node build that the tests and browser mode load; the window loads this copy through
 * the store's nativeBinding option (BRANCHDESK_NATIVE_BINDING). Packaging rebuilds for
 * Electron separately (electron-builder npmRebuild), so nothing here ships.
 */
export function nativeCache(root: string, electronVersion: string, platform: string, arch: string) {
  const dir = join(root, '.branchdesk-dev', 'electron-native', `${electronVersion}-${platform}-${arch}`, 'better-sqlite3');
  return { dir, binding: join(dir, 'build', 'Release', 'better_sqlite3.node') };
}

export interface Command {
  command: string;
  args: string[];
  cwd: string;
}

/** A prebuilt binary first (a download); compiling against Electron's headers only if there is none. */
export function nativeBuildCommands(options: {
  root: string;
  moduleDir: string;
  electronVersion: string;
  platform: string;
  arch: string;
  node: string;
}): Command[] {
  const { root, moduleDir, electronVersion, platform, arch, node } = options;
  return [
    {
      command: node,
      args: [join(root, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`],
      cwd: moduleDir,
    },
    {
      command: node,
      args: [join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
      cwd: moduleDir,
    },
  ];
}

/**
 * The environment for the native build. npm passes the user's `nodedir` (here /usr) down as
 * npm_config_nodedir; node-gyp would then compile against Node's headers instead of
 * Electron's and produce a module the window cannot load.
 */
export function nativeBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));
}

/**
 * One line that says why a helper failed: a system error code if there is one (offline,
 * no permission, disk full), else its first error line; never the stack that follows it.
 */
export function summariseFailure(stderr: string, status: number | null): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/Warning: .*experimental|--trace-warnings/.test(l));
  return (
    lines.find((l) => /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EACCES|EPERM|ENOSPC)\b/.test(l)) ??
    lines.find((l) => /error/i.test(l) && !/\bstack\b/.test(l)) ??
    lines.at(-1) ??
    `exit code ${status}`
  );
}

// ---- effects below: run only when this file is the entry point ----

const root = join(import.meta.dirname, '..');
const requireHere = createRequire(import.meta.url);

function locateElectron(): string | null {
  try {
    const id = requireHere.resolve('electron');
    delete requireHere.cache[id]; // a fetch in this run changes the answer
    const located: unknown = requireHere(id);
    return typeof located === 'string' ? located : null;
  } catch {
    return null;
  }
}

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string> };
  return pkg.optionalDependencies?.electron ?? '';
}

/** stderr is captured so that a failure ends in one line of ours, not a stack trace. */
function run(command: Command, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<Buffer> {
  return spawnSync(command.command, command.args, { cwd: command.cwd, stdio: ['ignore', 'inherit', 'pipe'], env });
}

function giveUp(reason: GiveUpReason, detail?: string): never {
  console.error(`\n${giveUpMessage(reason, detail)}\n`);
  process.exit(1);
}

/** Returns the path of an Electron-ABI better_sqlite3.node, building it on first use. */
function ensureElectronNative(version: string): string {
  const cache = nativeCache(root, version, process.platform, process.arch);
  if (existsSync(cache.binding)) return cache.binding;
  console.log('首次启动：为 Electron 准备数据库组件… / First start: preparing the database module for Electron…');
  rmSync(cache.dir, { recursive: true, force: true });
  mkdirSync(cache.dir, { recursive: true });
  // Copy the sources, not the Node build: the build in node_modules must stay for the tests.
  const source = join(root, 'node_modules', 'better-sqlite3');
  cpSync(source, cache.dir, { recursive: true, filter: (from) => !from.startsWith(join(source, 'build')) });

  const details: string[] = [];
  const commands = nativeBuildCommands({ root, moduleDir: cache.dir, electronVersion: version, platform: process.platform, arch: process.arch, node: process.execPath });
  for (const command of commands) {
    const result = run(command, nativeBuildEnv(process.env));
    if (result.status === 0 && existsSync(cache.binding)) return cache.binding;
    details.push(summariseFailure(result.stderr?.toString('utf8') ?? result.error?.message ?? '', result.status));
  }
  rmSync(cache.dir, { recursive: true, force: true });
  return giveUp('no-electron', `better-sqlite3 for Electron ${version}: ${details.join('; ')}`);
}

function main(): void {
  let fetchTried = false;
  let detail: string | undefined;
  for (;;) {
    const electronPath = locateElectron();
    const decision = decideStart({
      electronPath,
      binaryExists: electronPath !== null && existsSync(electronPath),
      canFetch: existsSync(join(root, 'node_modules', 'electron', 'install.js')),
      fetchTried,
      platform: process.platform,
      env: process.env,
      isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    });
    if (decision.action === 'give-up') giveUp(decision.reason, detail);
    if (decision.action === 'launch') return launch(decision.electronPath);
    console.log('首次启动：正在下载 Electron… / First start: fetching Electron…');
    fetchTried = true;
    const result = run({ command: process.execPath, args: [join(root, 'node_modules', 'electron', 'install.js')], cwd: join(root, 'node_modules', 'electron') });
    if (result.status !== 0) detail = summariseFailure(result.stderr?.toString('utf8') ?? result.error?.message ?? '', result.status);
  }
}

function launch(electronPath: string): void {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) {
    console.error('\n构建失败，见上方输出。 / The build failed; see the output above.\n');
    process.exit(built.status ?? 1);
  }
  const nativeBinding = ensureElectronNative(electronVersion());
  const env: NodeJS.ProcessEnv = { ...process.env, BRANCHDESK_NATIVE_BINDING: nativeBinding };
  // Set in the environment, this would make Electron a plain Node and the window would never open.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronPath, ['.'], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
