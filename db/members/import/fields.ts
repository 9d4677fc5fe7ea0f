/**
 * The member fields a roster column can fill, with the Chinese label used in every message and
 * the header names secretaries actually write (DOMAIN.md §1.1–1.2). One table drives header
 * detection, cell conversion and the wording of problems, so a new field or a new header
 * variant is one line here.
 */
import type { MemberFields } from '../../api/schemas/members';
import type { CodeTableName } from '../../codes';

/** Every editable member field except 党龄校正值, which no roster we know of carries. */
export type ImportField = Exclude<keyof MemberFields, 'partyAgeAdjustMonths'>;

export type FieldKind =
  | 'name'
  | 'text'
  | 'digits'
  | 'idNumber'
  | 'date'
  | 'code'
  | 'gender'
  | 'bool'
  | 'standing'
  | 'workPost'
  | 'group';

export interface FieldSpec {
  label: string;
  kind: FieldKind;
  table?: CodeTableName;
  /** Header names as written; compared after `normaliseHeader`, so spacing and width do not matter. */
  headers: readonly string[];
}

export const FIELD_SPECS = {
  name: { label: '姓名', kind: 'name', headers: ['姓名', '党员姓名', '名字'] },
  gender: { label: '性别', kind: 'gender', headers: ['性别'] },
  ethnicity: { label: '民族', kind: 'code', table: 'ethnicity', headers: ['民族'] },
  idNumber: {
    label: '身份证号',
    kind: 'idNumber',
    headers: ['身份证号', '身份证号码', '身份证', '公民身份号码', '公民身份证号', '公民身份证号码', '身份证件号码', '证件号码'],
  },
  birthDate: { label: '出生日期', kind: 'date', headers: ['出生日期', '出生年月', '出生年月日', '出生时间', '生日'] },
  education: { label: '学历', kind: 'code', table: 'education', headers: ['学历', '文化程度', '最高学历'] },
  degree: { label: '学位', kind: 'text', headers: ['学位', '最高学位'] },
  occupation: { label: '人员类别', kind: 'code', table: 'occupation', headers: ['人员类别', '职业', '人员分类', '现职业'] },
  // 工作岗位 is the 4-digit 中组部 code (item 11 of the 采集表), not the 人员类别 bucket.
  workPost: { label: '工作岗位', kind: 'workPost', table: 'work-post', headers: ['工作岗位', '岗位', '工作岗位代码'] },
  nativePlace: { label: '籍贯', kind: 'text', headers: ['籍贯'] },
  workStartDate: { label: '参加工作时间', kind: 'date', headers: ['参加工作时间', '参加工作日期', '参加工作年月'] },
  mobile: {
    label: '手机号码',
    kind: 'digits',
    headers: ['手机', '手机号', '手机号码', '联系电话', '电话', '电话号码', '联系方式', '移动电话'],
  },
  landline: { label: '固定电话', kind: 'digits', headers: ['固定电话', '座机', '办公电话', '家庭电话'] },
  address: {
    label: '家庭住址',
    kind: 'text',
    headers: ['家庭住址', '家庭地址', '现居住地', '现居住地址', '居住地', '住址', '现住址', '通讯地址'],
  },
  groupCode: { label: '党小组', kind: 'group', headers: ['党小组', '所在党小组'] },
  partyPost: { label: '党内职务', kind: 'text', headers: ['党内职务', '支部职务'] },
  introducers: { label: '入党介绍人', kind: 'text', headers: ['入党介绍人', '介绍人'] },
  applicationDate: {
    label: '申请入党日期',
    kind: 'date',
    headers: ['申请入党日期', '申请入党时间', '入党申请日期', '入党申请时间', '递交入党申请书日期', '递交入党申请书时间'],
  },
  activistDate: {
    label: '确定积极分子日期',
    kind: 'date',
    headers: [
      '确定积极分子日期', '确定积极分子时间', '确定为积极分子日期', '确定入党积极分子日期', '确定为入党积极分子日期',
      '确定入党积极分子时间', '列为积极分子日期', '列为积极分子时间',
    ],
  },
  candidateDate: {
    label: '确定发展对象日期',
    kind: 'date',
    headers: ['确定发展对象日期', '确定发展对象时间', '确定为发展对象日期', '确定为发展对象时间', '列为发展对象日期'],
  },
  joinDate: {
    label: '入党日期',
    kind: 'date',
    headers: ['入党日期', '入党时间', '入党年月', '加入党组织日期', '加入党组织时间', '加入中国共产党日期', '接收预备党员日期'],
  },
  fullDate: {
    label: '转正日期',
    kind: 'date',
    headers: ['转正日期', '转正时间', '转正年月', '转为正式党员日期', '转为正式党员时间'],
  },
  standing: { label: '党籍状态', kind: 'standing', table: 'party-standing', headers: ['党籍状态'] },
  lostContact: { label: '是否失联', kind: 'bool', headers: ['是否失联', '是否失联党员', '是否为失联党员', '失联党员'] },
  lostContactDate: {
    label: '失去联系日期',
    kind: 'date',
    headers: ['失去联系日期', '失去联系时间', '失联日期', '失联时间'],
  },
  lostContactReason: {
    label: '失去联系情形',
    kind: 'code',
    table: 'lost-contact',
    headers: ['失去联系情形', '失联情形', '失联原因'],
  },
  mobileMember: { label: '是否流动', kind: 'bool', headers: ['是否流动', '是否流动党员', '是否为流动党员', '流动党员'] },
  mobileDestination: { label: '外出流向', kind: 'text', headers: ['外出流向', '流向', '流出地', '外出地点'] },
  notes: { label: '备注', kind: 'text', headers: ['备注', '说明'] },
} as const satisfies Record<ImportField, FieldSpec>;

export const IMPORT_FIELDS = Object.keys(FIELD_SPECS) as [ImportField, ...ImportField[]];

export function fieldSpec(field: ImportField): FieldSpec {
  return FIELD_SPECS[field];
}

/**
 * Columns that are recognisably part of a roster's header but fill no field: they count when
 * the header row is looked for, and are left out of the import. 原行号 and 问题 are the columns
 * our own error sheet adds, so a corrected error sheet can be imported again as it is.
 */
const KNOWN_UNUSED_HEADERS = [
  '序号', '编号', '所在党支部', '所在支部', '党支部', '所在党组织', '党组织名称', '党龄', '年龄', '政治面貌',
  '党员类型', '原行号', '问题',
];

/**
 * How a header cell is compared: full-width forms folded (NFKC), spaces and line breaks
 * removed ("姓  名", "入党\n日期"), required-field stars and a trailing colon or bracketed hint
 * dropped ("*姓名", "出生日期（年月日）", "姓名：").
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/^[*※]+/, '')
    .replace(/[:*※]+$/, '')
    .replace(/\([^()]*\)$/, '')
    .replace(/[:*※]+$/, '')
    .toLowerCase();
}

const HEADER_INDEX: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => FIELD_SPECS[field].headers.map((h) => [normaliseHeader(h), field] as const)),
);
const UNUSED_INDEX: ReadonlySet<string> = new Set(KNOWN_UNUSED_HEADERS.map(normaliseHeader));

export type HeaderMatch = { kind: 'field'; field: ImportField } | { kind: 'unused' } | { kind: 'unknown' };

export function matchHeader(text: string): HeaderMatch {
  const key = normaliseHeader(text);
  if (key === '') return { kind: 'unknown' };
  const field = HEADER_INDEX.get(key);
  if (field) return { kind: 'field', field };
  return UNUSED_INDEX.has(key) ? { kind: 'unused' } : { kind: 'unknown' };
}
