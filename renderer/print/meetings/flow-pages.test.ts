import { describe, expect, it } from 'vitest';
import { flowPages, type FlowOptions } from './flow-pages';

/** A block of `lines` lines, 10 high each; a heading keeps with what follows. */
interface B {
  id: string;
  lines: number;
  heading?: boolean;
  splittable?: boolean;
}

const LINE = 10;
const options: FlowOptions<B> = {
  pageHeight: 100,
  measure: (b) => b.lines * LINE,
  keepWithNext: (b) => !!b.heading,
  minHeight: (b) => (b.splittable ? Math.min(b.lines, 2) * LINE : b.lines * LINE),
  split: (b, room) => {
    const fit = Math.floor(room / LINE);
    if (!b.splittable || fit < 1 || fit >= b.lines) return null;
    return [
      { ...b, id: `${b.id}a`, lines: fit },
      { ...b, id: `${b.id}b`, lines: b.lines - fit },
    ];
  },
};
const ids = (pages: B[][]) => pages.map((p) => p.map((b) => `${b.id}:${b.lines}`));

describe('flowPages', () => {
  it('fills a page and starts the next with what does not fit', () => {
    expect(ids(flowPages([{ id: 'h', lines: 4 }, { id: 'x', lines: 5 }, { id: 'y', lines: 3 }], options))).toEqual([['h:4', 'x:5'], ['y:3']]);
  });

  it('splits a long paragraph at the foot of a page and carries the rest over', () => {
    const pages = flowPages([{ id: 'h', lines: 4 }, { id: 'p', lines: 15, splittable: true }], options);
    expect(ids(pages)).toEqual([['h:4', 'pa:6'], ['pb:9']]);
  });

  it('splits a paragraph longer than a page over as many pages as it needs', () => {
    const pages = flowPages([{ id: 'p', lines: 25, splittable: true }], options);
    expect(ids(pages)).toEqual([['pa:10'], ['pba:10'], ['pbb:5']]);
  });

  it('moves a heading to the next page rather than leave it alone at the foot', () => {
    const pages = flowPages([{ id: 'a', lines: 8 }, { id: 'h', lines: 1, heading: true }, { id: 'p', lines: 5, splittable: true }], options);
    // One heading line and one line of the paragraph would fit; two lines are the least allowed.
    expect(ids(pages)).toEqual([['a:8'], ['h:1', 'p:5']]);
  });

  it('keeps a heading with a paragraph when two of its lines fit', () => {
    const pages = flowPages([{ id: 'a', lines: 7 }, { id: 'h', lines: 1, heading: true }, { id: 'p', lines: 5, splittable: true }], options);
    expect(ids(pages)).toEqual([['a:7', 'h:1', 'pa:2'], ['pb:3']]);
  });

  it('gives a block taller than a page that cannot be split a page of its own, and never an empty page', () => {
    expect(ids(flowPages([{ id: 'a', lines: 3 }, { id: 'big', lines: 12 }, { id: 'b', lines: 2 }], options))).toEqual([['a:3'], ['big:12'], ['b:2']]);
    expect(flowPages([], options)).toEqual([[]]);
  });
});
