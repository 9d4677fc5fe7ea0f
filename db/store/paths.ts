import { homedir } from 'node:os';
import { join } from 'node:path';

export interface StorePaths {
  dataDir: string;
  database: string;
  keyring: string;
  /** A second copy of the keyring: losing the only one would lose the data with it. */
  keyringCopy: string;
  backups: string;
  preferences: string;
}

export function storePaths(dataDir: string): StorePaths {
  return {
    dataDir,
    database: join(dataDir, 'branchdesk.db'),
    keyring: join(dataDir, 'branchdesk.keyring.json'),
    keyringCopy: join(dataDir, 'backups', 'branchdesk.keyring.json'),
    backups: join(dataDir, 'backups'),
    preferences: join(dataDir, 'preferences.json'),
  };
}

/** The per-user folder where the platform expects application data. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'BranchDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'BranchDesk');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'branchdesk');
}
