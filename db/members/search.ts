import type Database from 'better-sqlite3';
import { z } from 'zod';
import { statement } from '../util/statements';
import { nameGrams } from './search-index';

export const SORT_KEYS = ['code', 'name', 'birthDate', 'joinDate', 'fullDate', 'groupCode'] as const;
const SORT_COLUMNS: Record<(typeof SORT_KEYS)[number], string> = {
  code: 'm.code',
  name: 'm.name_pinyin',
  birthDate: 'm.birth_date',
  joinDate: 'm.join_date',
  fullDate: 'm.full_date',
  groupCode: 'm.group_code',
};

/** Statistical age bands (DOMAIN.md §1.3), as [min, max] full years. */
export const AGE_BANDS: Record<string, [number, number]> = {
  '-30': [0, 30],
  '31-35': [31, 35],
  '36-40': [36, 40],
  '41-45': [41, 45],
  '46-50': [46, 50],
  '51-55': [51, 55],
  '56-60': [56, 60],
  '61-': [61, 200],
};

export const memberQuery = z
  .object({
    q: z.string().max(60).optional(),
    membership: z.enum(['active', 'left', 'all']).default('active'),
    memberType: z.enum(['probationary', 'full']).optional(),
    groupCode: z.string().optional(),
    occupation: z.string().optional(),
    education: z.string().optional(),
    standing: z.enum(['normal', 'stopped']).optional(),
    ageBand: z.enum(Object.keys(AGE_BANDS) as [string, ...string[]]).optional(),
    /** Age bands are computed on this date (default today). */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    sort: z.enum(SORT_KEYS).default('code'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type MemberQuery = z.input<typeof memberQuery>;

export type QueryKind = 'none' | 'name' | 'pinyin' | 'digits';

/** What the search box holds decides where to look: Han characters, Latin letters, or digits. */
export function classifyQuery(raw: string | undefined): { kind: QueryKind; text: string } {
  const text = (raw ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (!text) return { kind: 'none', text };
  if (/^[a-z]+$/.test(text)) return { kind: 'pinyin', text };
  if (/^[\dx]+$/.test(text)) return { kind: 'digits', text };
  return { kind: 'name', text };
}

function isoDateMinusYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) - years;
  return `${String(y).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Builds the WHERE clause shared by the count and the page. Every branch uses an index:
 * name grams, pinyin/initials prefixes, the FTS5 trigram table for digits.
 */
export function buildMemberFilter(input: z.output<typeof memberQuery>, today: string): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.membership !== 'all') {
    // Unary + keeps the planner off the membership index: almost everyone is 'active', and
    // scanning that index (decrypting every page) made a name search take a second at 200,000.
    clauses.push('+m.membership = ?');
    params.push(input.membership);
  }
  for (const [key, column] of [
    ['memberType', 'm.member_type'],
    ['groupCode', 'm.group_code'],
    ['occupation', 'm.occupation'],
    ['education', 'm.education'],
    ['standing', 'm.standing'],
  ] as const) {
    const value = input[key];
    if (value !== undefined) {
      clauses.push(`${column} = ?`);
      params.push(value);
    }
  }
  if (input.ageBand) {
    const [min, max] = AGE_BANDS[input.ageBand]!;
    const on = input.asOf ?? today;
    // age >= min  ⇔ born on or before on − min years; age <= max ⇔ born after on − (max+1) years.
    clauses.push('m.birth_date <= ? AND m.birth_date > ?');
    params.push(isoDateMinusYears(on, min), isoDateMinusYears(on, max + 1));
  }
  const query = classifyQuery(input.q);
  if (query.kind === 'pinyin') {
    clauses.push('((m.name_pinyin >= ? AND m.name_pinyin < ?) OR (m.name_initials >= ? AND m.name_initials < ?))');
    params.push(query.text, `${query.text}{`, query.text, `${query.text}{`);
  } else if (query.kind === 'digits') {
    if (query.text.length < 3) {
      clauses.push('0');
    } else {
      clauses.push('m.id IN (SELECT rowid FROM member_search_digits WHERE member_search_digits MATCH ?)');
      params.push(`"${query.text}"`);
    }
  } else if (query.kind === 'name') {
    const chars = [...query.text];
    const seed = chars.length <= 2 ? query.text : nameGrams(query.text).find((g) => [...g].length === 2) ?? chars[0]!;
    clauses.push('m.id IN (SELECT member_id FROM member_name_grams WHERE gram = ?)');
    params.push(seed);
    if (chars.length > 2) {
      clauses.push("lower(m.name) LIKE ? ESCAPE '\\'");
      params.push(`%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export interface MemberListRow {
  code: string;
  name: string;
  gender: string;
  ethnicity: string | null;
  birthDate: string | null;
  education: string | null;
  occupation: string | null;
  groupCode: string | null;
  partyPost: string | null;
  joinDate: string | null;
  fullDate: string | null;
  memberType: 'probationary' | 'full';
  membership: 'active' | 'left';
  mobile: string | null;
  idNumber: string | null;
}

const LIST_COLUMNS = `m.code, m.name, m.gender, m.ethnicity, m.birth_date AS birthDate, m.education, m.occupation,
              m.group_code AS groupCode, m.party_post AS partyPost, m.join_date AS joinDate, m.full_date AS fullDate,
              m.member_type AS memberType, m.membership, m.mobile, m.id_number AS idNumber`;

/**
 * A name or pinyin query with no other filter than 在册/离开: the hits come from covering
 * indexes alone ((pinyin, membership, code), (gram, membership, code)), so typing "w" or
 * "王" at 200,000 members counts and orders some 20,000 hits without reading their rows;
 * only the rows of the page shown are read. INDEXED BY, because without range statistics
 * the planner guessed the membership index and read every row.
 */
function hitsFor(kind: 'pinyin' | 'name', text: string, membership: string): { sql: string; params: unknown[] } {
  const m = membership === 'all' ? '' : 'AND membership = ?';
  const mp = membership === 'all' ? [] : [membership];
  if (kind === 'name') {
    return {
      sql: `SELECT member_id AS id, code FROM member_name_grams INDEXED BY member_name_grams_cover WHERE gram = ? ${m}`,
      params: [text, ...mp],
    };
  }
  const arm = (column: string, index: string) => `SELECT id, code FROM members INDEXED BY ${index} WHERE ${column} >= ? AND ${column} < ? ${m}`;
  return {
    sql: `${arm('name_pinyin', 'members_pinyin_cover')} UNION ${arm('name_initials', 'members_initials_cover')}`,
    params: [text, `${text}{`, ...mp, text, `${text}{`, ...mp],
  };
}

function coveredSearch(db: Database.Database, input: z.output<typeof memberQuery>, hits: { sql: string; params: unknown[] }) {
  const total = statement(db, `SELECT count(*) FROM (${hits.sql})`, { pluck: true }).get(...hits.params) as number;
  const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = statement(
    db,
    `SELECT ${LIST_COLUMNS} FROM (SELECT id, code FROM (${hits.sql}) ORDER BY code ${direction} LIMIT ? OFFSET ?) h
       JOIN members m ON m.id = h.id ORDER BY m.code ${direction}`,
  ).all(...hits.params, input.limit, input.offset) as MemberListRow[];
  return { total, rows };
}

/**
 * The whole roster a page at a time, by code or by name: counted and ordered from the covering
 * index (name_pinyin, membership, code), which holds every member, so a page deep in 200,000
 * rows skips index entries instead of reading (and decrypting) every row before it. By name,
 * the index order is the roster's order (pinyin, then code within the one membership asked
 * for); by code it is sorted from the index, still without reading rows.
 */
const SHALLOW_CODE_OFFSET = 20_000;

export function pagedRoster(db: Database.Database, input: z.output<typeof memberQuery>, shallowCodeOffset = SHALLOW_CODE_OFFSET) {
  const where = input.membership === 'all' ? '' : 'WHERE membership = ?';
  const params = input.membership === 'all' ? [] : [input.membership];
  const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
  const order = (p: string) => (input.sort === 'name' ? `${p}name_pinyin ${direction}, ${p}code ASC` : `${p}code ${direction}`);
  const total = statement(db, `SELECT count(*) FROM members INDEXED BY members_pinyin_cover ${where}`, { pluck: true }).get(...params) as number;
  // By code near the top, walking the code index and reading the rows passed is cheaper than
  // sorting the whole index; deeper down, skipping index entries wins.
  const ids =
    input.sort === 'code' && input.offset < shallowCodeOffset
      ? `SELECT id FROM members INDEXED BY members_code_unique ${where ? `WHERE +membership = ?` : ''} ORDER BY code ${direction} LIMIT ? OFFSET ?`
      : `SELECT id FROM members INDEXED BY members_pinyin_cover ${where} ORDER BY ${order('')} LIMIT ? OFFSET ?`;
  const rows = statement(db, `SELECT ${LIST_COLUMNS} FROM (${ids}) h JOIN members m ON m.id = h.id ORDER BY ${order('m.')}`).all(
    ...params,
    input.limit,
    input.offset,
  ) as MemberListRow[];
  return { total, rows };
}

export function searchMembers(db: Database.Database, raw: MemberQuery, today: string): { total: number; rows: MemberListRow[] } {
  const input = memberQuery.parse(raw);
  const query = classifyQuery(input.q);
  const otherFilters = [input.memberType, input.groupCode, input.occupation, input.education, input.standing, input.ageBand].some((v) => v !== undefined);
  if (!otherFilters && query.kind === 'none' && (input.sort === 'code' || input.sort === 'name')) return pagedRoster(db, input);
  const covered = !otherFilters && input.sort === 'code';
  if (covered && query.kind === 'pinyin') return coveredSearch(db, input, hitsFor('pinyin', query.text, input.membership));
  if (covered && query.kind === 'name' && [...query.text].length <= 2) return coveredSearch(db, input, hitsFor('name', query.text, input.membership));
  const { where, params } = buildMemberFilter(input, today);
  const total = statement(db, `SELECT count(*) FROM members m ${where}`, { pluck: true }).get(...params) as number;
  const order = `${SORT_COLUMNS[input.sort]} ${input.direction === 'desc' ? 'DESC' : 'ASC'}, m.code ASC`;
  const rows = statement(
    db,
    `SELECT ${LIST_COLUMNS}
         FROM members m ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, input.limit, input.offset) as MemberListRow[];
  return { total, rows };
}
