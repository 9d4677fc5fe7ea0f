/**
 * Chinese names for demo members. The point is realism where the app is fragile: the common
 * surnames dominate as they do in life, and the rare ones the app must still sort, search and
 * romanise correctly (单 shan, 曾 zeng, 解 xie, 区 ou, 仇 qiu, 朴 piao, 查 zha, 覃 qin, 翟 zhai,
 * the two-character 欧阳 司马 诸葛 上官 皇甫, names with a ·) all turn up in a large set.
 */
import { weightedTable, type Random, type WeightedTable } from './random';

/** "姓 weight" pairs from one string, so the tables stay readable. */
function table(spec: string): WeightedTable<string> {
  const entries = spec
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [name, weight] = pair.split(':');
      return [name ?? '', Number(weight)] as const;
    });
  return weightedTable(entries);
}

/**
 * Shares in per cent, after the published national rankings (公安部户政管理研究中心,
 * 《二〇一九年全国姓名报告》 and the 2020 update): the top names and their order follow the
 * report; below about 0.3 % the values are rounded estimates. The rare surnames listed last are
 * deliberately a little above their real share so that a 10,000-member demo always has some.
 */
export const SURNAMES = table(`
  王:7.1 李:7.0 张:6.7 刘:5.4 陈:4.6 杨:3.1 黄:2.4 赵:2.2 吴:2.0 周:1.9 徐:1.5 孙:1.5 马:1.4 朱:1.3 胡:1.3
  郭:1.1 何:1.1 林:1.0 罗:1.0 高:1.0 郑:0.9 梁:0.9 谢:0.8 宋:0.8 唐:0.8 许:0.7 韩:0.7 邓:0.7 冯:0.7 曹:0.7
  彭:0.6 曾:0.6 肖:0.6 田:0.6 董:0.5 潘:0.5 袁:0.5 蔡:0.5 蒋:0.5 余:0.5 于:0.5 杜:0.5 叶:0.5 程:0.5 魏:0.4
  苏:0.4 吕:0.4 丁:0.4 任:0.4 卢:0.4 姚:0.4 沈:0.4 钟:0.4 姜:0.4 崔:0.4 谭:0.4 陆:0.3 范:0.3 汪:0.3 廖:0.3
  石:0.3 金:0.3 韦:0.3 贾:0.3 夏:0.3 付:0.3 方:0.3 邹:0.3 熊:0.3 白:0.3 孟:0.3 秦:0.3 邱:0.3 侯:0.3 江:0.3
  尹:0.2 薛:0.2 闫:0.2 段:0.2 雷:0.2 龙:0.2 黎:0.2 史:0.2 陶:0.2 贺:0.2 毛:0.2 郝:0.2 顾:0.2 龚:0.2 邵:0.2
  万:0.2 武:0.2 钱:0.2 戴:0.2 严:0.2 覃:0.15 莫:0.15 孔:0.15 向:0.15 常:0.15 汤:0.15 康:0.15 易:0.1 乔:0.1
  赖:0.1 文:0.1 施:0.1 洪:0.1 欧:0.1 辛:0.05 柴:0.05 牛:0.05 关:0.05 翟:0.06 单:0.05 解:0.05 区:0.02 仇:0.03
  朴:0.03 查:0.03 欧阳:0.06 司马:0.02 诸葛:0.01 上官:0.02 皇甫:0.02
`);

/** Surnames common in some minorities who use Han-style names. */
const ETHNIC_SURNAMES: Readonly<Record<string, WeightedTable<string>>> = {
  '03': table('马:30 李:8 王:8 杨:6 张:6 白:5 丁:4 金:3 穆:2 海:2 纳:2 哈:1'),
  '06': table('龙:6 杨:6 吴:5 石:5 麻:3 王:3'),
  '07': table('马:3 李:3 阿:2 吉:2 沙:2 罗:2'),
  '08': table('韦:10 黄:10 覃:8 莫:6 陆:5 梁:4 李:4 蓝:4 农:3 陈:3 罗:3'),
  '10': table('金:10 李:8 朴:8 崔:5 郑:3 姜:3'),
  '11': table('关:6 赵:6 王:6 佟:4 金:4 张:4 刘:4 那:3 吴:3 富:2'),
  '15': table('向:6 田:6 彭:6 覃:4 杨:4 张:4 冉:3'),
  '18': table('刀:3 岩:2 李:2 王:2'),
};

/**
 * Members by GB 3304 code, in per cent: 少数民族党员 are about 7.5 % of the party (2023 公报);
 * the split among the minorities roughly follows their population.
 */
export const ETHNICITIES = table(`
  01:92.6 08:1.3 03:0.9 11:0.8 05:0.7 15:0.6 06:0.6 07:0.5 02:0.45 04:0.4 12:0.2 09:0.2 14:0.15 10:0.15
  19:0.1 17:0.1 16:0.08 18:0.08
`);

const MALE_CHARS = [...'伟强磊军勇杰涛明超刚平辉鹏华飞波斌宇浩凯健俊帆旭宁龙林峰海亮成东文力国建志新庆永忠德胜福生金荣利祥瑞博振家兴学光宏晨阳昊然泽睿铭航哲'];
const FEMALE_CHARS = [...'芳娜敏静丽艳娟霞秀英燕玲桂兰红梅萍琳颖洁雪倩婷慧莉琴云凤珍玉淑佳欣怡悦涵萱诗雨思梦雅晶瑶彤可馨蕾璐'];
const SHARED_FIRST = [...'晓小文海春明建新立永志一子'];

type Era = 'pre1960' | '1960s70s' | '1980s' | 'post1995';

/** Whole given names typical of a generation: 建国 and 秀英 are born in the 1950s, 子轩 and 梓涵 after 2000. */
const ERA_NAMES: Readonly<Record<Era, { male: string[]; female: string[]; singleShare: number }>> = {
  pre1960: {
    male: '建国 国庆 援朝 解放 跃进 卫东 红军 建华 国华 保国 振华 德明 志强 文斌 庆丰 福生 长顺 金山'.split(' '),
    female: '秀英 桂英 秀兰 玉兰 桂兰 淑珍 凤英 玉珍 秀珍 淑兰 秀云 桂芳 红梅 玉梅 丽华'.split(' '),
    singleShare: 0.2,
  },
  '1960s70s': {
    male: '卫国 建军 建平 志刚 志勇 永刚 海涛 文军 晓东 红兵 立新 勇军 宏伟 国平 建新'.split(' '),
    female: '丽娟 红霞 海燕 丽萍 艳红 晓红 桂琴 春梅 玉芳 秀梅 亚平 卫红 小红'.split(' '),
    singleShare: 0.3,
  },
  '1980s': {
    male: '俊杰 晓明 建波 海波 志伟 文博 鹏飞 浩 磊 伟 涛 鹏 超 杰'.split(' '),
    female: '婷婷 丽娜 晓燕 雪梅 慧敏 静 丹 娟 倩 佳 莹'.split(' '),
    singleShare: 0.35,
  },
  post1995: {
    male: '子轩 浩然 宇轩 梓豪 浩宇 俊熙 一鸣 嘉豪 明轩 博文 睿 思远'.split(' '),
    female: '梓涵 欣怡 雨涵 诗涵 一诺 紫萱 思雨 可馨 语桐 佳琪 雨欣 子涵'.split(' '),
    singleShare: 0.12,
  },
};

function eraOf(birthYear: number): Era {
  if (birthYear < 1960) return 'pre1960';
  if (birthYear < 1980) return '1960s70s';
  if (birthYear < 1995) return '1980s';
  return 'post1995';
}

function hanGivenName(rng: Random, gender: '1' | '2', birthYear: number): string {
  const era = ERA_NAMES[eraOf(birthYear)];
  if (rng.chance(0.4)) return rng.pick(gender === '1' ? era.male : era.female);
  const pool = gender === '1' ? MALE_CHARS : FEMALE_CHARS;
  const second = rng.pick(pool);
  if (rng.chance(era.singleShare)) return second;
  if (gender === '2' && rng.chance(0.04)) return second + second; // 婷婷, 丽丽
  let first = rng.chance(0.3) ? rng.pick(SHARED_FIRST) : rng.pick(pool);
  while (first === second) first = rng.pick(pool);
  return first + second;
}

const UYGHUR = {
  male: '艾力 买买提 吐尔逊 艾尔肯 阿不都拉 阿里木 艾克拜尔 努尔买买提 热合曼 伊力哈木 玉苏甫 麦麦提'.split(' '),
  female: '阿依古丽 古丽米拉 帕提古丽 热依拉 阿依努尔 迪丽努尔 米热古丽 努尔古丽 海丽其姆 祖丽菲娅'.split(' '),
};
const KAZAKH = {
  male: '努尔兰 赛力克 叶尔兰 别克 达吾列提 哈那提 叶尔江 吐尔洪'.split(' '),
  female: '古丽巴哈尔 阿依波拉提 加娜尔 玛依拉 阿依达娜'.split(' '),
};
const TIBETAN = {
  maleFirst: '扎西 次仁 格桑 尼玛 旦增 索朗 边巴 平措'.split(' '),
  maleSecond: '多吉 顿珠 罗布 旺堆 加措 次仁 平措'.split(' '),
  femaleFirst: '次仁 德吉 格桑 尼玛 央金 拉巴'.split(' '),
  femaleSecond: '卓玛 央宗 拉姆 曲珍 措姆 卓嘎'.split(' '),
};
const MONGOLIAN = {
  male: '巴特尔 朝鲁 额尔敦 呼和 苏和 宝音 巴图 孟和 阿拉坦 毕力格'.split(' '),
  female: '其其格 斯琴 乌兰 萨仁 高娃 娜仁 图雅 塔娜 乌云 其木格'.split(' '),
};
const KOREAN_GIVEN = {
  male: '哲洙 永哲 成浩 光日 明哲 东日 昌浩 英男'.split(' '),
  female: '英淑 顺姬 美玉 贞淑 明花 春花 玉善 香兰'.split(' '),
};

export interface DrawnName {
  name: string;
  /** null for names without a Han-style surname (扎西多吉, 阿依古丽·买买提, 巴特尔). */
  surname: string | null;
}

/** given·father: 维吾尔族 and 哈萨克族 names as written on the ID card. */
function patronymic(rng: Random, pool: { male: string[]; female: string[] }, gender: '1' | '2'): DrawnName {
  return { name: `${rng.pick(gender === '1' ? pool.male : pool.female)}·${rng.pick(pool.male)}`, surname: null };
}

function tibetan(rng: Random, gender: '1' | '2'): DrawnName {
  const first = rng.pick(gender === '1' ? TIBETAN.maleFirst : TIBETAN.femaleFirst);
  let second = rng.pick(gender === '1' ? TIBETAN.maleSecond : TIBETAN.femaleSecond);
  while (second === first) second = rng.pick(TIBETAN.maleSecond);
  return { name: first + second, surname: null };
}

/** A name that fits the person's gender, generation and ethnicity. */
export function drawName(rng: Random, person: { gender: '1' | '2'; birthYear: number; ethnicity: string }): DrawnName {
  const { gender, birthYear, ethnicity } = person;
  if (ethnicity === '05') return patronymic(rng, UYGHUR, gender);
  if (ethnicity === '17') return patronymic(rng, KAZAKH, gender);
  if (ethnicity === '04') return tibetan(rng, gender);
  if (ethnicity === '02' && rng.chance(0.5)) {
    return { name: rng.pick(gender === '1' ? MONGOLIAN.male : MONGOLIAN.female), surname: null };
  }
  const surnames = ETHNIC_SURNAMES[ethnicity];
  const surname = rng.weighted(surnames && rng.chance(0.7) ? surnames : SURNAMES);
  if (ethnicity === '10') return { name: surname + rng.pick(gender === '1' ? KOREAN_GIVEN.male : KOREAN_GIVEN.female), surname };
  return { name: surname + hanGivenName(rng, gender, birthYear), surname };
}

export function drawEthnicity(rng: Random): string {
  return rng.weighted(ETHNICITIES);
}

/** 入党介绍人: two 正式党员 (细则第十四条), written as the form has it: 张三、李四. */
export function introducerNames(rng: Random, birthYear: number): string {
  const a = drawName(rng, { gender: rng.chance(0.6) ? '1' : '2', birthYear, ethnicity: '01' }).name;
  let b = drawName(rng, { gender: rng.chance(0.6) ? '1' : '2', birthYear, ethnicity: '01' }).name;
  while (b === a) b = drawName(rng, { gender: '1', birthYear, ethnicity: '01' }).name;
  return `${a}、${b}`;
}
