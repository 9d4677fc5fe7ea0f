import { createContext, useContext } from 'react';
import type { AppStatus, Branch, Envelope, Preferences } from '../api/types';

/** 'idle': our own idle lock; 'expired': a call found the store already locked (e.g. the backend's timer). */
export type LockReason = 'idle' | 'expired';

export interface AppShell {
  status: AppStatus;
  preferences: Preferences;
  /** Applies at once on screen and saves; a failed save is reported and undone. */
  updatePreferences(patch: Partial<Preferences>): Promise<Envelope<Preferences>>;
  branch: Branch | null;
  setBranch(branch: Branch): void;
  /** After create/unlock/recover: show the main layout for this branch. */
  enterUnlocked(branch: Branch): void;
  /** Drops the key in the backend and shows the unlock screen; 'idle' says why on that screen. */
  lock(reason?: LockReason): Promise<void>;
  /** Why the unlock screen is showing, when it was not the user's own click. */
  lockReason: LockReason | null;
}

export const AppShellContext = createContext<AppShell | null>(null);

export function useAppShell(): AppShell {
  const shell = useContext(AppShellContext);
  if (!shell) throw new Error('useAppShell() used outside the app shell');
  return shell;
}
