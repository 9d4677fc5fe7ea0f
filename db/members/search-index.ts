import type Database from 'better-sqlite3';

/** The fragments a one- or two-character query can hit: each character and each neighbouring pair. */
export function nameGrams(name: string): string[] {
  const chars = [...name.normalize('NFKC').replace(/[\s·•．.]/g, '')];
  const grams = new Set<string>();
  chars.forEach((c, i) => {
    grams.add(c.toLowerCase());
    const next = chars[i + 1];
    if (next) grams.add((c + next).toLowerCase());
  });
  return [...grams];
}

/** ID number and phone numbers, searched by any fragment of three or more digits. */
export function searchDigits(row: { idNumber: string | null; mobile: string | null; landline: string | null }): string {
  return [row.idNumber, row.mobile, row.landline].filter(Boolean).join(' ').replace(/[^\dXx ]/g, '');
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(db: Database.Database) {
  return {
    deleteGrams: db.prepare('DELETE FROM member_name_grams WHERE member_id = ?'),
    insertGram: db.prepare('INSERT OR IGNORE INTO member_name_grams (gram, member_id, code, membership) VALUES (?, ?, ?, ?)'),
    deleteDigits: db.prepare('DELETE FROM member_search_digits WHERE rowid = ?'),
    insertDigits: db.prepare('INSERT INTO member_search_digits (rowid, digits) VALUES (?, ?)'),
  };
}

/** Rewrites one member's search entries; call inside the transaction that saves the member. */
export function indexMemberForSearch(
  db: Database.Database,
  memberId: number,
  row: { name: string; code: string; membership: string; idNumber: string | null; mobile: string | null; landline: string | null },
): void {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepare(db)));
  s.deleteGrams.run(memberId);
  for (const gram of nameGrams(row.name)) s.insertGram.run(gram, memberId, row.code, row.membership);
  s.deleteDigits.run(memberId);
  const digits = searchDigits(row);
  if (digits) s.insertDigits.run(memberId, digits);
}
