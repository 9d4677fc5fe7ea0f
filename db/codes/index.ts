/**
 * Code tables (代码表) as versioned data. Each table is a JSON file beside this one, so a revised
 * standard, or the 组织部's own table, replaces a file and not code (see README.md). The JSON is
 * validated here rather than trusted: a table with a duplicate code or an alias that could mean
 * two entries would silently code a member wrongly.
 */
import { z } from 'zod';
import education from './education.json' with { type: 'json' };
import ethnicity from './ethnicity.json' with { type: 'json' };
import gender from './gender.json' with { type: 'json' };
import lostContact from './lost-contact.json' with { type: 'json' };
import occupation from './occupation.json' with { type: 'json' };
import orgCategory from './org-category.json' with { type: 'json' };
import partyStanding from './party-standing.json' with { type: 'json' };
import politicalStatus from './political-status.json' with { type: 'json' };
import workPost from './work-post.json' with { type: 'json' };

const BUNDLED = {
  gender,
  ethnicity,
  'political-status': politicalStatus,
  education,
  occupation,
  'party-standing': partyStanding,
  'lost-contact': lostContact,
  'org-category': orgCategory,
  'work-post': workPost,
} as const satisfies Record<string, unknown>;

export type CodeTableName = keyof typeof BUNDLED;
export const CODE_TABLE_NAMES = Object.keys(BUNDLED) as CodeTableName[];

/**
 * How a label is compared: NFKC folds full-width letters and brackets (研究生（硕士）), spaces
 * inside a cell are noise, and Latin aliases (M, F) match in either case.
 */
export function normaliseCodeLabel(label: string): string {
  return label.normalize('NFKC').replace(/[\s\u200B-\u200D\uFEFF]/g, '').toLowerCase();
}

const codeEntrySchema = z.strictObject({
  code: z.string().regex(/^[0-9A-Za-z]{1,8}$/, 'a code is 1–8 letters or digits'),
  name: z.string().trim().min(1),
  /** A standard's own short code, e.g. the GB 3304 two-letter code HA for 汉族. */
  abbr: z.string().min(1).optional(),
  roman: z.string().min(1).optional(),
  /** Other ways the name is written in spreadsheets: 汉 for 汉族, 本科 for 大学本科. */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** An entry that is not in the cited standard (e.g. 97/98 in the ethnicity table). */
  supplementary: z.boolean().optional(),
  note: z.string().optional(),
});

const codeTableSchema = z
  .strictObject({
    table: z.string().min(1),
    standard: z.string().min(1),
    version: z.string().min(1),
    source: z.string().min(1),
    note: z.string().optional(),
    entries: z.array(codeEntrySchema),
  })
  .superRefine((table, ctx) => {
    // Codes count as labels too: findCodeByName accepts a code typed into a cell.
    const codes = new Map<string, string>();
    const labels = new Map<string, string>();
    table.entries.forEach((entry, i) => {
      const key = normaliseCodeLabel(entry.code);
      if (codes.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'code'], message: `duplicate code ${entry.code}` });
      }
      codes.set(key, entry.code);
    });
    table.entries.forEach((entry, i) => {
      for (const label of [entry.name, ...(entry.aliases ?? [])]) {
        const key = normaliseCodeLabel(label);
        const owner = labels.get(key) ?? codes.get(key);
        if (owner !== undefined && owner !== entry.code) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'aliases'],
            message: `"${label}" would match both ${owner} and ${entry.code}`,
          });
        }
        labels.set(key, entry.code);
      }
    });
  });

export type CodeEntry = z.infer<typeof codeEntrySchema>;
export type CodeTable = z.infer<typeof codeTableSchema>;

/** Validates a table from any source (a bundled file, the 组织部's file); lists every problem. */
export function parseCodeTable(raw: unknown): { ok: true; value: CodeTable } | { ok: false; issues: string[] } {
  const result = codeTableSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || '(table)'}: ${i.message}`) };
}

interface Indexed {
  table: CodeTable;
  byCode: Map<string, CodeEntry>;
  byLabel: Map<string, string>;
  /** The width of the codes when they are all digits of one width, for cells that lost a leading 0. */
  numericWidth: number | undefined;
}

const cache = new Map<CodeTableName, Indexed>();
const overrides = new Map<CodeTableName, CodeTable>();

function index(table: CodeTable): Indexed {
  const byCode = new Map(table.entries.map((e) => [e.code, e] as const));
  const byLabel = new Map<string, string>();
  for (const e of table.entries) {
    for (const label of [e.name, ...(e.aliases ?? [])]) byLabel.set(normaliseCodeLabel(label), e.code);
  }
  const widths = new Set(table.entries.map((e) => (/^\d+$/.test(e.code) ? e.code.length : -1)));
  const [width] = [...widths];
  const numericWidth = widths.size === 1 && width !== undefined && width > 0 ? width : undefined;
  return { table, byCode, byLabel, numericWidth };
}

function indexed(name: CodeTableName): Indexed {
  const hit = cache.get(name);
  if (hit) return hit;
  if (!Object.hasOwn(BUNDLED, name)) throw new RangeError(`no code table named ${JSON.stringify(name)}`);
  let table = overrides.get(name);
  if (!table) {
    const parsed = parseCodeTable(BUNDLED[name]);
    // A bundled table that fails is a build defect; the codes test catches it before release.
    if (!parsed.ok) throw new Error(`code table ${name} is invalid: ${parsed.issues.join('; ')}`);
    table = parsed.value;
  }
  if (table.table !== name) throw new Error(`code table file for ${name} says it is ${table.table}`);
  const built = index(table);
  cache.set(name, built);
  return built;
}

export function loadCodeTable(name: CodeTableName): CodeTable {
  return indexed(name).table;
}

/**
 * Puts a table loaded at run time (e.g. the 组织部's 工作岗位 file) in place of the bundled one.
 * Persisting it is the caller's job; this module only holds it for the running process.
 */
export function setCodeTableOverride(
  name: CodeTableName,
  raw: unknown,
): { ok: true; value: CodeTable } | { ok: false; issues: string[] } {
  const parsed = parseCodeTable(raw);
  if (!parsed.ok) return parsed;
  if (parsed.value.table !== name) {
    return { ok: false, issues: [`table: the file is for "${parsed.value.table}", not "${name}"`] };
  }
  overrides.set(name, parsed.value);
  cache.delete(name);
  return parsed;
}

/** Back to the bundled tables (tests, or when a loaded file is withdrawn). */
export function clearCodeTableOverrides(): void {
  overrides.clear();
  cache.clear();
}

export function codeName(table: CodeTableName, code: string): string | undefined {
  return indexed(table).byCode.get(code)?.name;
}

export function isValidCode(table: CodeTableName, code: string): boolean {
  return indexed(table).byCode.has(code);
}

/**
 * The code for a value as found in a spreadsheet: the name (汉族), an alias (汉, 本科, 男性), or
 * the code itself, including a numeric code whose leading zero Excel dropped (1 for 01 汉族).
 */
export function findCodeByName(table: CodeTableName, nameOrAlias: string): string | undefined {
  const t = indexed(table);
  const key = normaliseCodeLabel(nameOrAlias);
  if (key === '') return undefined;
  const byLabel = t.byLabel.get(key);
  if (byLabel !== undefined) return byLabel;
  if (t.byCode.has(key)) return key;
  const upper = key.toUpperCase();
  if (t.byCode.has(upper)) return upper;
  if (t.numericWidth !== undefined && /^\d+$/.test(key) && key.length < t.numericWidth) {
    const padded = key.padStart(t.numericWidth, '0');
    if (t.byCode.has(padded)) return padded;
  }
  return undefined;
}
