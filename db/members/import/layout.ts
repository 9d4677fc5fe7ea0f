/**
 * Where the table is inside a sheet as secretaries keep it: title rows ("XX党支部党员名册",
 * "填报日期：…") and blank rows above the header, the header itself (possibly two rows deep),
 * then members, then a footer (制表人、审核人、填表说明、合计 …) that is not data.
 */
import { cellText, fileProblem, isBlankRow, type Row, type SheetGrid } from './source';
import { FIELD_SPECS, matchHeader, normaliseHeader, type ImportField } from './fields';

/** Titles, dates and notes above the header rarely take more rows than this. */
const HEADER_SEARCH_ROWS = 50;

export interface ColumnMapping {
  /** 0-based column index (0 = column A). */
  column: number;
  header: string;
  field: ImportField | null;
}

export type MappingOverride = { column: number; field: ImportField | 'ignore' }[];

/** Distinct recognised header names in a row: fields and the known columns that fill none. */
function headerScore(row: Row | undefined): number {
  const seen = new Set<string>();
  for (const cell of row ?? []) {
    if (!cell || typeof cell.value !== 'string') continue;
    const m = matchHeader(cell.value);
    if (m.kind !== 'unknown') seen.add(m.kind === 'field' ? m.field : normaliseHeader(cell.value));
  }
  return seen.size;
}

/** The 0-based index of the header row: the one with the most recognised names (at least two). */
export function findHeaderRow(grid: SheetGrid): number | undefined {
  let best: { index: number; score: number } | undefined;
  grid.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const score = headerScore(row);
    if (score >= 2 && (!best || score > best.score)) best = { index, score };
  });
  return best?.index;
}

function tidyHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The header text of each column. In a two-level header the lower row names most columns and
 * the columns without a sub-heading keep their name in the row above; vertical merges were
 * already filled down when the sheet was read.
 */
export function headerTexts(grid: SheetGrid, headerIndex: number): string[] {
  const row = grid.rows[headerIndex] ?? [];
  const above = headerIndex > 0 && headerScore(grid.rows[headerIndex - 1]) > 0 ? grid.rows[headerIndex - 1] : undefined;
  const width = Math.max(lastFilled(row), lastFilled(above ?? [])) + 1;
  return Array.from({ length: width }, (_, c) => tidyHeader(cellText(row[c]) || cellText(above?.[c])));
}

function lastFilled(row: Row): number {
  for (let c = row.length - 1; c >= 0; c--) if (row[c]) return c;
  return -1;
}

/**
 * The detected mapping, with the user's corrections laid over it. Detection keeps the first
 * column for a field; 党小组 is mapped only when this branch has groups to code it against.
 */
export function buildMapping(headers: string[], opts: { groupsExist: boolean; override?: MappingOverride }): ColumnMapping[] {
  const taken = new Set<ImportField>();
  const mapping: ColumnMapping[] = headers.map((header, column) => {
    const m = matchHeader(header);
    let field = m.kind === 'field' && !taken.has(m.field) ? m.field : null;
    if (field === 'groupCode' && !opts.groupsExist) field = null;
    if (field) taken.add(field);
    return { column, header, field };
  });
  for (const { column, field } of opts.override ?? []) {
    const target = mapping[column];
    if (!target) {
      throw fileProblem('MAPPING_COLUMN_OUT_OF_RANGE', `第${column + 1}列不在表头范围内（共${mapping.length}列）。`, { column }, 'mapping');
    }
    target.field = field === 'ignore' ? null : field;
  }
  const byField = new Map<ImportField, number[]>();
  for (const m of mapping) if (m.field) byField.set(m.field, [...(byField.get(m.field) ?? []), m.column]);
  for (const [field, columns] of byField) {
    if (columns.length > 1) {
      const label = FIELD_SPECS[field].label;
      const message = `有${columns.length}列都对应“${label}”：${columns.map(columnLetter).join('、')}列。请只保留一列。`;
      throw fileProblem('DUPLICATE_MAPPING', message, { field }, 'mapping');
    }
  }
  if (!byField.has('name')) {
    throw fileProblem('NAME_COLUMN_MISSING', '没有找到“姓名”列：请在表头写上“姓名”，或在列对应中指定哪一列是姓名。', undefined, 'mapping');
  }
  return mapping;
}

/** 'A', 'B', … 'AA': how Excel names a 0-based column. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

// Lines that end the member list: signatures, instructions and totals, matched at the start of
// the row's first filled cell.
const FOOTER_START = /^(制表人|制表|填表人|填报人|审核人|审核|审批人|负责人|单位负责人|党支部书记|支部书记|书记签字|签字|盖章|填表说明|填报说明|说明[:：]|注[:：\d]|备注[:：]|合计|总计|共计|总人数|制表日期|填报日期|填表日期)/;
// A subtotal per 党小组 sits between groups; the list goes on after it.
const SUBTOTAL_START = /^小计/;

function footerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

/** A sheet laid out for printing repeats its header on every page. */
function repeatsHeader(row: Row, mapping: ColumnMapping[]): boolean {
  let filled = 0;
  let same = 0;
  row.forEach((cell, column) => {
    if (!cell) return;
    filled++;
    const header = normaliseHeader(mapping[column]?.header ?? '');
    if (header !== '' && normaliseHeader(cell.shown) === header) same++;
  });
  return same >= 2 && same * 2 >= filled;
}

export interface DataRow {
  /** 1-based, as Excel shows it. */
  rowNumber: number;
  cells: Row;
}

/**
 * The member rows below the header. Blank rows, repeated headers (a sheet laid out for
 * printing repeats them per page), subtotals and rows with nothing in a mapped column
 * (section titles such as "第一党小组" in the 序号 column) are passed over; the footer ends the list.
 */
export function dataRows(grid: SheetGrid, headerIndex: number, mapping: ColumnMapping[]): DataRow[] {
  const mapped = mapping.filter((m) => m.field !== null).map((m) => m.column);
  const nameColumn = mapping.find((m) => m.field === 'name')?.column;
  const out: DataRow[] = [];
  for (let r = headerIndex + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || isBlankRow(row)) continue;
    const firstColumn = row.findIndex((c) => c !== undefined);
    const first = footerKey(cellText(row[firstColumn]));
    // "支部书记" may also be a 党内职务 in a data row; a footer line has no separate name.
    const hasOwnName = nameColumn !== undefined && nameColumn !== firstColumn && row[nameColumn] !== undefined;
    if (FOOTER_START.test(first) && !hasOwnName) break;
    if (SUBTOTAL_START.test(first)) continue;
    if (repeatsHeader(row, mapping)) continue;
    if (mapped.every((c) => row[c] === undefined)) continue;
    out.push({ rowNumber: r + 1, cells: row });
  }
  return out;
}
