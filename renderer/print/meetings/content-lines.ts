/**
 * The meeting content is plain text, one paragraph a line, structured the way Chinese official
 * writing numbers its parts: "一、" a heading, "（一）" a sub-heading, "1." or "（1）" an item.
 * The minutes model keeps the lines as typed (the Word copy prints them so); the printed page
 * and the editor's preview style each line by its marker.
 */
export type LineKind = 'heading' | 'subheading' | 'item' | 'paragraph';

const DIGITS = '零一二三四五六七八九';
const HEADING = /^[一二三四五六七八九十百]+、/;
const SUBHEADING = /^[（(][一二三四五六七八九十百]+[）)]/;
const ITEM = /^(\d+[.．、]|[（(]\d+[）)])/;

export function lineKind(line: string): LineKind {
  const s = line.trim();
  if (HEADING.test(s)) return 'heading';
  if (SUBHEADING.test(s)) return 'subheading';
  if (ITEM.test(s)) return 'item';
  return 'paragraph';
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tenPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tenPart + (ones ? DIGITS[ones] : '');
}

export type MarkerKind = Exclude<LineKind, 'paragraph'>;

/**
 * The marker for a new line of a kind, numbered after the lines above it: the next "三、" after
 * two headings; sub-headings and items count again from one under each new heading.
 */
export function nextMarker(textAbove: string, kind: MarkerKind): string {
  let headings = 0;
  let subheadings = 0;
  let items = 0;
  for (const line of textAbove.split('\n')) {
    const k = lineKind(line);
    if (k === 'heading') {
      headings += 1;
      subheadings = 0;
      items = 0;
    } else if (k === 'subheading') {
      subheadings += 1;
      items = 0;
    } else if (k === 'item') items += 1;
  }
  if (kind === 'heading') return `${chineseNumber(headings + 1)}、`;
  if (kind === 'subheading') return `（${chineseNumber(subheadings + 1)}）`;
  return `${items + 1}. `;
}

/**
 * Inserts a marker at the start of the line holding the cursor (or on a new line when that line
 * already has text), and says where the cursor goes after it.
 */
export function insertMarker(text: string, cursor: number, kind: MarkerKind): { text: string; cursor: number } {
  const lineStart = cursor === 0 ? 0 : text.lastIndexOf('\n', cursor - 1) + 1;
  const lineEndRaw = text.indexOf('\n', cursor);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  if (text.slice(lineStart, lineEnd).trim() === '') {
    const marker = nextMarker(text.slice(0, lineStart), kind);
    const next = text.slice(0, lineStart) + marker + text.slice(lineEnd);
    return { text: next, cursor: lineStart + marker.length };
  }
  const marker = nextMarker(text.slice(0, lineEnd), kind);
  return { text: `${text.slice(0, lineEnd)}\n${marker}${text.slice(lineEnd)}`, cursor: lineEnd + 1 + marker.length };
}
