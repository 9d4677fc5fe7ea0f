import type { FieldIssue, OpInput, OpOutput } from '../../api/types';

/**
 * The arithmetic and bookkeeping of the 民主评议 entry grid, DOM-free: a row as typed (cells
 * are text until the backend has judged them), the row totals against the ballots collected,
 * the 优秀 share for display, where the backend's issues go, and where Enter and Tab lead.
 */
export type AppraisalList = OpOutput<'appraisal.list'>;
export type AppraisalRow = AppraisalList['rows'][number];
export type AppraisalYear = AppraisalList['year'];
export type AppraisalSummary = OpOutput<'appraisal.summary'>;
export type RecordInput = OpInput<'appraisal.record'>;
export type Grade = NonNullable<RecordInput['verdict']>;
type Tally = NonNullable<RecordInput['ballots']>;

/** The backend's order (优秀 / 合格 / 基本合格 / 不合格); appraisal-grid.test.ts compares it. */
export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const satisfies readonly Grade[];

/** 民主测评 (the anonymous ballots) or 党员互评. */
export type TallyKind = 'ballots' | 'peer';
export type TallyCells = Record<Grade, string>;

export interface RowDraft {
  selfGrade: Grade | null;
  ballots: TallyCells;
  peer: TallyCells;
  verdict: Grade | null;
  /** The date as typed, and what it reads as: ISO, or the text itself when it is no date (for the backend to refuse). */
  feedbackText: string;
  feedbackOn: string | null;
}

const BLANK: TallyCells = { excellent: '', qualified: '', basic: '', unqualified: '' };

function cellsOf(t: Tally | null | undefined): TallyCells {
  if (!t) return { ...BLANK };
  return { excellent: String(t.excellent), qualified: String(t.qualified), basic: String(t.basic), unqualified: String(t.unqualified) };
}

export function draftOf(row: AppraisalRow): RowDraft {
  const r = row.result;
  const feedbackOn = r?.feedbackOn ?? null;
  return { selfGrade: r?.selfGrade ?? null, ballots: cellsOf(r?.ballots), peer: cellsOf(r?.peer), verdict: r?.verdict ?? null, feedbackText: feedbackOn ?? '', feedbackOn };
}

export function sameDraft(a: RowDraft, b: RowDraft): boolean {
  const sameCells = (x: TallyCells, y: TallyCells) => GRADES.every((g) => x[g].trim() === y[g].trim());
  return a.selfGrade === b.selfGrade && a.verdict === b.verdict && a.feedbackOn === b.feedbackOn && sameCells(a.ballots, b.ballots) && sameCells(a.peer, b.peer);
}

/** Full-width digits (an IME in 全角 mode) read as the digits they are. */
function normalise(text: string): string {
  return text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * A cell as sent: blank is null, a number is a number (even -1 or 2.5, so that the backend
 * says what is wrong with it), anything else goes as the text typed and comes back refused.
 */
export function parseCount(text: string): number | string | null {
  const s = normalise(text);
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

function isCount(v: number | string | null): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function tallyIsBlank(cells: TallyCells): boolean {
  return GRADES.every((g) => normalise(cells[g]) === '');
}

/**
 * The tally to send: null when the row has none; otherwise every grade, a blank cell counting
 * as 0 (secretaries leave the 不合格 box empty when nobody ticked it).
 */
export function tallyInput(cells: TallyCells, voters: number): Tally | null {
  if (tallyIsBlank(cells)) return null;
  const out: Record<string, number | string> = { voters };
  for (const g of GRADES) out[g] = parseCount(cells[g]) ?? 0;
  // Unreadable cells go as typed: the backend is the judge and its issue lands under the cell.
  return out as unknown as Tally;
}

export interface Voters {
  ballots: number;
  peer: number;
}

/** Every field of the row: what was saved and is unchanged is simply sent again. */
export function recordInput(year: number, memberCode: string, d: RowDraft, voters: Voters): RecordInput {
  return {
    year,
    memberCode,
    selfGrade: d.selfGrade,
    ballots: tallyInput(d.ballots, voters.ballots),
    peer: tallyInput(d.peer, voters.peer),
    verdict: d.verdict,
    feedbackOn: d.feedbackOn,
  };
}

export type TotalState = 'empty' | 'ok' | 'short' | 'over' | 'unreadable';

export interface TotalCheck {
  total: number | null;
  state: TotalState;
}

/** The row's total against the ballots collected: fewer is possible (a blank ballot), more is a counting error. */
export function checkTotal(cells: TallyCells, voters: number): TotalCheck {
  if (tallyIsBlank(cells)) return { total: null, state: 'empty' };
  let total = 0;
  for (const g of GRADES) {
    const v = parseCount(cells[g]) ?? 0;
    if (!isCount(v)) return { total: null, state: 'unreadable' };
    total += v;
  }
  return { total, state: total === voters ? 'ok' : total < voters ? 'short' : 'over' };
}

/**
 * How many ballots were collected, as the saved rows say (the most frequent `voters`), or
 * everyone appraised when nothing was entered yet: one meeting, one stack of ballots.
 */
export function collectedVoters(rows: readonly AppraisalRow[], kind: TallyKind): number {
  const seen = new Map<number, number>();
  for (const r of rows) {
    const v = r.result?.[kind]?.voters;
    if (v !== undefined) seen.set(v, (seen.get(v) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const entry of seen) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry;
  return best ? best[0] : rows.length;
}

/** The 优秀 share as a person reads it: 4 of 12 → "33.3". */
export function sharePercent(count: number, total: number): string {
  if (total === 0) return '0';
  const p = Math.round((count / total) * 1000) / 10;
  return Number.isInteger(p) ? String(p) : p.toFixed(1);
}

// ---- Cells: their keys, where issues go, keyboard movement ----

export type CellKey = `${TallyKind}.${Grade}` | 'selfGrade' | 'verdict' | 'feedbackOn';
/** Where a row-level tally issue (BALLOTS_EXCEED_VOTERS) is shown: under the row total. */
export type IssueSlot = CellKey | `${TallyKind}.total` | 'row';

export function cellsOfRow(kind: TallyKind): CellKey[] {
  return [...GRADES.map((g): CellKey => `${kind}.${g}`), 'selfGrade', 'verdict', 'feedbackOn'];
}

export function slotOf(issue: Pick<FieldIssue, 'path'>): IssueSlot {
  const [head, sub] = issue.path;
  if (head === 'ballots' || head === 'peer') {
    return typeof sub === 'string' && (GRADES as readonly string[]).includes(sub) ? `${head}.${sub as Grade}` : `${head}.total`;
  }
  if (head === 'selfGrade' || head === 'verdict' || head === 'feedbackOn') return head;
  return 'row';
}

/** The first issue for each slot: the first is the cause. */
export function issuesBySlot(issues: readonly FieldIssue[]): Partial<Record<IssueSlot, FieldIssue>> {
  const out: Partial<Record<IssueSlot, FieldIssue>> = {};
  for (const issue of issues) {
    const slot = slotOf(issue);
    out[slot] ??= issue;
  }
  return out;
}

export interface CellPosition {
  row: number;
  cell: CellKey;
}

/**
 * Enter goes down to the column the secretary started from (as in a spreadsheet after Tab,
 * Tab, Enter), Shift+Enter up; arrows up and down stay in the column. Null at the edges.
 */
/** The grid's columns: 序号, 姓名, the four grades, 合计, 自评, 评定, 反馈日期, 状态. */
export const GRID_COLUMNS = 11;

/**
 * Where each issue's message starts in the line under the row: below its cell, so that it
 * reads as “under the cell” without squeezing a sentence into a narrow number column. An
 * issue of the tally not on screen goes under the tally columns; one about the row, under the name.
 */
export function issueColumns(slots: readonly IssueSlot[], kind: TallyKind): { slot: IssueSlot; column: number }[] {
  const columnOf = (slot: IssueSlot): number => {
    if (slot === 'row') return 1;
    if (slot === 'selfGrade') return 7;
    if (slot === 'verdict') return 8;
    if (slot === 'feedbackOn') return 9;
    const [tally, part] = slot.split('.') as [TallyKind, Grade | 'total'];
    if (tally !== kind) return 2;
    return part === 'total' ? 6 : 2 + GRADES.indexOf(part);
  };
  const seen = new Set<number>();
  return slots
    .map((slot) => ({ slot, column: columnOf(slot) }))
    .sort((a, b) => a.column - b.column)
    .filter(({ column }) => !seen.has(column) && seen.add(column));
}

export type MoveKey = 'Enter' | 'ShiftEnter' | 'ArrowDown' | 'ArrowUp';

export function nextCell(at: CellPosition & { anchor: CellKey }, key: MoveKey, rowCount: number): CellPosition | null {
  const row = at.row + (key === 'Enter' || key === 'ArrowDown' ? 1 : -1);
  if (row < 0 || row >= rowCount) return null;
  return { row, cell: key === 'Enter' || key === 'ShiftEnter' ? at.anchor : at.cell };
}
