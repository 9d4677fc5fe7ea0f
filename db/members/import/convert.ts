/**
 * One spreadsheet cell to one member field value, as secretaries' sheets hold them: dates in
 * any written form or as real date cells, numbers that should have been text, code-table
 * values written as names (汉, 本科), 是/否, and the stray spaces of hand-aligned names.
 * A value that cannot be read is left out of the record and reported, never guessed.
 */
import { findCodeByName, loadCodeTable, normaliseCodeLabel } from '../../codes';
import { parseLooseDate } from '../chinese-dates';
import { FIELD_SPECS, type ImportField } from './fields';
import type { ColumnMapping } from './layout';
import type { RowIssue } from './messages';
import type { Cell, Row } from './source';

export type FieldValue = string | boolean;

type Converted = { value?: FieldValue; problem?: RowIssue; note?: RowIssue };

export interface ConvertContext {
  /** 党小组 by normalised name or code → code; empty when the branch has no groups yet. */
  groups: ReadonlyMap<string, string>;
}

export interface ConvertedRow {
  name: string;
  fields: Partial<Record<ImportField, FieldValue>>;
  problems: RowIssue[];
  notes: RowIssue[];
}

// "Every box must be filled: write 无 or —" (DOMAIN.md §1.2): these mean "nothing here".
const PLACEHOLDERS = new Set(['无', '暂无', '空', '-', '--', '—', '——', '/', '\\', 'null', 'n/a', '#n/a']);
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;
const HAN_GAP = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** Trimmed text with full-width and no-break spaces as plain ones and runs of spaces collapsed. */
export function cleanText(raw: string, keepLines = false): string {
  const text = raw.normalize('NFC').replace(INVISIBLE, '').replace(/[\u3000\u00A0]/g, ' ');
  if (!keepLines) return text.replace(/\s+/g, ' ').trim();
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** What a non-date cell says as text: whole numbers without Excel's display formatting. */
function textOf(cell: Cell): string {
  if (cell.date) return cell.shown;
  if (typeof cell.value === 'number' && Number.isSafeInteger(cell.value)) return String(cell.value);
  return typeof cell.value === 'string' ? cell.value : cell.shown;
}

function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(text.normalize('NFKC').replace(/\s/g, '').toLowerCase());
}

function problem(field: ImportField, code: string, value?: string): Converted {
  return { problem: { field, code, ...(value === undefined ? {} : { params: { value } }) } };
}

/**
 * Digits that must survive as text (ID and phone numbers). Excel turns a long number typed
 * into a General cell into a float: an 18-digit ID keeps 15 significant digits and shows as
 * 1.10105E+17, so the rest is gone and must be typed again.
 */
function digitsText(field: ImportField, cell: Cell): Converted {
  if (typeof cell.value === 'number' && !Number.isSafeInteger(cell.value)) return problem(field, 'EXCEL_SCIENTIFIC', cell.shown);
  const text = textOf(cell).normalize('NFKC').replace(/\s/g, '');
  if (SCIENTIFIC.test(text)) return problem(field, 'EXCEL_SCIENTIFIC', cell.shown);
  return { value: text };
}

function dateValue(field: ImportField, cell: Cell): Converted {
  const input = typeof cell.value === 'boolean' ? cell.shown : cell.value;
  const parsed = parseLooseDate(input, { allowYearMonth: true });
  if (!parsed.ok) return problem(field, 'DATE_UNRECOGNISED', cell.shown);
  if (parsed.precision === 'day') return { value: parsed.value };
  // Rosters often keep only 年月 (出生年月, 入党年月); the record needs a day.
  return { value: `${parsed.value}-01`, note: { field, code: 'DATE_MONTH_ONLY' } };
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '有']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '✘', 'x']);

function boolValue(field: ImportField, cell: Cell): Converted {
  if (typeof cell.value === 'boolean') return { value: cell.value };
  const key = normaliseCodeLabel(textOf(cell));
  if (YES.has(key)) return { value: true };
  if (NO.has(key)) return { value: false };
  return problem(field, 'BOOL_UNRECOGNISED', cell.shown);
}

const STANDING_BY_CODE: Readonly<Record<string, string>> = { '1': 'normal', '2': 'stopped' };

function convertCell(field: ImportField, cell: Cell, ctx: ConvertContext): Converted {
  const spec = FIELD_SPECS[field];
  const text = cleanText(textOf(cell), field === 'notes');
  switch (spec.kind) {
    case 'name':
      return { value: text.replace(HAN_GAP, '') };
    case 'text':
      return { value: text };
    case 'digits':
    case 'idNumber':
      return digitsText(field, cell);
    case 'date':
      return dateValue(field, cell);
    case 'bool':
      return boolValue(field, cell);
    case 'gender': {
      const code = findCodeByName('gender', text);
      return code === '1' || code === '2' ? { value: code } : problem(field, 'GENDER_UNRECOGNISED', cell.shown);
    }
    case 'standing': {
      const standing = STANDING_BY_CODE[findCodeByName('party-standing', text) ?? ''];
      return standing ? { value: standing } : problem(field, 'CODE_UNRECOGNISED', cell.shown);
    }
    case 'code': {
      const code = spec.table ? findCodeByName(spec.table, text) : undefined;
      return code ? { value: code } : problem(field, 'CODE_UNRECOGNISED', cell.shown);
    }
    case 'workPost': {
      // Until the 组织部's table is loaded the text is kept as written (db/codes/README.md).
      if (loadCodeTable('work-post').entries.length > 0) {
        const code = findCodeByName('work-post', text);
        return code ? { value: code } : problem(field, 'CODE_UNRECOGNISED', cell.shown);
      }
      return [...text].length <= 10 ? { value: text } : { note: { field, code: 'WORK_POST_TOO_LONG', params: { value: text } } };
    }
    case 'group': {
      const code = ctx.groups.get(normaliseCodeLabel(text));
      return code ? { value: code } : { note: { field, code: 'GROUP_UNKNOWN', params: { value: text } } };
    }
  }
}

/** The mapped cells of one row as member fields, with what could not be read. */
export function convertRow(cells: Row, mapping: ColumnMapping[], ctx: ConvertContext): ConvertedRow {
  const out: ConvertedRow = { name: '', fields: {}, problems: [], notes: [] };
  for (const { column, field } of mapping) {
    const cell = cells[column];
    if (!field || !cell || isPlaceholder(textOf(cell))) continue;
    const converted = convertCell(field, cell, ctx);
    if (converted.problem) out.problems.push(converted.problem);
    if (converted.note) out.notes.push(converted.note);
    if (converted.value !== undefined && converted.value !== '') out.fields[field] = converted.value;
  }
  // The schema reports a missing name as "required" only when there is a string to check.
  const name = out.fields.name;
  out.name = typeof name === 'string' ? name : '';
  out.fields.name = out.name;
  return out;
}
