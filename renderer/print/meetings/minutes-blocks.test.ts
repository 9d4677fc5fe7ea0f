import { describe, expect, it } from 'vitest';
import { keepsWithNext, longestFit, minutesBlocks, splitPara } from './minutes-blocks';

describe('the minutes as blocks', () => {
  it('has the header, each heading and paragraph in order, and the closing last', () => {
    const blocks = minutesBlocks({ sections: [{ heading: '会议内容', paragraphs: ['一、学习', '书记传达了文件。'] }, { heading: '后续安排', paragraphs: ['1. 报党委'] }] });
    expect(blocks.map((b) => b.id)).toEqual(['head', 's0', 's0p0', 's0p1', 's1', 's1p0', 'closing']);
    expect(blocks.map((b) => (b.kind === 'para' ? b.line : b.kind))).toEqual(['head', 'heading', 'heading', 'paragraph', 'heading', 'item', 'closing']);
    expect(blocks.map(keepsWithNext)).toEqual([false, true, true, false, true, false, false]);
  });

  it('cuts a paragraph into a part that fits and a part that carries on without an indent', () => {
    const [first, rest] = splitPara({ kind: 'para', id: 'p', text: '甲乙丙丁戊', line: 'paragraph', continued: false }, 2);
    expect(first).toEqual({ kind: 'para', id: 'pa', text: '甲乙', line: 'paragraph', continued: false });
    expect(rest).toEqual({ kind: 'para', id: 'pb', text: '丙丁戊', line: 'paragraph', continued: true });
  });

  it('finds the longest prefix that fits, so the last line on the page is full', () => {
    // 10 characters a line, 20 high a line.
    const height = (chars: number) => Math.ceil(chars / 10) * 20;
    expect(longestFit(95, 60, height)).toBe(30);
    expect(longestFit(95, 19, height)).toBe(0);
    expect(longestFit(25, 1000, height)).toBe(25);
  });
});
