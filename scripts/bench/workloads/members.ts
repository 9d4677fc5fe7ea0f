import type Database from 'better-sqlite3';
import { getSelf } from '../../../db/organisation/service';
import { createMember, insertMember } from '../../../db/members/service';
import { searchMembers } from '../../../db/members/search';
import { addDays } from '../../../db/members/chinese-dates';
import { idCheckCharacter } from '../../../db/members/id-number';
import type { Store } from '../../../db/store/store';
import { figure, type Figure } from '../figure';
import { sample } from '../stats';

const TODAY = '2026-11-25';

/** A stream of distinct, valid people for the write figures (not part of the demo data). */
function benchPerson(i: number) {
  // Unique by construction: the birth date walks 20,000 days, the serial counts the laps;
  // region 71 keeps these apart from the demo data.
  const birth = addDays('1940-01-01', i % 20_000);
  const year = Number(birth.slice(0, 4));
  const first17 = `710101${birth.replace(/-/g, '')}${String(100 + (Math.floor(i / 20_000) % 900))}`;
  return {
    name: `测试${String.fromCharCode(0x4e00 + (i % 5000))}${String.fromCharCode(0x4e00 + ((i * 7) % 5000))}`,
    idNumber: first17 + idCheckCharacter(first17),
    joinDate: `${year + 25}-06-30`,
    fullDate: `${year + 26}-06-30`,
    mobile: `139${String(10_000_000 + i).slice(-8)}`,
  };
}

function rawInsert(db: Database.Database) {
  return db.prepare(
    `INSERT INTO members (code, org_code, name, name_pinyin, name_initials, gender, id_number, birth_date, join_date, full_date,
       mobile, membership, member_type, created_at, updated_at)
     VALUES (?, 'RAW', ?, 'ceshi', 'cs', '1', NULL, '1970-01-01', '1995-06-30', '1996-06-30', ?, 'active', 'full', ?, ?)`,
  );
}

/**
 * The rows the service writes for one member (the member, its first event, its name
 * fragments, its digits, its audit row), as raw prepared inserts with values computed in
 * advance: the floor under any implementation of "save a member".
 */
function rawSameRows(db: Database.Database) {
  const member = rawInsert(db);
  const event = db.prepare("INSERT INTO member_events (member_code, kind, date, recorded_at, recorded_by) VALUES (?, 'import', '2026-11-25', ?, 'bench')");
  const gram = db.prepare('INSERT OR IGNORE INTO member_name_grams (gram, member_id) VALUES (?, ?)');
  const digits = db.prepare('INSERT INTO member_search_digits (rowid, digits) VALUES (?, ?)');
  const audit = db.prepare(
    "INSERT INTO audit_log (seq, at, actor, op, entity, entity_code, before, after, prev_hash, hash) VALUES (?, ?, 'bench', 'members.create', 'member', ?, NULL, ?, ?, ?)",
  );
  const nextSeq = db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM audit_log').pluck();
  const after = JSON.stringify(benchPerson(0));
  const hash = '0'.repeat(64);
  return (code: string, now: string) => {
    const id = Number(member.run(code, '测试', '13900000000', now, now).lastInsertRowid);
    event.run(code, now);
    for (const g of ['测', '试', '测试', '甲', '试甲']) gram.run(g, id);
    digits.run(id, '710101194001010011 13900000000');
    const seq = Number(nextSeq.get());
    audit.run(seq, now, code, after, hash, hash);
  };
}

/**
 * Saving members: one at a time through the contract's service (validation, pinyin, search
 * index, audit row, own transaction) and in bulk inside one transaction, each against raw
 * prepared inserts of the same rows in the same run.
 */
export function memberWriteFigures(scale: string, store: Store, runs: number): Figure[] {
  let n = 1_000_000 * (1 + runs);
  const db = store.sqlite;
  const insert = rawInsert(db);
  const now = new Date().toISOString();
  const one = sample(() => void createMember(store, { fields: benchPerson(n++), addition: { kind: 'import', date: TODAY } }, 'bench', TODAY), runs * 10);
  const oneRaw = sample(() => void db.transaction(() => insert.run(`RAW-${n++}`, '测试', '13900000000', now, now))(), runs * 10);

  const batch = 1000;
  const orgCode = getSelf(store).code;
  const bulk = sample(() => {
    store.transaction(() => {
      for (let i = 0; i < batch; i++) insertMember(store, { fields: benchPerson(n++), addition: { kind: 'import', date: TODAY } }, 'bench', TODAY, orgCode);
    });
  }, Math.max(3, Math.ceil(runs / 2)), 1);
  const sameRows = rawSameRows(db);
  const bulkRaw = sample(() => {
    db.transaction(() => {
      for (let i = 0; i < batch; i++) sameRows(`RAW-${n++}`, now);
    })();
  }, Math.max(3, Math.ceil(runs / 2)), 1);
  return [
    figure(scale, 'members', 'save one member (service, own transaction)', one, 'raw prepared insert, own transaction', oneRaw, {
      note: 'p99 in the table is p95; see the JSON for all samples',
    }),
    figure(scale, 'members', 'bulk: 1,000 members through the service in one transaction', bulk, 'raw prepared inserts of the same rows (member, event, name fragments, digits, audit), one transaction', bulkRaw, {
      unit: 'ms per 1,000',
      throughput: true,
      targets: [{ on: 'ratio', op: '>=', value: 0.5 }],
      note: 'ratio = service throughput ÷ raw throughput',
    }),
  ];
}

const COLUMNS = 'code, name, gender, birth_date, education, occupation, group_code, join_date, full_date, member_type, mobile';

/** Hand-written indexed SQL answering the same question: the total and the first 100 rows. */
function rawQuery(db: Database.Database, where: string) {
  const count = db.prepare(`SELECT count(*) FROM members WHERE membership = 'active' AND ${where}`).pluck();
  const page = db.prepare(`SELECT ${COLUMNS} FROM members WHERE membership = 'active' AND ${where} ORDER BY code LIMIT 100`);
  return (...params: unknown[]) => {
    count.get(...params);
    page.all(...params);
  };
}

/** Search through the contract's query against hand-written indexed SQL on the same data. */
export function memberSearchFigures(scale: string, store: Store, runs: number): Figure[] {
  const db = store.sqlite;
  const sampleRows = db.prepare("SELECT name, name_pinyin, name_initials, mobile FROM members WHERE membership = 'active' ORDER BY id LIMIT 10").all() as {
    name: string;
    name_pinyin: string;
    name_initials: string;
    mobile: string | null;
  }[];
  if (sampleRows.length === 0) return [];
  const grams = rawQuery(db, 'id IN (SELECT member_id FROM member_name_grams WHERE gram = ?)');
  const prefix = rawQuery(db, '((name_pinyin >= ? AND name_pinyin < ?) OR (name_initials >= ? AND name_initials < ?))');
  const digits = rawQuery(db, 'id IN (SELECT rowid FROM member_search_digits WHERE member_search_digits MATCH ?)');
  const queries: [string, (r: (typeof sampleRows)[number]) => string, (q: string) => void][] = [
    ['one-character name fragment', (r) => [...r.name][1] ?? r.name, (q) => grams(q)],
    ['two-character name fragment', (r) => [...r.name].slice(0, 2).join(''), (q) => grams(q)],
    ['pinyin prefix', (r) => r.name_pinyin.slice(0, 5), (q) => prefix(q, `${q}{`, q, `${q}{`)],
    ['initials', (r) => r.name_initials, (q) => prefix(q, `${q}{`, q, `${q}{`)],
    ['phone fragment (4 digits)', (r) => (r.mobile ?? '13800138000').slice(-4), (q) => digits(`"${q}"`)],
  ];
  return queries.map(([label, make, raw]) => {
    const qs = sampleRows.map(make);
    const ours = sample(() => {
      for (const q of qs) searchMembers(db, { q, limit: 100 }, TODAY);
    }, runs * 5);
    const baseline = sample(() => {
      for (const q of qs) raw(q);
    }, runs * 5);
    return figure(scale, 'search', `members.list: ${label} (10 queries: total + first 100 rows)`, ours, 'the same 10 as hand-written indexed SQL, prepared once', baseline, {
      targets: [
        { on: 'ratio', op: '<=', value: 2 },
        { on: 'p95-ms', op: '<=', value: 200 },
      ],
      note: 'target per query: p95 ≤ 2× the raw indexed query and < 20 ms, i.e. < 200 ms for the ten',
    });
  });
}
