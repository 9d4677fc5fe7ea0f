/**
 * The printed report cut into A4 pages by us, because Chromium cannot number pages from CSS
 * and a secretary needs "第 2 页 共 4 页" on every sheet (see paginate.ts). Every part has a
 * fixed or generously estimated height in millimetres, matched by reports-print.css, so each
 * page holds exactly what is put on it:
 * - the first page opens with the heading (title, branch, period, version); later pages
 *   carry a one-line running head;
 * - a table is kept whole on a page when it fits on one, else split by rows with its header
 *   repeated and "（续）" after its title;
 * - a table wider than a portrait page (many value columns) gets landscape pages of its own;
 * - the validation result, the explanations and the 填报人/日期 block follow the tables.
 */
import type { DocTable, ReportDocument } from '../../pages/reports/report-types';

export type Orientation = 'portrait' | 'landscape';

/** Millimetres. Text lines are 10.5pt at a 5.6 mm pitch; a CJK character is 3.7 mm wide. */
export const REPORT_METRICS = {
  /** Usable height: A4 minus the @page margins, less a little so rounding never spills a page. */
  pageHeight: { portrait: 254, landscape: 181 },
  /** Usable width, for estimating where text wraps. */
  pageWidth: { portrait: 170, landscape: 273 },
  footer: 9,
  runningHead: 9,
  /** Title, branch, period and status; each line of correction note or template note adds a line. */
  firstHead: 33,
  tableTitle: 8,
  tableHeader: 8,
  row: 7,
  gap: 5,
  sectionTitle: 8,
  line: 5.6,
  charWidth: 3.7,
  sign: 22,
} as const;

/** More value columns than this no longer fit upright with readable labels. */
export const PORTRAIT_MAX_VALUE_COLUMNS = 6;

export function tableOrientation(t: Pick<DocTable, 'columns'>): Orientation {
  return t.columns.length - 1 > PORTRAIT_MAX_VALUE_COLUMNS ? 'landscape' : 'portrait';
}

/** Lines a paragraph takes at the given width: CJK counts whole, Latin letters and digits about half. */
export function textLines(text: string, widthMm: number, charWidth: number = REPORT_METRICS.charWidth): number {
  const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1), 0);
  // One character short of the measured width: the browser breaks before a word or punctuation.
  const perLine = Math.max(1, Math.floor(widthMm / charWidth) - 1);
  return Math.max(1, Math.ceil(units / perLine));
}

/** The document title without the branch and period in front: those have their own lines on paper. */
export function sheetTitle(doc: Pick<ReportDocument, 'title' | 'orgName' | 'periodLabel'>): string {
  const prefix = doc.orgName + doc.periodLabel;
  return doc.title.startsWith(prefix) && doc.title.length > prefix.length ? doc.title.slice(prefix.length) : doc.title;
}

export type Block =
  | { kind: 'table'; table: number; from: number; to: number; continued: boolean }
  | { kind: 'text'; section: 'validation' | 'explanations'; from: number; to: number; continued: boolean }
  | { kind: 'sign' };

export interface ReportPage {
  number: number;
  orientation: Orientation;
  /** The first page carries the full heading. */
  first: boolean;
  blocks: Block[];
}

interface Open extends ReportPage {
  free: number;
}

/** Heights of the first page's heading lines beyond the fixed ones. */
export function firstHeadHeight(doc: Pick<ReportDocument, 'correctionNote' | 'templateNote'>, m = REPORT_METRICS): number {
  const note = (s: string | null) => (s ? textLines(s, m.pageWidth.portrait, m.charWidth) * m.line : 0);
  return m.firstHead + note(doc.correctionNote) + note(doc.templateNote);
}

function tableOverhead(t: DocTable, orientation: Orientation, m: typeof REPORT_METRICS): number {
  const note = t.note ? textLines(t.note, m.pageWidth[orientation], m.charWidth) * m.line : 0;
  return m.tableTitle + note + m.tableHeader + m.gap;
}

/** The explanation of one warning prints its topic and then its text. */
export function explanationLines(e: { topic: string; text: string }, widthMm: number): number {
  return textLines(e.topic, widthMm) + textLines(e.text, widthMm);
}

export function layoutReport(doc: ReportDocument, m = REPORT_METRICS): ReportPage[] {
  const pages: Open[] = [];
  const start = (orientation: Orientation): Open => {
    const first = pages.length === 0;
    const page: Open = { number: pages.length + 1, orientation, first, blocks: [], free: m.pageHeight[orientation] - m.footer - (first ? firstHeadHeight(doc, m) : m.runningHead) };
    pages.push(page);
    return page;
  };
  let page = start(doc.tables[0] ? tableOrientation(doc.tables[0]) : 'portrait');

  doc.tables.forEach((t, index) => {
    const orientation = tableOrientation(t);
    if (page.orientation !== orientation) page = start(orientation);
    const whole = tableOverhead(t, orientation, m) + t.rows.length * m.row;
    const freshFree = m.pageHeight[orientation] - m.footer - m.runningHead;
    // Keep a table whole when a fresh page would hold it; split only what no page can.
    if (whole > page.free && whole <= freshFree && page.blocks.length > 0) page = start(orientation);
    let from = 0;
    while (from < t.rows.length) {
      const overhead = tableOverhead(t, orientation, m);
      const fit = Math.floor((page.free - overhead) / m.row);
      if (fit < Math.min(3, t.rows.length - from) && page.blocks.length > 0) {
        page = start(orientation);
        continue;
      }
      const take = Math.max(1, Math.min(fit, t.rows.length - from));
      page.blocks.push({ kind: 'table', table: index, from, to: from + take, continued: from > 0 });
      page.free -= overhead + take * m.row;
      from += take;
    }
  });

  const sections: { section: 'validation' | 'explanations'; heights: number[] }[] = [
    { section: 'validation', heights: doc.validationLines.map((l) => textLines(l, m.pageWidth.portrait) * m.line) },
    { section: 'explanations', heights: doc.explanations.map((e) => explanationLines(e, m.pageWidth.portrait) * m.line + 1) },
  ];
  for (const { section, heights } of sections) {
    if (heights.length === 0) continue;
    if (page.orientation !== 'portrait') page = start('portrait');
    let from = 0;
    while (from < heights.length) {
      let used = m.sectionTitle + m.gap;
      let to = from;
      while (to < heights.length && used + heights[to]! <= page.free) used += heights[to++]!;
      if (to === from) {
        // Not even one paragraph fits here: a fresh page (where one always fits, the texts being bounded).
        if (page.blocks.length > 0) {
          page = start('portrait');
          continue;
        }
        used += heights[to++]!;
      }
      page.blocks.push({ kind: 'text', section, from, to, continued: from > 0 });
      page.free -= used;
      from = to;
    }
  }

  if (page.orientation !== 'portrait' || page.free < m.sign) page = start('portrait');
  page.blocks.push({ kind: 'sign' });
  return pages.map(({ free: _free, ...p }) => p);
}
