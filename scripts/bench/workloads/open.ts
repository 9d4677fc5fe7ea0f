import Database from 'better-sqlite3';
import { openEncryptedDatabase } from '../../../db/store/encrypted-sqlite';
import { unlockStore, type Store } from '../../../db/store/store';
import { figure, type Figure } from '../figure';
import { sample, sampleAsync } from '../stats';

/**
 * Opening costs two different things: the deliberately slow key derivation (scrypt, once per
 * unlock) and the open itself with the unwrapped key. They are reported apart.
 */
export async function openFigures(scale: string, store: Store, passphrase: string, plainFile: string, runs: number): Promise<Figure[]> {
  const paths = store.paths;
  const openRaw = () =>
    store.withDataKey((key) => {
      const db = openEncryptedDatabase(paths.database, Buffer.from(key), { readonly: true });
      db.prepare('SELECT value FROM meta WHERE key = ?').get('database_id');
      db.close();
    });
  const openPlain = () => {
    const db = new Database(plainFile, { readonly: true });
    db.prepare('SELECT value FROM meta WHERE key = ?').get('database_id');
    db.close();
  };
  const rawSamples = sample(openRaw, runs * 5);
  const plainSamples = sample(openPlain, runs * 5);
  const unlockSamples = await sampleAsync(async () => {
    const s = await unlockStore(paths, passphrase);
    s.close();
  }, Math.max(3, Math.ceil(runs / 2)));
  return [
    figure(scale, 'open', 'open with the unwrapped key (+ first read)', rawSamples, 'plain SQLite open (+ first read)', plainSamples, {
      targets: [{ on: 'ratio', op: '<=', value: 1.25 }],
    }),
    figure(scale, 'open', 'unlock with the passphrase (scrypt N=2^17) + open', unlockSamples, 'open with the unwrapped key', rawSamples, {
      note: 'the key derivation is slow on purpose (0.3–0.5 s target); compare the p50 in ms, not the ratio',
      targets: [{ on: 'p95-ms', op: '<=', value: 1000 }],
    }),
  ];
}
