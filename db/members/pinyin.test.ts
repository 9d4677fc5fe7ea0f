import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSearchKeys, normaliseSearchQuery } from './pinyin';

describe('nameSearchKeys: surnames read as surnames', () => {
  it.each([
    ['单小红', 'shanxiaohong', 'sxh'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['解缙', 'xiejin', 'xj'],
    ['区志强', 'ouzhiqiang', 'ozq'],
    ['仇英', 'qiuying', 'qy'],
    ['朴槿惠', 'piaojinhui', 'pjh'],
    ['查良镛', 'zhaliangyong', 'zly'],
    ['盖聂', 'genie', 'gn'],
    ['覃小明', 'qinxiaoming', 'qxm'],
    ['翟志刚', 'zhaizhigang', 'zzg'],
    ['乐嘉', 'yuejia', 'yj'],
    ['缪小平', 'miaoxiaoping', 'mxp'],
  ])('%s → %s / %s', (name, full, initials) => {
    expect(nameSearchKeys(name)).toEqual({ full, initials });
  });

  it.each([
    ['欧阳修', 'ouyangxiu', 'oyx'],
    ['司马光', 'simaguang', 'smg'],
    ['诸葛亮', 'zhugeliang', 'zgl'],
    ['上官婉儿', 'shangguanwaner', 'sgwe'],
    ['东方朔', 'dongfangshuo', 'dfs'],
    ['皇甫嵩', 'huangfusong', 'hfs'],
    ['令狐冲', 'linghuchong', 'lhc'],
    ['尉迟恭', 'yuchigong', 'ycg'],
    ['长孙无忌', 'zhangsunwuji', 'zswj'],
    ['万俟卨', 'moqixie', 'mqx'],
  ])('two-character surname %s → %s / %s', (name, full, initials) => {
    expect(nameSearchKeys(name)).toEqual({ full, initials });
  });

  it.each([
    ['王单', 'wangdan'], // 单 in a given name keeps its common reading
    ['单单', 'shandan'],
    ['李长江', 'lichangjiang'],
    ['曾曾', 'zengceng'],
  ])('surname readings apply at the head only: %s → %s', (name, full) => {
    expect(nameSearchKeys(name).full).toBe(full);
  });
});

describe('nameSearchKeys: ü, non-Han characters and stray input', () => {
  it.each([
    ['吕布', 'lvbu', 'lb'],
    ['女娲', 'nvwa', 'nw'],
    ['吕绿', 'lvlv', 'll'],
    ['阿依古丽·买买提', 'ayigulimaimaiti', 'ayglmmt'],
    ['阿依古丽•买买提', 'ayigulimaimaiti', 'ayglmmt'], // bullet instead of the middle dot
    ['阿依古丽・买买提', 'ayigulimaimaiti', 'ayglmmt'], // katakana middle dot
    ['买买提·吐尔逊', 'maimaitituerxun', 'mmttex'],
    ['Anna李', 'annali', 'al'],
    ['李 Anna Maria', 'liannamaria', 'lam'],
    ['ＡＮＮＡ李', 'annali', 'al'], // full-width Latin from a Chinese IME
    [' 张 三 ', 'zhangsan', 'zs'],
    ['\u3000张三\u3000', 'zhangsan', 'zs'],
    ['張三', 'zhangsan', 'zs'], // traditional characters
    ['𠮷田', 'tian', 't'], // a character outside the dictionary is dropped, not garbled
    ['', '', ''],
    ['·', '', ''],
  ])('%j → %s / %s', (name, full, initials) => {
    expect(nameSearchKeys(name)).toEqual({ full, initials });
  });

  it('always yields lower-case ASCII letters and digits, and initials no longer than the full key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (name) => {
        const keys = nameSearchKeys(name);
        expect(keys.full).toMatch(/^[a-z0-9]*$/);
        expect(keys.initials).toMatch(/^[a-z0-9]*$/);
        expect(keys.initials.length).toBeLessThanOrEqual(keys.full.length);
      }),
    );
  });

  it('gives Han names one initial per character, each the start of the full key or a later syllable', () => {
    const han = fc.constantFrom(...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
    fc.assert(
      fc.property(fc.array(han, { minLength: 2, maxLength: 4 }), (chars) => {
        const keys = nameSearchKeys(chars.join(''));
        expect(keys.initials).toHaveLength(chars.length);
        expect(keys.full.startsWith(keys.initials[0] ?? '?')).toBe(true);
      }),
    );
  });
});

describe('normaliseSearchQuery', () => {
  it.each([
    ['  Shan Xiao Hong ', 'shanxiaohong'],
    ['ＳＸＨ', 'sxh'], // full-width letters
    ['sxh\u3000', 'sxh'],
    ['单 小红', '单小红'],
    ['lü bu', 'lvbu'], // ü typed as the keys store it
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['', ''],
  ])('%j → %j', (q, expected) => {
    expect(normaliseSearchQuery(q)).toBe(expected);
  });

  it('finds a member by the keys computed for the name, however the query is typed', () => {
    const keys = nameSearchKeys('欧阳小红');
    expect(keys.full).toContain(normaliseSearchQuery(' OuYang Xiao '));
    expect(keys.initials).toBe(normaliseSearchQuery('O Y X H'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (q) => {
        expect(normaliseSearchQuery(normaliseSearchQuery(q))).toBe(normaliseSearchQuery(q));
      }),
    );
  });
});

describe('nameSearchKeys: throughput', () => {
  it('computes keys for 200,000 names (time printed, not asserted)', () => {
    const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖单区仇朴查盖覃翟解'];
    const compound = ['欧阳', '司马', '诸葛', '上官', '尉迟', '长孙', '万俟'];
    const given = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红玲芬燕春菊凤洁梅琳云莲雪荣爱香月'];
    // A fixed linear congruential sequence: the same names on every run, so timings compare.
    let seed = 20261105;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const names = Array.from({ length: 200_000 }, (_, i) => {
      const surname = i % 50 === 0 ? compound[next(compound.length)] : surnames[next(surnames.length)];
      const g = given[next(given.length)] ?? '';
      return `${surname ?? ''}${g}${next(3) === 0 ? '' : (given[next(given.length)] ?? '')}`;
    });
    const start = performance.now();
    let letters = 0;
    for (const name of names) letters += nameSearchKeys(name).full.length;
    const ms = performance.now() - start;
    console.log(`nameSearchKeys: 200,000 names in ${Math.round(ms)} ms (${((ms * 1000) / names.length).toFixed(1)} µs/name)`);
    expect(letters).toBeGreaterThan(names.length * 4);
  });
});
