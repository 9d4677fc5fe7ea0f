/**
 * County-level places for ID numbers (first six digits, GB/T 2260), 籍贯, addresses and landline
 * area codes. A hand-picked sample, not the whole table: enough spread for the statistics
 * screens, each code a real county, district or county-level city.
 */
import { weightedTable, type Random, type WeightedTable } from './random';

export interface Region {
  /** GB/T 2260 address code, as at the start of an ID number. */
  code: string;
  province: string;
  /** Empty for the districts of the four municipalities. */
  city: string;
  county: string;
  /** Landline area code (长途区号). */
  areaCode: string;
  /** Relative share when drawing a birthplace for a Han member; 0 = only through an ethnicity. */
  weight: number;
}

type Row = [code: string, province: string, city: string, county: string, areaCode: string, weight: number];

const ROWS: Row[] = [
  ['110101', '北京市', '', '东城区', '010', 1],
  ['110105', '北京市', '', '朝阳区', '010', 2],
  ['110108', '北京市', '', '海淀区', '010', 2],
  ['120101', '天津市', '', '和平区', '022', 1],
  ['120104', '天津市', '', '南开区', '022', 1],
  ['130102', '河北省', '石家庄市', '长安区', '0311', 2],
  ['130203', '河北省', '唐山市', '路北区', '0315', 1.5],
  ['130602', '河北省', '保定市', '竞秀区', '0312', 1.5],
  ['140105', '山西省', '太原市', '小店区', '0351', 2],
  ['150102', '内蒙古自治区', '呼和浩特市', '新城区', '0471', 1],
  ['210102', '辽宁省', '沈阳市', '和平区', '024', 2],
  ['210203', '辽宁省', '大连市', '西岗区', '0411', 1],
  ['220102', '吉林省', '长春市', '南关区', '0431', 1.5],
  ['230103', '黑龙江省', '哈尔滨市', '南岗区', '0451', 2],
  ['310101', '上海市', '', '黄浦区', '021', 1],
  ['310104', '上海市', '', '徐汇区', '021', 1],
  ['310115', '上海市', '', '浦东新区', '021', 2],
  ['320102', '江苏省', '南京市', '玄武区', '025', 1.5],
  ['320282', '江苏省', '无锡市', '宜兴市', '0510', 1.5],
  ['320583', '江苏省', '苏州市', '昆山市', '0512', 1.5],
  ['330106', '浙江省', '杭州市', '西湖区', '0571', 1.5],
  ['330382', '浙江省', '温州市', '乐清市', '0577', 1],
  ['330782', '浙江省', '金华市', '义乌市', '0579', 1],
  ['340104', '安徽省', '合肥市', '蜀山区', '0551', 2.5],
  ['350102', '福建省', '福州市', '鼓楼区', '0591', 1],
  ['350203', '福建省', '厦门市', '思明区', '0592', 0.8],
  ['350582', '福建省', '泉州市', '晋江市', '0595', 1],
  ['360102', '江西省', '南昌市', '东湖区', '0791', 2],
  ['370102', '山东省', '济南市', '历下区', '0531', 2],
  ['370202', '山东省', '青岛市', '市南区', '0532', 1.5],
  ['370781', '山东省', '潍坊市', '青州市', '0536', 1.5],
  ['370883', '山东省', '济宁市', '邹城市', '0537', 1.5],
  ['410105', '河南省', '郑州市', '金水区', '0371', 2.5],
  ['410302', '河南省', '洛阳市', '老城区', '0379', 1.5],
  ['411081', '河南省', '许昌市', '禹州市', '0374', 1.5],
  ['420106', '湖北省', '武汉市', '武昌区', '027', 2.5],
  ['430104', '湖南省', '长沙市', '岳麓区', '0731', 2.5],
  ['440106', '广东省', '广州市', '天河区', '020', 2],
  ['440304', '广东省', '深圳市', '福田区', '0755', 1.5],
  ['440606', '广东省', '佛山市', '顺德区', '0757', 1.5],
  ['450103', '广西壮族自治区', '南宁市', '青秀区', '0771', 1],
  ['460106', '海南省', '海口市', '龙华区', '0898', 0.5],
  ['500103', '重庆市', '', '渝中区', '023', 1],
  ['500106', '重庆市', '', '沙坪坝区', '023', 1.5],
  ['510107', '四川省', '成都市', '武侯区', '028', 2],
  ['510681', '四川省', '德阳市', '广汉市', '0838', 1.5],
  ['520102', '贵州省', '贵阳市', '南明区', '0851', 1.5],
  ['530102', '云南省', '昆明市', '五华区', '0871', 1.5],
  ['610113', '陕西省', '西安市', '雁塔区', '029', 2],
  ['620102', '甘肃省', '兰州市', '城关区', '0931', 1.5],
  ['630102', '青海省', '西宁市', '城东区', '0971', 0.3],
  ['640104', '宁夏回族自治区', '银川市', '兴庆区', '0951', 0.3],
  ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', '0991', 0.5],
  // Places drawn mainly for a minority ethnicity (see ETHNIC_REGIONS).
  ['130826', '河北省', '承德市', '丰宁满族自治县', '0314', 0],
  ['150502', '内蒙古自治区', '通辽市', '科尔沁区', '0475', 0],
  ['222401', '吉林省', '延边朝鲜族自治州', '延吉市', '0433', 0],
  ['422801', '湖北省', '恩施土家族苗族自治州', '恩施市', '0718', 0],
  ['433101', '湖南省', '湘西土家族苗族自治州', '吉首市', '0743', 0],
  ['450102', '广西壮族自治区', '南宁市', '兴宁区', '0771', 0],
  ['451002', '广西壮族自治区', '百色市', '右江区', '0776', 0],
  ['469001', '海南省', '', '五指山市', '0898', 0],
  ['513401', '四川省', '凉山彝族自治州', '西昌市', '0834', 0],
  ['522601', '贵州省', '黔东南苗族侗族自治州', '凯里市', '0855', 0],
  ['522701', '贵州省', '黔南布依族苗族自治州', '都匀市', '0854', 0],
  ['532501', '云南省', '红河哈尼族彝族自治州', '个旧市', '0873', 0],
  ['532801', '云南省', '西双版纳傣族自治州', '景洪市', '0691', 0],
  ['532901', '云南省', '大理白族自治州', '大理市', '0872', 0],
  ['540102', '西藏自治区', '拉萨市', '城关区', '0891', 0],
  ['622901', '甘肃省', '临夏回族自治州', '临夏市', '0930', 0],
  ['640302', '宁夏回族自治区', '吴忠市', '利通区', '0953', 0],
  ['653101', '新疆维吾尔自治区', '喀什地区', '喀什市', '0998', 0],
  ['654002', '新疆维吾尔自治区', '伊犁哈萨克自治州', '伊宁市', '0999', 0],
];

export const REGIONS: readonly Region[] = ROWS.map(([code, province, city, county, areaCode, weight]) => ({
  code,
  province,
  city,
  county,
  areaCode,
  weight,
}));

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function regionByCode(code: string): Region {
  const r = BY_CODE.get(code);
  if (!r) throw new RangeError(`no demo region ${code}`);
  return r;
}

/** Birthplaces of members of a minority ethnicity (GB 3304 code → region codes). */
const ETHNIC_REGIONS: Readonly<Record<string, readonly string[]>> = {
  '02': ['150502', '150102'],
  '03': ['640104', '640302', '622901'],
  '04': ['540102'],
  '05': ['653101', '650102', '654002'],
  '06': ['522601', '433101', '422801'],
  '07': ['513401', '532501'],
  '08': ['451002', '450102', '450103'],
  '09': ['522701'],
  '10': ['222401'],
  '11': ['130826', '210102'],
  '12': ['522601'],
  '14': ['532901'],
  '15': ['422801', '433101'],
  '16': ['532501'],
  '17': ['654002'],
  '18': ['532801'],
  '19': ['469001'],
};

const HAN_TABLE: WeightedTable<Region> = weightedTable(REGIONS.map((r) => [r, r.weight] as const));

const BY_PROVINCE = new Map<string, Region[]>();
for (const r of REGIONS) {
  if (r.weight > 0) BY_PROVINCE.set(r.province, [...(BY_PROVINCE.get(r.province) ?? []), r]);
}

/**
 * A birthplace. Minorities are born where their autonomous areas are; Han members are drawn
 * nationally, but `homeProvince` keeps most of a local organisation's members from its own
 * province, as in a real 支部 or 党委.
 */
export function pickBirthRegion(rng: Random, ethnicity: string, homeProvince?: string): Region {
  const ethnic = ETHNIC_REGIONS[ethnicity];
  if (ethnic) return regionByCode(rng.pick(ethnic));
  if (homeProvince && rng.chance(0.6)) {
    const local = BY_PROVINCE.get(homeProvince);
    if (local) return rng.pick(local);
  }
  return rng.weighted(HAN_TABLE);
}

/** 籍贯 to county level, as the old 采集表 asks (祖父出生地): 山东省潍坊市青州市. */
export function placeName(r: Region): string {
  return `${r.province}${r.city}${r.county}`;
}
