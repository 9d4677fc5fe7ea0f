/**
 * Cuts a document of blocks (a header, headings, paragraphs, the signatures) into pages of a
 * fixed height, so every page can carry "第 N 页 共 M 页": Chromium does not number pages for
 * us, and a flowing document cannot say how many pages it has. Heights come from the DOM
 * (use-flow-pages.ts); this part only decides, so it is tested without a browser.
 */
export interface FlowOptions<B> {
  /** Usable height of a page, in the unit `measure` returns. */
  pageHeight: number;
  measure(block: B): number;
  /** A heading stays with the start of what follows it. */
  keepWithNext?(block: B): boolean;
  /**
   * The least of a block that may stand at the foot of a page (two lines of a paragraph); by
   * default the whole block.
   */
  minHeight?(block: B): number;
  /**
   * Splits a block so that its first part fits in `room`, or null when nothing of it fits (or it
   * cannot be split). The parts are new blocks; the second one is flowed on like any other.
   */
  split?(block: B, room: number): [B, B] | null;
}

export function flowPages<B>(blocks: readonly B[], o: FlowOptions<B>): B[][] {
  const pages: B[][] = [[]];
  let used = 0;
  const queue = [...blocks];
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const place = (b: B, h: number) => {
    pages[pages.length - 1]!.push(b);
    used += h;
  };
  while (queue.length) {
    const b = queue.shift()!;
    const h = o.measure(b);
    const room = o.pageHeight - used;
    if (h <= room) {
      const next = queue[0];
      if (used > 0 && next !== undefined && o.keepWithNext?.(b)) {
        const nextMin = o.minHeight ? o.minHeight(next) : o.measure(next);
        if (h + nextMin > room) {
          newPage();
          place(b, h);
          continue;
        }
      }
      place(b, h);
      continue;
    }
    const parts = o.split?.(b, room) ?? null;
    if (parts) {
      place(parts[0], room);
      newPage();
      queue.unshift(parts[1]);
      continue;
    }
    if (used > 0) {
      newPage();
      queue.unshift(b);
      continue;
    }
    // Taller than a whole page and not splittable: it stands alone rather than being lost.
    place(b, h);
    newPage();
  }
  if (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  return pages;
}
