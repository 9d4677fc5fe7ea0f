import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../db/backend';
import type { Envelope } from '../db/api/envelope';
import { INVOKE_CHANNEL } from './channels';
import { isAppUrl } from './window';

type Invoke = Backend['invoke'];

/**
 * Why a call may not go through, or null if it may. Only a frame showing one of our own
 * pages may call: if anything ever navigated a frame elsewhere (or an iframe of foreign
 * content appeared), it still could not reach the member records.
 */
export function refuseInvoke(senderUrl: string | null | undefined, op: unknown): Envelope<never> | null {
  if (typeof senderUrl !== 'string' || !isAppUrl(senderUrl)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'calls are accepted only from the app itself' } };
  }
  if (typeof op !== 'string' || op.length === 0 || op.length > 100) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'the operation name must be a string' } };
  }
  return null;
}

/** One IPC call, start to finish. Always resolves to an envelope: nothing is thrown across IPC. */
export async function handleInvoke(
  invoke: Invoke,
  senderUrl: string | null | undefined,
  op: unknown,
  input: unknown,
): Promise<Envelope<unknown>> {
  const refused = refuseInvoke(senderUrl, op);
  if (refused) return refused;
  try {
    return await invoke(op as string, input);
  } catch (e) {
    // dispatch() already turns failures into envelopes; this is the last net, not the usual path.
    console.error(`[branchdesk] ipc ${String(op)} failed:`, e);
    return { ok: false, error: { code: 'INTERNAL', message: 'an unexpected error occurred' } };
  }
}

/** The URL of the frame that sent the message; null when the frame is already gone. */
function senderUrlOf(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

export function registerInvokeHandler(ipcMain: IpcMain, invoke: Invoke): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, op: unknown, input: unknown) => handleInvoke(invoke, senderUrlOf(event), op, input));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
