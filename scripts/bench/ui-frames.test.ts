import { describe, expect, it } from 'vitest';
import { frameDeltas, marksOrThrow, scrollStarts } from './ui-frames';

describe('UI bench helpers', () => {
  it('turns rAF timestamps into frame times', () => {
    expect(frameDeltas([0, 16, 32, 60])).toEqual([16, 16, 28]);
    expect(frameDeltas([5])).toEqual([]);
    expect(frameDeltas([])).toEqual([]);
  });
  it('spreads scroll passes over the roster, leaving room to travel', () => {
    expect(scrollStarts(3, 10_000, 2_000)).toEqual([0, 4_000, 8_000]);
    expect(scrollStarts(1, 10_000, 2_000)).toEqual([0]);
    expect(scrollStarts(2, 1_000, 2_000)).toEqual([0, 0]);
  });
  it('insists on every mark', () => {
    expect(marksOrThrow({ shell: 1, rows: 2 }, ['shell', 'rows'])).toEqual({ shell: 1, rows: 2 });
    expect(() => marksOrThrow<'shell' | 'rows'>({ shell: 1 }, ['shell', 'rows'])).toThrow(/rows/);
  });
});
