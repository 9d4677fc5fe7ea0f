import ExcelJS from 'exceljs';
import { codeName } from '../codes';
import type { Branch } from '../api/schemas/store';
import { formatChineseDate } from './chinese-dates';
import { partyAge } from './roster';

/** The member columns export needs, as the store keeps them. */
export interface ExportMember {
  code: string;
  name: string;
  gender: string;
  ethnicity: string | null;
  idNumber: string | null;
  birthDate: string | null;
  education: string | null;
  occupation: string | null;
  workPost: string | null;
  groupCode: string | null;
  partyPost: string | null;
  joinDate: string | null;
  fullDate: string | null;
  partyAgeAdjustMonths: number;
  memberType: string;
  mobile: string | null;
  landline: string | null;
  address: string | null;
  standing: string;
  lostContact: boolean;
  lostContactDate: string | null;
  mobileMember: boolean;
  mobileDestination: string | null;
  notes: string | null;
}

export const EXPORT_LAYOUTS = ['roster', 'collection-form'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

interface Column {
  header: string;
  width: number;
  value: (m: ExportMember, i: number, ctx: { branch: Branch; asOf: string }) => string | number;
}

const yesNo = (b: boolean) => (b ? '是' : '否');
const standingName = (s: string) => (s === 'stopped' ? '停止党籍' : '正常');
const orEmpty = (s: string | null | undefined) => s ?? '';

const COMMON = {
  seq: { header: '序号', width: 6, value: (_m, i) => i + 1 },
  name: { header: '姓名', width: 10, value: (m) => m.name },
  gender: { header: '性别', width: 6, value: (m) => codeName('gender', m.gender) ?? m.gender },
  ethnicity: { header: '民族', width: 8, value: (m) => (m.ethnicity ? codeName('ethnicity', m.ethnicity) ?? m.ethnicity : '') },
  idNumber: { header: '公民身份号码', width: 21, value: (m) => orEmpty(m.idNumber) },
  birthDate: { header: '出生日期', width: 12, value: (m) => orEmpty(m.birthDate) },
  education: { header: '学历', width: 10, value: (m) => (m.education ? codeName('education', m.education) ?? m.education : '') },
  occupation: { header: '人员类别', width: 14, value: (m) => (m.occupation ? codeName('occupation', m.occupation) ?? m.occupation : '') },
  branch: { header: '所在党支部', width: 24, value: (_m, _i, c) => c.branch.name },
  joinDate: { header: '加入党组织日期', width: 13, value: (m) => orEmpty(m.joinDate) },
  fullDate: { header: '转为正式党员日期', width: 13, value: (m) => orEmpty(m.fullDate) },
  mobile: { header: '手机号码', width: 13, value: (m) => orEmpty(m.mobile) },
  landline: { header: '固定电话', width: 14, value: (m) => orEmpty(m.landline) },
  address: { header: '家庭住址', width: 28, value: (m) => orEmpty(m.address) },
  standing: { header: '党籍状态', width: 9, value: (m) => standingName(m.standing) },
  lost: { header: '是否为失联党员', width: 8, value: (m) => yesNo(m.lostContact) },
  lostDate: { header: '失去联系日期', width: 12, value: (m) => orEmpty(m.lostContactDate?.slice(0, 7)) },
  flowing: { header: '是否为流动党员', width: 8, value: (m) => yesNo(m.mobileMember) },
  flowTo: { header: '外出流向', width: 16, value: (m) => orEmpty(m.mobileDestination) },
  notes: { header: '备注', width: 20, value: (m) => orEmpty(m.notes) },
} satisfies Record<string, Column>;

/** The branch's everyday roster. */
const ROSTER: Column[] = [
  COMMON.seq,
  COMMON.name,
  COMMON.gender,
  COMMON.ethnicity,
  COMMON.idNumber,
  COMMON.birthDate,
  COMMON.education,
  COMMON.occupation,
  { header: '党小组', width: 10, value: (m) => orEmpty(m.groupCode) },
  { header: '党内职务', width: 10, value: (m) => orEmpty(m.partyPost) },
  { header: '类别', width: 8, value: (m) => (m.memberType === 'full' ? '正式党员' : '预备党员') },
  { header: '入党日期', width: 12, value: (m) => orEmpty(m.joinDate) },
  { header: '转正日期', width: 12, value: (m) => orEmpty(m.fullDate) },
  {
    header: '党龄',
    width: 7,
    value: (m, _i, c) => {
      const age = partyAge(m.fullDate, m.partyAgeAdjustMonths, c.asOf);
      return age ? age.years : '';
    },
  },
  COMMON.mobile,
  COMMON.address,
  COMMON.standing,
  COMMON.notes,
];

/** The column order of the national 党员基本信息采集表 (DOMAIN.md §1.1), for sheets that go up the line. */
const COLLECTION_FORM: Column[] = [
  COMMON.seq,
  COMMON.name,
  COMMON.branch,
  COMMON.idNumber,
  COMMON.gender,
  COMMON.ethnicity,
  COMMON.birthDate,
  COMMON.education,
  COMMON.occupation,
  COMMON.joinDate,
  COMMON.fullDate,
  { header: '工作岗位', width: 10, value: (m) => orEmpty(m.workPost) },
  COMMON.mobile,
  COMMON.landline,
  COMMON.address,
  COMMON.standing,
  COMMON.lost,
  COMMON.lostDate,
  COMMON.flowing,
  COMMON.flowTo,
  COMMON.notes,
];

const LAYOUTS: Record<ExportLayout, { title: string; columns: Column[] }> = {
  roster: { title: '党员名册', columns: ROSTER },
  'collection-form': { title: '党员基本信息采集表', columns: COLLECTION_FORM },
};

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A workbook that prints as it is: title and date above, bold frozen header, borders,
 * A4 landscape fitted to the page width, page numbers in the footer, ID numbers as text
 * (so Excel never turns them into 1.10105E+17).
 */
export async function membersWorkbook(layout: ExportLayout, branch: Branch, rows: ExportMember[], asOf: string): Promise<Buffer> {
  const spec = LAYOUTS[layout];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BranchDesk 支部工作台';
  const ws = wb.addWorksheet(spec.title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    headerFooter: { oddFooter: `&C第 &P 页，共 &N 页` },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  const lastCol = spec.columns.length;
  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).value = `${branch.name}${spec.title}`;
  ws.getCell(1, 1).font = { size: 16, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(2, 1).value = `组织编码：${branch.code}\u3000\u3000截至：${formatChineseDate(asOf)}\u3000\u3000共 ${rows.length} 人`;
  ws.getCell(2, 1).alignment = { horizontal: 'right' };
  const header = ws.getRow(3);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    ws.getColumn(i + 1).width = c.width;
  });
  ws.pageSetup.printTitlesRow = '3:3';
  rows.forEach((m, r) => {
    const row = ws.getRow(4 + r);
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value(m, r, { branch, asOf });
      cell.border = BORDER;
      if (typeof cell.value === 'string') cell.numFmt = '@';
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
