/**
 * The dry run: reads the file, finds the table, converts and validates every row exactly as
 * the apply step will, and decides which rows would be imported. Reads the store (existing ID
 * numbers, 党小组) and never writes to it.
 */
import { eq, inArray } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { memberFields, type MemberFields } from '../../api/schemas/members';
import { normaliseCodeLabel } from '../../codes';
import { members, partyGroups } from '../../schema';
import type { Store } from '../../store/store';
import { parseIdNumber } from '../id-number';
import { normaliseMember } from '../validate';
import { convertRow, type ConvertContext } from './convert';
import { buildMapping, dataRows, findHeaderRow, headerTexts, type ColumnMapping, type MappingOverride } from './layout';
import { describeIssue, fromFieldIssue, fromSchemaIssue, type RowIssue } from './messages';
import { decodeUpload, fileProblem, isBlankRow, readSheets, type Row, type SheetGrid } from './source';

export interface ImportSource {
  fileName: string;
  contentBase64: string;
  /** A sheet by name; by default the first visible sheet with a recognisable header. */
  sheet?: string;
  /** 1-based; by default the row with the most recognised column names. */
  headerRow?: number;
  /** Corrections to the detected mapping; columns not listed keep what was detected. */
  mapping?: MappingOverride;
}

export interface PlannedRow {
  rowNumber: number;
  status: 'import' | 'skip';
  name: string;
  reasons: string[];
  warnings: string[];
  /** The row as read, for the error sheet. */
  cells: Row;
  /** What would be passed to insertMember; set only for rows marked 'import'. */
  fields: MemberFields | null;
}

export interface ImportPlan {
  /** Of the file's bytes, for the audit trail. */
  sha256: string;
  sheets: string[];
  sheet: string;
  /** 1-based. */
  headerRow: number;
  mapping: ColumnMapping[];
  rows: PlannedRow[];
  counts: { import: number; skip: number };
}

function pickSheet(sheets: SheetGrid[], name: string | undefined): SheetGrid {
  if (name !== undefined) {
    const named = sheets.find((s) => s.name === name);
    if (!named) throw fileProblem('SHEET_NOT_FOUND', `文件中没有名为“${name}”的工作表。`, { sheet: name }, 'sheet');
    return named;
  }
  const visible = sheets.filter((s) => !s.hidden);
  const picked = visible.find((s) => findHeaderRow(s) !== undefined) ?? visible.find((s) => s.rows.some((r) => !isBlankRow(r)));
  if (!picked) throw fileProblem('FILE_EMPTY', '文件中没有任何数据。');
  return picked;
}

function groupIndex(store: Store): Map<string, string> {
  const rows = store.orm
    .select({ code: partyGroups.code, name: partyGroups.name })
    .from(partyGroups)
    .where(eq(partyGroups.archived, false))
    .all();
  return new Map(rows.flatMap((g) => [[normaliseCodeLabel(g.name), g.code], [normaliseCodeLabel(g.code), g.code]] as const));
}

interface Checked {
  rowNumber: number;
  name: string;
  cells: Row;
  fields: MemberFields;
  problems: RowIssue[];
  notes: RowIssue[];
  id18: string | undefined;
}

/**
 * A field that could not be read is reported once, by the reader: the validator would only
 * add "required" or an order problem that follows from the missing value.
 */
function validate(fields: MemberFields, today: string, unreadable: Set<string>): RowIssue[] {
  const schema = memberFields.safeParse(fields);
  const issues = schema.success
    ? (() => {
        const normalised = normaliseMember(fields, today);
        return normalised.ok ? [] : normalised.issues.map(fromFieldIssue);
      })()
    : schema.error.issues.map(fromSchemaIssue);
  return issues.filter((i) => !(i.field && unreadable.has(i.field)));
}

/**
 * 出生年月 is often kept to the month only. When the ID number gives the day within that month,
 * the ID's date is the record's, and there is nothing to warn about.
 */
function completeBirthDate(fields: MemberFields, notes: RowIssue[], idBirthDate: string | undefined): RowIssue[] {
  const monthOnly = notes.find((n) => n.field === 'birthDate' && n.code === 'DATE_MONTH_ONLY');
  if (!monthOnly || !idBirthDate || fields.birthDate?.slice(0, 7) !== idBirthDate.slice(0, 7)) return notes;
  fields.birthDate = idBirthDate;
  return notes.filter((n) => n !== monthOnly);
}

function checkRow(
  row: { rowNumber: number; cells: Row },
  mapping: ColumnMapping[],
  ctx: ConvertContext,
  today: string,
): Checked {
  const converted = convertRow(row.cells, mapping, ctx);
  const fields = converted.fields as MemberFields;
  const unreadable = new Set(converted.problems.flatMap((p) => (p.field ? [p.field] : [])));
  const id = fields.idNumber ? parseIdNumber(fields.idNumber, { today }) : undefined;
  const notes = completeBirthDate(fields, converted.notes, id?.ok ? id.value.birthDate : undefined);
  return {
    ...row,
    name: converted.name,
    fields,
    problems: [...converted.problems, ...validate(fields, today, unreadable)],
    notes,
    id18: id?.ok ? id.value.id18 : undefined,
  };
}

// SQLite allows 32 766 bound parameters; stay well below.
const LOOKUP_CHUNK = 500;

/**
 * A person appears once: a later row with the same ID number as an earlier one is skipped
 * (and the earlier one says so), and a row whose ID number is already on file is skipped.
 */
function markDuplicates(store: Store, rows: Checked[]): void {
  const firstRow = new Map<string, Checked>();
  const later = new Map<Checked, number[]>();
  for (const row of rows) {
    if (!row.id18) continue;
    const first = firstRow.get(row.id18);
    if (!first) {
      firstRow.set(row.id18, row);
      continue;
    }
    row.problems.push({ field: 'idNumber', code: 'DUPLICATE_IN_FILE', params: { row: first.rowNumber } });
    later.set(first, [...(later.get(first) ?? []), row.rowNumber]);
  }
  for (const [first, numbers] of later) {
    first.notes.push({ field: 'idNumber', code: 'DUPLICATED_LATER', params: { rows: numbers.join('、') } });
  }
  const ids = [...firstRow.keys()];
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const existing = store.orm
      .select({ code: members.code, name: members.name, idNumber: members.idNumber })
      .from(members)
      .where(inArray(members.idNumber, ids.slice(i, i + LOOKUP_CHUNK)))
      .all();
    for (const m of existing) {
      const row = m.idNumber ? firstRow.get(m.idNumber) : undefined;
      row?.problems.push({ field: 'idNumber', code: 'DUPLICATE_ID_NUMBER', params: { name: m.name, code: m.code } });
    }
  }
}

export function planImport(store: Store, source: ImportSource, today: string): ImportPlan {
  const bytes = decodeUpload(source.contentBase64);
  const sheets = readSheets(source.fileName, bytes);
  const grid = pickSheet(sheets, source.sheet);
  const headerIndex = source.headerRow !== undefined ? source.headerRow - 1 : findHeaderRow(grid);
  if (headerIndex === undefined) {
    throw fileProblem('NO_HEADER_ROW', `在工作表“${grid.name}”中找不到表头：表头应含有“姓名”“身份证号”等列名。也可以指定表头所在的行。`, {
      sheet: grid.name,
    });
  }
  if (isBlankRow(grid.rows[headerIndex])) {
    const message = `工作表“${grid.name}”的第${headerIndex + 1}行是空行，不能作为表头。`;
    throw fileProblem('HEADER_ROW_EMPTY', message, { row: headerIndex + 1 }, 'headerRow');
  }
  const groups = groupIndex(store);
  const mapping = buildMapping(headerTexts(grid, headerIndex), {
    groupsExist: groups.size > 0,
    ...(source.mapping ? { override: source.mapping } : {}),
  });
  const checked = dataRows(grid, headerIndex, mapping).map((row) => checkRow(row, mapping, { groups }, today));
  markDuplicates(store, checked);
  const rows = checked.map((r): PlannedRow => {
    const status = r.problems.length === 0 ? 'import' : 'skip';
    return {
      rowNumber: r.rowNumber,
      status,
      name: r.name,
      reasons: r.problems.map(describeIssue),
      warnings: r.notes.map(describeIssue),
      cells: r.cells,
      fields: status === 'import' ? r.fields : null,
    };
  });
  const imported = rows.filter((r) => r.status === 'import').length;
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sheets: sheets.map((s) => s.name),
    sheet: grid.name,
    headerRow: headerIndex + 1,
    mapping,
    rows,
    counts: { import: imported, skip: rows.length - imported },
  };
}
