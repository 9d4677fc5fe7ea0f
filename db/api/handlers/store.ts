import { getSelf, saveSelf } from '../../organisation/service';
import { verifyAuditChain } from '../../audit/chain';
import { listBackups, verifyBackup } from '../../store/backup';
import { AppError } from '../errors';
import type { HandlerMap } from '../registry';
import { join } from 'node:path';

const OK = { ok: true as const };

function publicBackup(b: { name: string; reason: string; createdAt: string; bytes: number }) {
  return { name: b.name, reason: b.reason, createdAt: b.createdAt, bytes: b.bytes };
}

export const storeHandlers: HandlerMap = {
  'app.status': (_input, { session }) => session.status(),
  'preferences.update': (input, { session }) => session.updatePreferences(input),

  'store.create': async ({ passphrase, branch }, { session, actor }) => {
    const recoveryKey = await session.create(passphrase, branch, actor);
    return { recoveryKey, branch: getSelf(session.requireStore()) };
  },
  'store.unlock': async ({ passphrase }, { session }) => ({ branch: getSelf(await session.unlock(passphrase)) }),
  'store.recover': async ({ recoveryKey, newPassphrase }, { session }) => ({
    branch: getSelf(await session.recover(recoveryKey, newPassphrase)),
  }),
  'store.lock': (_input, { session }) => {
    session.lock();
    return OK;
  },
  'store.touch': () => OK,
  'store.changePassphrase': async ({ currentPassphrase, newPassphrase }, { session }) => {
    await session.changePassphrase(currentPassphrase, newPassphrase);
    return OK;
  },

  'store.renewRecoveryKey': async ({ passphrase }, { session }) => ({
    recoveryKey: await session.renewRecoveryKey(passphrase),
  }),

  'branch.get': (_input, { session }) => getSelf(session.requireStore()),
  'branch.update': (input, { session, actor }) => saveSelf(session.requireStore(), input, actor),

  'audit.verify': (_input, { session }) => verifyAuditChain(session.requireStore().sqlite),

  'backup.create': (_input, { session }) => publicBackup(session.requireStore().backup('manual')),
  'backup.list': (_input, { session }) => listBackups(session.paths.backups).map(publicBackup),
  'backup.verify': ({ name }, { session }) => {
    const store = session.requireStore();
    const found = listBackups(session.paths.backups).find((b) => b.name === name);
    if (!found) throw new AppError('NOT_FOUND', `no backup named ${name}`);
    return store.withDataKey((key) => verifyBackup(join(session.paths.backups, found.name), key));
  },
};
