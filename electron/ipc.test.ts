import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_BRANCH, tempBackend, unlockedBackend } from '../db/test-support/temp-store';
import { INVOKE_CHANNEL } from './channels';
import { handleInvoke, refuseInvoke, registerInvokeHandler } from './ipc';

const APP = 'app://branchdesk/index.html';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function backend() {
  const b = tempBackend();
  cleanups.push(b.cleanup);
  return b;
}

describe('refuseInvoke', () => {
  it.each([
    [APP, 'app.status', null],
    ['app://branchdesk/', 'app.status', null],
    ['https://example.com/', 'app.status', 'FORBIDDEN'],
    ['http://127.0.0.1:5173/', 'app.status', 'FORBIDDEN'],
    ['file:///tmp/evil.html', 'app.status', 'FORBIDDEN'],
    ['app://evil/index.html', 'app.status', 'FORBIDDEN'],
    ['app://branchdesk/../x', 'app.status', 'FORBIDDEN'],
    ['about:blank', 'app.status', 'FORBIDDEN'],
    [null, 'app.status', 'FORBIDDEN'],
    [undefined, 'app.status', 'FORBIDDEN'],
    [APP, 42, 'INVALID_INPUT'],
    [APP, { op: 'app.status' }, 'INVALID_INPUT'],
    [APP, '', 'INVALID_INPUT'],
    [APP, 'x'.repeat(101), 'INVALID_INPUT'],
  ])('sender %s, op %j → %s', (sender, op, code) => {
    const refused = refuseInvoke(sender, op);
    if (code === null) expect(refused).toBeNull();
    else expect(refused).toMatchObject({ ok: false, error: { code } });
  });

  it('checks the sender before the op: a foreign page learns nothing about op names', () => {
    expect(refuseInvoke('https://example.com/', 42)).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('handleInvoke', () => {
  it('passes a call from the app to the real backend', async () => {
    const b = backend();
    const result = await handleInvoke(b.invoke, APP, 'app.status', {});
    expect(result).toMatchObject({ ok: true, value: { state: 'setup', dataDir: b.dir } });
  });

  it('refuses a foreign sender before anything reaches the store', async () => {
    const b = backend();
    const before = b.session.preferences.idleLockMinutes;
    const refused = await handleInvoke(b.invoke, 'https://example.com/', 'preferences.update', {
      idleLockMinutes: before + 7,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(b.session.preferences.idleLockMinutes).toBe(before);

    // The same call from the app does change it: the refusal above was the sender check.
    const accepted = await handleInvoke(b.invoke, APP, 'preferences.update', { idleLockMinutes: before + 7 });
    expect(accepted).toMatchObject({ ok: true, value: { idleLockMinutes: before + 7 } });
  });

  it('returns the backend envelope for unknown ops and bad input, without throwing', async () => {
    const b = backend();
    expect(await handleInvoke(b.invoke, APP, 'members.dropAll', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_OP' },
    });
    expect(await handleInvoke(b.invoke, APP, 'preferences.update', { idleLockMinutes: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('reads the unlocked store through the app sender', async () => {
    const b = await unlockedBackend();
    cleanups.push(b.cleanup);
    const result = await handleInvoke(b.invoke, APP, 'branch.get', {});
    expect(result).toMatchObject({ ok: true, value: { name: SAMPLE_BRANCH.name, code: SAMPLE_BRANCH.code } });
  });

  it('turns a thrown error into INTERNAL with no message from inside', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = () => Promise.reject(new Error('SELECT secret FROM keys'));
    const result = await handleInvoke(failing, APP, 'app.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'an unexpected error occurred' } });
    // The detail stays in the main process log, where it helps and the renderer cannot see it.
    expect(logged).toHaveBeenCalledWith('[branchdesk] ipc app.status failed:', expect.any(Error));
    logged.mockRestore();
  });
});

describe('registerInvokeHandler', () => {
  type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

  function fakeIpcMain() {
    const handlers = new Map<string, Listener>();
    const ipcMain = {
      handle: (channel: string, listener: Listener) => void handlers.set(channel, listener),
      removeHandler: (channel: string) => void handlers.delete(channel),
    };
    return { ipcMain: ipcMain as unknown as IpcMain, handlers };
  }

  const eventFrom = (frame: unknown) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;

  it('listens on branchdesk:invoke only, and can be removed', () => {
    const b = backend();
    const { ipcMain, handlers } = fakeIpcMain();
    const remove = registerInvokeHandler(ipcMain, b.invoke);
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    expect(INVOKE_CHANNEL).toBe('branchdesk:invoke');
    remove();
    expect(handlers.size).toBe(0);
  });

  it('uses the URL of the sending frame, and refuses when the frame is gone', async () => {
    const b = backend();
    const { ipcMain, handlers } = fakeIpcMain();
    registerInvokeHandler(ipcMain, b.invoke);
    const listener = handlers.get(INVOKE_CHANNEL);
    if (!listener) throw new Error('no handler registered');

    expect(await listener(eventFrom({ url: APP }), 'app.status', {})).toMatchObject({ ok: true });
    expect(await listener(eventFrom({ url: 'https://example.com/' }), 'app.status', {})).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await listener(eventFrom(null), 'app.status', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await listener(eventFrom(destroyed), 'app.status', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});
