import { lineKind, type LineKind } from './content-lines';

/** The minutes as a column of blocks the pages are cut from (see flow-pages.ts). */
export type MinutesBlock =
  | { kind: 'head'; id: string }
  | { kind: 'heading'; id: string; text: string }
  | { kind: 'para'; id: string; text: string; line: LineKind; continued: boolean }
  | { kind: 'closing'; id: string };

export interface MinutesModel {
  sections: { heading: string; paragraphs: string[] }[];
}

export function minutesBlocks(m: MinutesModel): MinutesBlock[] {
  const blocks: MinutesBlock[] = [{ kind: 'head', id: 'head' }];
  m.sections.forEach((s, i) => {
    blocks.push({ kind: 'heading', id: `s${i}`, text: s.heading });
    s.paragraphs.forEach((text, j) => blocks.push({ kind: 'para', id: `s${i}p${j}`, text, line: lineKind(text), continued: false }));
  });
  blocks.push({ kind: 'closing', id: 'closing' });
  return blocks;
}

/** Headings, and paragraphs that are themselves headings ("一、…"), stay with what follows. */
export function keepsWithNext(b: MinutesBlock): boolean {
  return b.kind === 'heading' || (b.kind === 'para' && (b.line === 'heading' || b.line === 'subheading'));
}

/** The two parts of a paragraph cut after `at` characters; the second part carries on without an indent. */
export function splitPara(b: Extract<MinutesBlock, { kind: 'para' }>, at: number): [MinutesBlock, MinutesBlock] {
  return [
    { ...b, id: `${b.id}a`, text: b.text.slice(0, at) },
    { ...b, id: `${b.id}b`, text: b.text.slice(at), continued: true },
  ];
}

/**
 * The longest prefix (in characters) whose height fits `room`, by bisection over a measuring
 * function; 0 when not even the first line fits. Cutting at the longest fitting prefix leaves
 * the last line on the page full, so the paragraph reads on naturally over the page.
 */
export function longestFit(length: number, room: number, heightOf: (chars: number) => number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (heightOf(mid) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
