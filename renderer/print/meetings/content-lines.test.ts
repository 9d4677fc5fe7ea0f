import { describe, expect, it } from 'vitest';
import { chineseNumber, insertMarker, lineKind, nextMarker } from './content-lines';

describe('meeting content lines', () => {
  it.each([
    ['一、学习文件精神', 'heading'],
    ['十二、其他', 'heading'],
    ['（一）关于发展党员', 'subheading'],
    ['(二) 半角括号也算', 'subheading'],
    ['1. 第一项', 'item'],
    ['2．全角点', 'item'],
    ['（3）带括号的序号', 'item'],
    ['会议由书记主持。', 'paragraph'],
    ['一是要加强学习', 'paragraph'],
    ['2026年工作安排', 'paragraph'],
  ] as const)('%s is a %s', (line, kind) => {
    expect(lineKind(line)).toBe(kind);
  });

  it('writes numbers the Chinese way', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九']);
    expect(chineseNumber(100)).toBe('100');
  });

  it('numbers a new marker after the ones above, counting again under each heading', () => {
    const above = '一、学习\n（一）文件\n1. 甲\n2. 乙\n二、讨论\n';
    expect(nextMarker(above, 'heading')).toBe('三、');
    expect(nextMarker(above, 'subheading')).toBe('（一）');
    expect(nextMarker(above, 'item')).toBe('1. ');
    expect(nextMarker('一、学习\n1. 甲\n', 'item')).toBe('2. ');
  });

  it('puts a marker on an empty line, or on a new line after one with text', () => {
    expect(insertMarker('', 0, 'heading')).toEqual({ text: '一、', cursor: 2 });
    expect(insertMarker('一、学习\n', 5, 'heading')).toEqual({ text: '一、学习\n二、', cursor: 7 });
    expect(insertMarker('一、学习', 2, 'item')).toEqual({ text: '一、学习\n1. ', cursor: 8 });
    expect(insertMarker('\n后文', 0, 'subheading')).toEqual({ text: '（一）\n后文', cursor: 3 });
  });
});
