/**
 * Cuts the 党费收缴登记表 into A4 landscape pages. Its cells wrap (交纳类别, 交纳日期 and 备注
 * can be long, more so in a year's register), so rows differ in height: each row's height is
 * estimated from its text and the column widths, and a page takes rows until its height is
 * used. The last page keeps room for the totals, the summary, the notes and the signatures.
 * The estimate errs on the tall side: a page a little short is fine, one that spills is not.
 */
import type { OpOutput } from '../../api/types';

export type DuesRegisterDoc = OpOutput<'dues.register'>;

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
/** Punctuation that never starts a line (it stays with what precedes), and that never ends one. */
const CLOSING = /[、，。；：！？）》」%,.;:!?)\]]/u;
const OPENING = /[（《「([]/u;

/** Width of a text in em: Chinese and full-width characters 1, the rest 0.55 (CJK fonts draw digits half an em wide; a little more for Latin). */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.55;
  return em;
}

/**
 * The pieces a line may break between, roughly as Chromium breaks them: before and after each
 * Chinese character, after a hyphen, slash or space; closing punctuation stays with the piece
 * before it and opening punctuation with the piece after ('Y0-1、Y0-2' → 'Y0-', '1、', 'Y0-', '2').
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let glue = false;
  for (const ch of text) {
    const wide = WIDE.test(ch);
    if (CLOSING.test(ch)) current += ch;
    else {
      const lastWide = current !== '' && WIDE.test([...current].at(-1)!) && !CLOSING.test([...current].at(-1)!);
      if (current !== '' && !glue && (wide || lastWide || /[-/\s、，]$/u.test(current))) {
        pieces.push(current);
        current = '';
      }
      current += ch;
    }
    glue = OPENING.test(ch);
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Lines a text takes in a column `widthEm` wide: pieces filled greedily, an over-long piece split anywhere. */
export function wrapLines(text: string, widthEm: number): number {
  if (text === '') return 1;
  let lines = 1;
  let used = 0;
  for (const piece of breakPieces(text)) {
    const w = textEm(piece);
    if (used + w <= widthEm + 1e-6) used += w;
    else if (w <= widthEm + 1e-6) {
      lines += 1;
      used = w;
    } else {
      // overflow-wrap: anywhere: the piece continues on the current line and the next ones.
      const total = used + w;
      lines += Math.ceil(total / widthEm - 1e-6) - 1;
      used = total - (Math.ceil(total / widthEm - 1e-6) - 1) * widthEm;
    }
  }
  return lines;
}

export interface RowGeometry {
  /** Column widths in mm, padding included. */
  columnsMm: readonly number[];
  paddingMm: number;
  fontMm: number;
  lineMm: number;
}

/** Lines the longest cell of a row needs, at least one. */
export function rowLines(cells: readonly string[], g: RowGeometry): number {
  return cells.reduce((most, text, i) => {
    const widthEm = Math.max(1, ((g.columnsMm[i] ?? 0) - 2 * g.paddingMm) / g.fontMm);
    return Math.max(most, wrapLines(text, widthEm));
  }, 1);
}

/**
 * Row indices per page. `budgetMm` is the height rows may use on a page; the last page must
 * also hold `tailMm`. An empty register still has one page (its totals say 0).
 */
export function pagesByHeight(heightsMm: readonly number[], budgetMm: number, tailMm: number): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  heightsMm.forEach((h, i) => {
    const page = pages.at(-1)!;
    if (page.length > 0 && used + h > budgetMm) {
      pages.push([i]);
      used = h;
    } else {
      page.push(i);
      used += h;
    }
  });
  // The tail does not fit under the last page's rows: its last row goes over with it, so the
  // totals and signatures never stand alone on a page (unless one row and the tail cannot share one).
  const last = pages.at(-1)!;
  const lastUsed = last.reduce((a, i) => a + heightsMm[i]!, 0);
  if (lastUsed + tailMm > budgetMm) pages.push(last.length > 1 ? [last.pop()!] : []);
  return pages;
}

/**
 * Column widths that fit `totalMm`: each column first gets its natural width (its longest
 * text, capped at `capMm`), and any room left is shared out in proportion; when the natural
 * widths are too wide, the columns that can wrap give up room in proportion to what they have
 * above `minMm`. So short columns (序号, 应交) never wrap and long ones (备注) wrap first.
 */
export function fitColumns(naturalMm: readonly number[], minMm: readonly number[], totalMm: number): number[] {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const natural = naturalMm.map((n, i) => Math.max(n, minMm[i] ?? 0));
  const total = sum(natural);
  if (total <= totalMm) return natural.map((n) => n + ((totalMm - total) * n) / total);
  const slack = natural.map((n, i) => n - (minMm[i] ?? 0));
  const over = total - totalMm;
  const room = sum(slack);
  // Even at their minimum the columns do not fit: scale the minimums (the text wraps more).
  if (room < over) return natural.map((_, i) => ((minMm[i] ?? 0) * totalMm) / sum(minMm));
  return natural.map((n, i) => n - (over * slack[i]!) / room);
}

/** A4 landscape inside 12 mm margins: 273 × 184 mm, less 5 mm for the cell borders of a 14-column table. */
const PAGE_WIDTH_MM = 268;
const PAGE_HEIGHT_MM = 184;
/** Title and the organisation line above the table, the page number below, and a margin for error. */
const HEAD_MM = 22;
const FOOT_MM = 10;
const SAFETY_MM = 6;
/** The last page's totals row, summary, notes and signature lines. */
const TAIL_MM = 58;
/** 9 pt text in 4.4 mm lines; cells padded 1.2 mm a side and 1 mm above and below. */
const GEOMETRY = { paddingMm: 1.2, fontMm: 3.2, lineMm: 4.4 };
const ROW_PAD_MM = 2;
/** No column is laid out wider than this for its longest text: 备注 wraps rather than squeezing the rest. */
const CAP_MM = 48;
/** Columns whose texts are this short (序号, 姓名, 标准, 交至 …) never wrap; longer ones may, down to 4 characters. */
const NO_WRAP_EM = 6;
const MIN_WRAP_EM = 4;

export interface RegisterLayout {
  columnsMm: number[];
  pages: number[][];
}

/**
 * Column widths from the texts themselves (a header may wrap onto two lines; figures and
 * short texts never wrap), then the rows of each page by their estimated heights under a
 * column header whose own height is estimated the same way.
 */
export function layoutRegister(doc: DuesRegisterDoc): RegisterLayout {
  const pad = 2 * GEOMETRY.paddingMm;
  const mm = (em: number) => em * GEOMETRY.fontMm + pad;
  const longest = doc.columns.map((_, i) => Math.max(textEm(doc.totals[i]?.text ?? ''), ...doc.rows.map((r) => textEm(r[i]?.text ?? ''))));
  // A header may take two lines (自愿/多交), as on paper forms; the figures under it need the room
  // more. Half an em of slack covers glyphs wider than the estimate (%, W) so nothing wraps by a hair.
  const headerEm = (h: string) => Math.max(Math.min(2, textEm(h)), Math.ceil(textEm(h) / 2) + 0.5);
  const natural = doc.columns.map((c, i) => Math.min(CAP_MM, mm(Math.max(headerEm(c.header), longest[i]! + 0.5))));
  const min = doc.columns.map((c, i) => (c.money || longest[i]! <= NO_WRAP_EM ? natural[i]! : mm(MIN_WRAP_EM)));
  const columnsMm = fitColumns(natural, min, PAGE_WIDTH_MM);
  const g: RowGeometry = { ...GEOMETRY, columnsMm };
  const height = (texts: string[]) => rowLines(texts, g) * g.lineMm + ROW_PAD_MM;
  const budget = PAGE_HEIGHT_MM - HEAD_MM - FOOT_MM - SAFETY_MM - height(doc.columns.map((c) => c.header));
  return { columnsMm, pages: pagesByHeight(doc.rows.map((cells) => height(cells.map((c) => c.text))), budget, TAIL_MM) };
}
