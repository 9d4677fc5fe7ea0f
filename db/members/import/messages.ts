/**
 * Every problem an import row can have, in the plain Chinese a branch secretary reads: the
 * codes from normaliseMember and insertMember, the schema's own complaints, and the ones the
 * import adds while reading cells. One table, so a wording is changed in one place.
 */
import type { z } from 'zod';
import type { FieldIssue } from '../../api/errors';
import { codeName } from '../../codes';
import { ID_MISMATCH_MESSAGES_ZH, ID_PROBLEM_MESSAGES_ZH, type IdProblem } from '../id-number';
import { FIELD_SPECS, IMPORT_FIELDS, type ImportField } from './fields';

type Params = Record<string, string | number>;

/** A problem (blocking) or a note (not blocking) about one row, before it is put into words. */
export interface RowIssue {
  field: ImportField | null;
  code: string;
  params?: Params;
}

type Wording = (label: string, p: Params, field: ImportField | null) => string;

const DATE_HINT = '请写成2020年3月5日或2020-03-05';

const ID_WORDING = Object.fromEntries(
  (Object.keys(ID_PROBLEM_MESSAGES_ZH) as IdProblem[]).map((problem): [string, Wording] => [
    `ID_${problem}`,
    // The EMPTY message already names the field; the others start with what is wrong.
    () => (problem === 'EMPTY' ? '' : '身份证号') + ID_PROBLEM_MESSAGES_ZH[problem],
  ]),
);

const WORDING: Record<string, Wording> = {
  ...ID_WORDING,
  ID_MISMATCH: (_label, p, field) =>
    field === 'gender'
      ? `${ID_MISMATCH_MESSAGES_ZH.gender}（身份证号显示为${codeName('gender', String(p.fromId)) ?? p.fromId}）`
      : `${ID_MISMATCH_MESSAGES_ZH.birthDate}（身份证号中为${p.fromId}）`,
  REQUIRED: (label, _p, field) =>
    field === 'gender'
      ? '没有填写性别：请填写性别，或填写身份证号'
      : field === 'lostContactDate'
        ? '标为失联党员，但没有填写失去联系日期'
        : `没有填写${label}`,
  UNKNOWN_CODE: (label, p) => `${label}代码'${p.value}'不在代码表中`,
  DATE_IN_FUTURE: (label) => `${label}晚于今天`,
  DATE_ORDER: (label, p) => `${label}早于${p.earlier}（${p.earlierDate}）`,
  PROBATION_TOO_SHORT: (_label, p) => `转正日期距入党日期不满一年：预备期为一年，最早${p.earliest}转正`,
  UNDER_18: () => '申请入党时未满18周岁（细则第五条）',
  DUPLICATE_ID_NUMBER: (_label, p) => `与现有党员 ${p.name}（${p.code}）身份证号重复`,
  DUPLICATE_IN_FILE: (_label, p) => `与第${p.row}行身份证号重复`,
  DUPLICATED_LATER: (_label, p) => `第${p.rows}行的身份证号与本行相同，那些行不会导入`,
  TOO_LONG: (label, p) => `${label}太长：最多${p.max}个字`,
  INVALID_VALUE: (label) => `${label}填写有误`,
  DATE_UNRECOGNISED: (label, p) => `${label}无法识别：'${p.value}'（${DATE_HINT}）`,
  DATE_MONTH_ONLY: (label) => `${label}只有年月，按该月1日记录`,
  CODE_UNRECOGNISED: (label, p) => `${label}无法识别：'${p.value}'，代码表中没有这一项`,
  GENDER_UNRECOGNISED: (_label, p) => `性别无法识别：'${p.value}'（应填“男”或“女”）`,
  BOOL_UNRECOGNISED: (label, p) => `${label}应填“是”或“否”，表中为'${p.value}'`,
  EXCEL_SCIENTIFIC: (label, p) =>
    `${label}被Excel当成了数字（显示为${p.value}），后几位已经丢失：请把这一列设为“文本”，重新录入完整号码后再导入`,
  GROUP_UNKNOWN: (_label, p) => `党小组'${p.value}'尚未在本支部设置，党小组未导入`,
  WORK_POST_TOO_LONG: (_label, p) => `工作岗位代码表尚未载入，'${p.value}'超过10个字，工作岗位未导入`,
};

export function describeIssue(issue: RowIssue): string {
  const label = issue.field ? FIELD_SPECS[issue.field].label : '';
  const wording = WORDING[issue.code] ?? WORDING.INVALID_VALUE!;
  return wording(label, issue.params ?? {}, issue.field);
}

function asField(key: unknown): ImportField | null {
  return typeof key === 'string' && (IMPORT_FIELDS as string[]).includes(key) ? (key as ImportField) : null;
}

/** A coded FieldIssue from normaliseMember or insertMember, addressed ['fields', field]. */
export function fromFieldIssue(issue: FieldIssue): RowIssue {
  return { field: asField(issue.path[1]), code: issue.code ?? 'INVALID_VALUE', ...(issue.params ? { params: issue.params } : {}) };
}

/** Schema complaints (too long, empty name) carry no code of their own; give them one. */
export function fromSchemaIssue(issue: z.core.$ZodIssue): RowIssue {
  const field = asField(issue.path[0]);
  if (issue.code === 'too_big') return { field, code: 'TOO_LONG', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small') return { field, code: 'REQUIRED' };
  return { field, code: 'INVALID_VALUE' };
}
