/**
 * The code tables the screens need, copied from db/codes/*.json: the renderer may not import
 * db/ at run time, and a select list must not wait for a round trip. codes.test.ts compares
 * every entry with the backend's files, so an edited table cannot drift from this copy.
 * The backend stays the judge (UNKNOWN_CODE); these lists only offer the choices.
 */
export interface CodeEntry {
  code: string;
  name: string;
}

type Pairs = readonly (readonly [string, string])[];

function entries(pairs: Pairs): readonly CodeEntry[] {
  return pairs.map(([code, name]) => ({ code, name }));
}

/** GB/T 2261.1-2003. The member form offers 1 and 2 only (the contract's gender enum). */
export const GENDER = entries([
  ['0', '未知的性别'],
  ['1', '男'],
  ['2', '女'],
  ['9', '未说明的性别'],
]);

/** GB 3304-1991, 01–56, plus the common additions 97 and 98. */
export const ETHNICITY = entries([
  ['01', '汉族'], ['02', '蒙古族'], ['03', '回族'], ['04', '藏族'], ['05', '维吾尔族'], ['06', '苗族'], ['07', '彝族'],
  ['08', '壮族'], ['09', '布依族'], ['10', '朝鲜族'], ['11', '满族'], ['12', '侗族'], ['13', '瑶族'], ['14', '白族'],
  ['15', '土家族'], ['16', '哈尼族'], ['17', '哈萨克族'], ['18', '傣族'], ['19', '黎族'], ['20', '傈僳族'], ['21', '佤族'],
  ['22', '畲族'], ['23', '高山族'], ['24', '拉祜族'], ['25', '水族'], ['26', '东乡族'], ['27', '纳西族'], ['28', '景颇族'],
  ['29', '柯尔克孜族'], ['30', '土族'], ['31', '达斡尔族'], ['32', '仫佬族'], ['33', '羌族'], ['34', '布朗族'], ['35', '撒拉族'],
  ['36', '毛南族'], ['37', '仡佬族'], ['38', '锡伯族'], ['39', '阿昌族'], ['40', '普米族'], ['41', '塔吉克族'], ['42', '怒族'],
  ['43', '乌孜别克族'], ['44', '俄罗斯族'], ['45', '鄂温克族'], ['46', '德昂族'], ['47', '保安族'], ['48', '裕固族'],
  ['49', '京族'], ['50', '塔塔尔族'], ['51', '独龙族'], ['52', '鄂伦春族'], ['53', '赫哲族'], ['54', '门巴族'],
  ['55', '珞巴族'], ['56', '基诺族'], ['97', '其他未识别民族'], ['98', '外国血统中国籍人士'],
]);

/** GB/T 4658-2006, the practical subset the backend ships. */
export const EDUCATION = entries([
  ['10', '研究生'], ['11', '博士研究生'], ['14', '硕士研究生'], ['21', '大学本科'], ['31', '大学专科'], ['41', '中等专科'],
  ['44', '职业高中'], ['47', '技工学校'], ['61', '普通高中'], ['71', '初中'], ['81', '小学'], ['90', '其他'],
]);

/** 人员类别: the eight 党内统计公报 buckets (codes assigned by BranchDesk). */
export const OCCUPATION = entries([
  ['01', '工人（工勤技能人员）'], ['02', '农牧渔民'], ['03', '专业技术人员'], ['04', '管理人员'], ['05', '党政机关工作人员'],
  ['06', '学生'], ['07', '其他职业人员'], ['08', '离退休人员'],
]);

/** 失去联系情形 ①–⑦ (Sichuan 排查表). */
export const LOST_CONTACT = entries([
  ['1', '外出务工经商'], ['2', '单位改制或破产'], ['3', '毕业后去向不明'], ['4', '工作单位改变'], ['5', '出国（境）'],
  ['6', '居住地改变'], ['7', '其他'],
]);

export const CODE_TABLES = {
  gender: GENDER,
  ethnicity: ETHNICITY,
  education: EDUCATION,
  occupation: OCCUPATION,
  'lost-contact': LOST_CONTACT,
} as const;

export type CodeTableName = keyof typeof CODE_TABLES;

const INDEX = new Map<CodeTableName, Map<string, string>>(
  (Object.keys(CODE_TABLES) as CodeTableName[]).map((t) => [t, new Map(CODE_TABLES[t].map((e) => [e.code, e.name]))]),
);

/** The name for a code; an unknown code is shown as itself rather than hidden. */
export function codeName(table: CodeTableName, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return INDEX.get(table)?.get(code) ?? code;
}
