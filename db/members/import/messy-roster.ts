/**
 * The roster the import tests run against: a real secretary's sheet with every usual mess
 * (title and 填报 rows, a two-line header with odd spacing, dates in many hands, a section
 * title, a footer with instructions) and one row for each problem the preview must catch.
 * Test support only.
 */
import { ID_PROBLEM_MESSAGES_ZH } from '../id-number';
import { makeId } from '../test-people';
import { day, idEndingInX, oldId, withBadChecksum, xlsxFile } from './test-files';

export const IDS = {
  zhang: makeId('1985-07-15', '1', 1),
  li: idEndingInX('1990-03-05', '2'),
  wang: oldId('1965-03-02', '123'),
  zhao: withBadChecksum(makeId('1970-01-01', '1', 2)),
  /** Already on file when the tests preview: planted as 单晓红. */
  sun: makeId('1980-05-05', '2', 3),
  zhou: makeId('1988-08-08', '1', 4),
  wu: makeId('1975-02-02', '1', 5),
  zheng: makeId('1992-09-09', '2', 6),
  feng: makeId('1993-10-10', '1', 7),
  chu: makeId('1995-11-11', '2', 8),
};

export const HEADER = [
  '序号', '姓  名', '性　别', '民 族', '公民身份\n号码', '出生年月', '文化程度', '人员类别', '入党时间：', '转为正式党员日期',
  '手机号码', '党内职务', '备注',
];

const rows: unknown[][] = [
  ['第一党支部党员名册'],
  ['填报单位：示范单位第一支部', '', '', '', '', '', '', '', '', '填报日期：2024年6月1日'],
  [],
  HEADER,
  [1, '张  三', '男', '汉族', IDS.zhang, '1985年7月', '本科', '专业技术人员', day('2010-06-30'), '2011年6月30日', 13800138000, '支部书记'],
  [2, '李四', '女', '汉', IDS.li.toLowerCase(), '1990.3.5', '大专', '管理人员', '2012.7.1', '2013.7.1', '13900139000', '组织委员'],
  [3, '王五', '男', '汉族', IDS.wang, '', '高中', '工人', '二〇〇〇年七月一日', '2001/7/1'],
  [4, '赵六', '男', '汉族', IDS.zhao, '', '本科', '', '2005-07-01', '2006-07-01'],
  [5, '钱七', '女', '汉族', IDS.li, '', '本科', '', '2012-07-01', '2013-07-01'],
  [6, '孙八', '女', '汉族', IDS.sun, '', '本科', '', '2008-07-01', '2009-07-01'],
  [7, '周九', '男', '汉族', IDS.zhou, '', '本科', '', '2015-07-01', '2014-07-01'],
  [8, '吴十', '男', '汉人', IDS.wu, '', '本科', '', day('2010-07-01'), '2011-07-01'],
  [9, '郑十一', '女', '汉族', IDS.zheng, '', '本科', '', '2020年13月', ''],
  // 20180701 typed into a General cell; 43647 is the serial of 2019-07-01 in a General cell.
  [10, '冯十二', '男', '汉族', IDS.feng, '', '本科', '', 20180701, 43647],
  [11, '陈十三', '女', '汉族', 110105198507010000, '', '本科', '', '2010-07-01', '2011-07-01'],
  [],
  ['第二党小组'],
  [12, '褚十四', '女', '汉族', IDS.chu, '', '硕士', '学生', '２０１６－０７－０１', '2017年07月01号'],
  [13, '卫十五', '女', '汉族', '', '1980-01-01', '', '离退休人员', '2005年7月', '2006-07-01', '', '', '老党员'],
  [],
  ['制表人：张三　　审核人：李四'],
  ['填表说明：1. 日期请按“2020年3月5日”格式填写'],
  ['2. 身份证号请设为文本格式'],
];

export function messyRoster(): Promise<Buffer> {
  return xlsxFile(
    { name: '填表说明', rows: [['本表用于登记党员基本信息，请勿修改表头。']] },
    { name: '党员名册', rows, merges: ['A1:M1', 'A21:M21'], formats: { I5: 'yyyy"年"m"月"d"日"' } },
  );
}

export const EXPECTED_IMPORT = [5, 6, 7, 14, 18, 19];

/** Each skipped row with its reasons, word for word. */
export const EXPECTED_SKIP: Record<number, string[]> = {
  8: [`身份证号${ID_PROBLEM_MESSAGES_ZH.BAD_CHECKSUM}`],
  9: ['与第6行身份证号重复'],
  10: ['与现有党员 单晓红（ZB-0001-00001）身份证号重复'],
  11: ['转正日期早于入党日期（2015-07-01）'],
  12: ["民族无法识别：'汉人'，代码表中没有这一项"],
  13: ["入党日期无法识别：'2020年13月'（请写成2020年3月5日或2020-03-05）"],
  15: ['身份证号被Excel当成了数字（显示为1.10105E+17），后几位已经丢失：请把这一列设为“文本”，重新录入完整号码后再导入'],
};

export const EXPECTED_WARNINGS: Record<number, string[]> = {
  6: ['第9行的身份证号与本行相同，那些行不会导入'],
  19: ['入党日期只有年月，按该月1日记录'],
};
