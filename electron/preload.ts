import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './channels';

/**
 * The renderer's only door to the backend: one function, one channel. ipcRenderer itself
 * is never exposed, so a page cannot pick another channel or listen on one.
 * Runs sandboxed, hence bundled to one CJS file (scripts/build-electron.ts).
 */
contextBridge.exposeInMainWorld('branchdesk', {
  invoke: (op: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, op, input),
});
