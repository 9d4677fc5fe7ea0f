import { defaultDataDir } from '../db/store/paths';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * What must hold before the window opens. Each failure gets its own plain message (Signal's
 * lesson: one screen per start-up failure), shown in a dialog by main.ts: a secretary must
 * never see the program vanish without a word. Store-level problems (wrong passphrase,
 * damaged or newer database) are not checked here: the UI reports them through the API.
 */
export type StartupProblem =
  | { kind: 'data-dir'; dataDir: string; detail: string }
  | { kind: 'native-module'; detail: string }
  | { kind: 'renderer-missing'; rendererRoot: string }
  | { kind: 'backend'; detail: string }
  | { kind: 'load-failed'; detail: string };

/** BRANCHDESK_DATA_DIR wins (a second installation, tests); otherwise a folder under Electron's userData. */
export function resolveDataDir(options: { env: NodeJS.ProcessEnv; platform?: NodeJS.Platform }): string {
  const fromEnv = options.env.BRANCHDESK_DATA_DIR?.trim();
  // The same folder as `npm run web` and the CLI use, so all three see the same database.
  return fromEnv ? path.resolve(fromEnv) : defaultDataDir(options.env, options.platform);
}

/**
 * In development `npm start` points BRANCHDESK_NATIVE_BINDING at a better-sqlite3 build for
 * Electron's ABI (node_modules holds the Node build the tests use). A packaged app ignores
 * the variable: the fuses shut NODE_OPTIONS and run-as-node, and an environment variable
 * must not become another way to load native code into the process holding the key.
 */
export function resolveNativeBinding(options: { packaged: boolean; env: NodeJS.ProcessEnv }): string | undefined {
  if (options.packaged) return undefined;
  const fromEnv = options.env.BRANCHDESK_NATIVE_BINDING?.trim();
  return fromEnv ? path.resolve(fromEnv) : undefined;
}

export function checkDataDir(dataDir: string): StartupProblem | null {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.R_OK | constants.W_OK);
    return null;
  } catch (e) {
    return { kind: 'data-dir', dataDir, detail: (e as Error).message };
  }
}

/**
 * Loads the SQLite module once, in memory. A module built for another ABI fails here rather
 * than at the first unlock, and a plain SQLite build (no cipher pragma) is refused: with it,
 * "key = ..." would be silently ignored and the records written in clear.
 */
export function checkNativeModule(nativeBinding?: string): StartupProblem | null {
  try {
    const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      const cipher: unknown = db.pragma('cipher', { simple: true });
      if (typeof cipher !== 'string' || cipher === '') {
        return { kind: 'native-module', detail: 'the SQLite module has no encryption support' };
      }
    } finally {
      db.close();
    }
    return null;
  } catch (e) {
    return { kind: 'native-module', detail: (e as Error).message };
  }
}

export function checkRenderer(rendererRoot: string): StartupProblem | null {
  return existsSync(path.join(rendererRoot, 'index.html')) ? null : { kind: 'renderer-missing', rendererRoot };
}

/** Chinese first for the user, then English and the technical detail for whoever helps them. */
export function describeStartupProblem(problem: StartupProblem): { title: string; message: string } {
  const title = 'BranchDesk 支部工作台无法启动';
  switch (problem.kind) {
    case 'data-dir':
      return {
        title,
        message:
          `无法使用数据文件夹：\n${problem.dataDir}\n请检查该文件夹是否存在、磁盘是否已满、当前用户是否有写入权限。\n\n` +
          `The data folder cannot be used. Check that it exists, the disk is not full and you may write to it.\n` +
          `(${problem.detail})`,
      };
    case 'native-module':
      return {
        title,
        message:
          `数据库组件无法加载，数据未被改动。请重新安装本程序；如问题仍在，请联系技术支持。\n\n` +
          `The database component could not be loaded; no data was touched. Reinstall the program.\n` +
          `(${problem.detail})`,
      };
    case 'renderer-missing':
      return {
        title,
        message:
          `程序界面文件缺失，请重新安装本程序。\n\n` +
          `The program's interface files are missing: reinstall the program.\n(${problem.rendererRoot})`,
      };
    case 'load-failed':
      return {
        title,
        message:
          `程序界面无法加载，请重新启动本程序；如问题仍在，请重新安装。\n\n` +
          `The program's interface could not be loaded.\n(${problem.detail})`,
      };
    case 'backend':
      return {
        title,
        message:
          `数据引擎启动失败，数据未被改动。请重新启动本程序；如问题仍在，请联系技术支持。\n\n` +
          `The data engine failed to start; no data was touched.\n(${problem.detail})`,
      };
  }
}

/** The checks in the order a failure is most useful to report. */
export function runStartupChecks(options: {
  dataDir: string;
  rendererRoot: string;
  nativeBinding?: string;
}): StartupProblem | null {
  return (
    checkRenderer(options.rendererRoot) ?? checkDataDir(options.dataDir) ?? checkNativeModule(options.nativeBinding)
  );
}
