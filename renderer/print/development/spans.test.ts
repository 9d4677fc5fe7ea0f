import { describe, expect, it } from 'vitest';
import { rowSpans } from './spans';

describe('rowSpans', () => {
  it('merges runs of equal values and leaves the covered rows at 0', () => {
    expect(rowSpans(['一', '一', '二', '三', '三', '三'])).toEqual([2, 0, 1, 3, 0, 0]);
  });

  it('does not merge equal values that are not neighbours', () => {
    expect(rowSpans(['a', 'b', 'a'])).toEqual([1, 1, 1]);
  });

  it('handles an empty column', () => {
    expect(rowSpans([])).toEqual([]);
  });
});
