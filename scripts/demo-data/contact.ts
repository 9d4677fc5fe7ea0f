/**
 * Phone numbers, addresses (down to the house number, as the 采集表 asks), 籍贯, and the names
 * of other organisations for 转入/转出 letters. All invented, in realistic shapes, so that search
 * by digit fragment and printing of long addresses get exercised.
 */
import { REGIONS, placeName, type Region } from './regions';
import { weightedTable, type Random } from './random';

/** Mobile prefixes in use by the three carriers (and 170/171 virtual operators left out). */
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184',
  '185', '186', '187', '188', '189', '191', '198', '199',
];

export function mobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/**
 * Local numbers have eight digits in the big cities (every three-digit area code, and the
 * provincial capitals and large cities listed here) and seven in many smaller ones.
 */
const EIGHT_DIGIT_AREAS = new Set([
  '0311', '0351', '0371', '0411', '0431', '0451', '0471', '0510', '0512', '0531', '0532', '0551', '0571', '0577', '0591',
  '0592', '0595', '0731', '0755', '0757', '0771', '0791', '0851', '0871', '0898', '0931', '0951', '0971', '0991',
]);

/** 区号-号码, e.g. 0531-86012345 or 0536-3251234. */
export function landlineNumber(rng: Random, region: Region): string {
  const length = region.areaCode.length === 3 || EIGHT_DIGIT_AREAS.has(region.areaCode) ? 8 : 7;
  return `${region.areaCode}-${String(rng.int(2, 8))}${rng.digits(length - 1)}`;
}

const ROADS = '人民路 解放路 建设路 中山路 和平路 胜利路 文化路 朝阳路 新华路 光明路 幸福路 青年路 东风路 工业路 民主路 花园路 长江路 黄河路 泉城路 经十路'.split(' ');
const ESTATES = '幸福里小区 阳光花园 锦绣家园 和谐苑 金色家园 翠竹园 书香苑 华府新城 供电公司宿舍 第二中学家属院 棉纺厂宿舍 丽景苑'.split(' ');
const TOWNS = '城关镇 新庄镇 王集镇 柳林镇 石桥镇 大营镇 河口镇 白塔镇 龙泉镇'.split(' ');
const VILLAGES = '前进村 红星村 东风村 张庄村 刘屯村 三里村 高家村 杨柳村 新民村 永丰村'.split(' ');

/** A street address in town, or a village address for farmers. */
export function homeAddress(rng: Random, region: Region, rural: boolean): string {
  const place = placeName(region);
  if (rural) return `${place}${rng.pick(TOWNS)}${rng.pick(VILLAGES)}${rng.int(1, 12)}组${rng.int(1, 99)}号`;
  const floor = rng.int(1, 18);
  return `${place}${rng.pick(ROADS)}${rng.int(1, 399)}号${rng.pick(ESTATES)}${rng.int(1, 30)}号楼${rng.int(1, 4)}单元${floor}${String(rng.int(1, 4)).padStart(2, '0')}室`;
}

/** 外出流向: where a 流动党员 has gone, to city level (provinces that draw migrant workers). */
const DESTINATIONS = ['440304', '440106', '310115', '320583', '330106', '110105', '350203', '500103', '510107', '120104'];

export function flowDestination(rng: Random, from: Region): string {
  let code = rng.pick(DESTINATIONS);
  while (code === from.code) code = rng.pick(DESTINATIONS);
  const r = REGIONS.find((x) => x.code === code) ?? from;
  return `${r.province}${r.city}`;
}

const UNITS = [
  '第一中学',
  '人民医院',
  '市场监督管理局',
  '供电公司',
  '职业技术学院',
  '街道办事处',
  '农村商业银行',
  '建筑工程有限公司',
  '税务局',
  '图书馆',
  '机械厂',
  '大学机关',
];

const ORG_PLACES = weightedTable(REGIONS.map((x) => [x, x.weight] as const));

/** Another organisation, for 转入 (fromOrg) and 转出 (org): 中共+单位+支部 as on the 介绍信. */
export function otherBranchName(rng: Random): string {
  const r = rng.weighted(ORG_PLACES);
  const where = r.city || r.province;
  return `中共${where}${rng.pick(UNITS)}第${'一二三四五'.charAt(rng.int(0, 4))}支部委员会`;
}

/** 介绍信 number in the usual 字〔年〕号 shape. */
export function letterNumber(rng: Random, date: string): string {
  return `转字〔${date.slice(0, 4)}〕${rng.int(1, 480)}号`;
}

const NOTES = [
  '长期居住在子女处，由子女代为联系。',
  '行动不便，由支部送学上门。',
  '退役军人。',
  '曾获评优秀共产党员。',
  '生活困难党员，每年走访慰问。',
  '在外地工作，组织关系暂未转出。',
  '兼任社区网格员。',
];

export function drawNote(rng: Random): string {
  return rng.pick(NOTES);
}
