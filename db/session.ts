import { AppError } from './api/errors';
import type { AppStatus, BranchInput, Preferences } from './api/schemas/store';
import { findSelf, saveSelf } from './organisation/service';
import { readPreferences, writePreferences } from './settings/preferences';
import { storePaths, type StorePaths } from './store/paths';
import {
  changePassphrase,
  createStore,
  recoverStore,
  renewRecoveryKey,
  storeState,
  unlockStore,
  type Store,
  type StoreOptions,
} from './store/store';
import { APP_VERSION } from './version';

export interface SessionOptions extends StoreOptions {
  dataDir: string;
  /** Injected clock for idle-lock tests. */
  now?: () => number;
  /** How often the idle timer looks; 0 disables the timer (tests call checkIdle themselves). */
  idleCheckMs?: number;
}

/**
 * One installation's running state: the data folder, the preferences, and the open store
 * if it is unlocked. Locking closes the connection and zeroes the key; the UI then asks
 * for the passphrase again.
 */
export class Session {
  readonly paths: StorePaths;
  private store: Store | null = null;
  private lastActivity: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout | null;

  constructor(private readonly options: SessionOptions) {
    this.paths = storePaths(options.dataDir);
    this.now = options.now ?? Date.now;
    this.lastActivity = this.now();
    const every = options.idleCheckMs ?? 30_000;
    this.timer = every > 0 ? setInterval(() => this.checkIdle(), every) : null;
    this.timer?.unref();
  }

  get preferences(): Preferences {
    return readPreferences(this.paths.preferences);
  }

  updatePreferences(patch: Partial<Preferences>): Preferences {
    const next = { ...this.preferences, ...patch };
    writePreferences(this.paths.preferences, next);
    return next;
  }

  get isUnlocked(): boolean {
    return this.store !== null;
  }

  status(): AppStatus {
    const base = { dataDir: this.paths.dataDir, appVersion: APP_VERSION, preferences: this.preferences };
    if (this.store) return { ...base, state: 'unlocked', branch: findSelf(this.store), problem: null };
    if (storeState(this.paths) === 'none') return { ...base, state: 'setup', branch: null, problem: null };
    return { ...base, state: 'locked', branch: null, problem: null };
  }

  noteActivity(): void {
    this.lastActivity = this.now();
  }

  /** The open store, or LOCKED / NO_DATABASE; counts as activity for the idle lock. */
  requireStore(): Store {
    if (!this.store) {
      if (storeState(this.paths) === 'none') throw new AppError('NO_DATABASE', 'no database has been set up yet');
      throw new AppError('LOCKED', 'the database is locked');
    }
    this.noteActivity();
    return this.store;
  }

  async create(passphrase: string, branch: BranchInput, actor: string): Promise<string> {
    if (this.store) throw new AppError('ALREADY_UNLOCKED', 'a database is already open');
    const { store, recoveryKey } = await createStore(this.paths, passphrase, this.options);
    try {
      saveSelf(store, branch, actor, 'store.create');
    } catch (e) {
      store.close();
      throw e;
    }
    this.store = store;
    this.noteActivity();
    return recoveryKey;
  }

  async unlock(passphrase: string): Promise<Store> {
    if (this.store) return this.store;
    this.store = await unlockStore(this.paths, passphrase, this.options);
    this.noteActivity();
    return this.store;
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<Store> {
    this.lock();
    this.store = await recoverStore(this.paths, recoveryKey, newPassphrase, this.options);
    this.noteActivity();
    return this.store;
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.requireStore();
    await changePassphrase(this.paths, current, next, this.options);
  }

  async renewRecoveryKey(passphrase: string): Promise<string> {
    this.requireStore();
    return renewRecoveryKey(this.paths, passphrase);
  }

  lock(): void {
    const store = this.store;
    this.store = null;
    store?.close();
  }

  /** Locks when nothing has happened for the configured minutes. Returns true if it locked. */
  checkIdle(): boolean {
    if (!this.store) return false;
    const limitMs = this.preferences.idleLockMinutes * 60_000;
    if (this.now() - this.lastActivity < limitMs) return false;
    this.lock();
    return true;
  }

  /** Shutting the app: a final backup, then close. */
  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    const store = this.store;
    this.store = null;
    store?.close({ backup: true });
  }
}
