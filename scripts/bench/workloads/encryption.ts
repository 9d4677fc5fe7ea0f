import type Database from 'better-sqlite3';
import { figure, type Figure } from '../figure';
import { sample } from '../stats';

const READ_TARGET = [{ on: 'ratio' as const, op: '<=' as const, value: 1.25 }];

function prefixes(db: Database.Database, n: number): string[] {
  const names = db.prepare('SELECT name_pinyin FROM members ORDER BY id LIMIT ?').pluck().all(n) as string[];
  return names.map((p) => p.slice(0, 4));
}

/** The same reads and writes on the encrypted store and on its plain copy, in the same run. */
export function encryptionFigures(scale: string, encrypted: Database.Database, plain: Database.Database, runs: number): Figure[] {
  const keys = prefixes(encrypted, 100);
  const readOn = (db: Database.Database) => {
    const q = db.prepare(
      'SELECT code, name, birth_date FROM members WHERE name_pinyin >= ? AND name_pinyin < ? ORDER BY name_pinyin LIMIT 50',
    );
    return () => {
      for (const k of keys) q.all(k, `${k}{`);
    };
  };
  const scanOn = (db: Database.Database) => {
    const q = db.prepare(
      "SELECT occupation, gender, member_type, count(*) FROM members WHERE membership = 'active' GROUP BY 1, 2, 3",
    );
    return () => void q.all();
  };
  const writeOn = (db: Database.Database) => {
    const ids = db.prepare('SELECT id FROM members ORDER BY id LIMIT 20').pluck().all() as number[];
    const update = db.prepare('UPDATE members SET notes = ? WHERE id = ?');
    let n = 0;
    // 20 separate transactions: each one is a synced commit, as when a secretary saves a form.
    return () => {
      for (const id of ids) db.transaction(() => update.run(`bench ${n++}`, id))();
    };
  };
  return [
    figure(scale, 'encryption', '100 indexed reads (pinyin prefix, 50 rows)', sample(readOn(encrypted), runs), 'same on plain SQLite', sample(readOn(plain), runs), { targets: READ_TARGET }),
    figure(scale, 'encryption', 'aggregate over members (report-like scan)', sample(scanOn(encrypted), runs), 'same on plain SQLite', sample(scanOn(plain), runs), { targets: READ_TARGET }),
    figure(scale, 'encryption', '20 one-row write transactions (synchronous=FULL)', sample(writeOn(encrypted), runs), 'same on plain SQLite', sample(writeOn(plain), runs), { targets: READ_TARGET }),
  ];
}
