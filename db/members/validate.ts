import type { MemberFields } from '../api/schemas/members';
import { memberFields } from '../api/schemas/members';
import type { FieldIssue } from '../api/errors';
import { isValidCode, type CodeTableName } from '../codes';
import { ageOn, compareDates, addMonthsClamped } from './chinese-dates';
import { crossCheckId, parseIdNumber } from './id-number';

export type ParsedMemberFields = ReturnType<typeof memberFields.parse>;

export interface NormalisedMember extends ParsedMemberFields {
  gender: '1' | '2';
  idNumber: string | null;
  birthDate: string | null;
}

/** The development dates in the order the procedure requires (DOMAIN.md §2). */
const DATE_ORDER: [keyof ParsedMemberFields, string][] = [
  ['birthDate', '出生日期'],
  ['applicationDate', '申请入党日期'],
  ['activistDate', '确定积极分子日期'],
  ['candidateDate', '确定发展对象日期'],
  ['joinDate', '入党日期'],
  ['fullDate', '转正日期'],
];

function issue(field: string, code: string, message: string, params?: Record<string, string | number>): FieldIssue {
  return { path: ['fields', field], code, message, ...(params ? { params } : {}) };
}

/**
 * Normalises and checks one member's fields, the same way for the form and for every row
 * of an import: ID number (checksum, birth date and gender derived and cross-checked),
 * codes against the code tables, and the dates in the order the procedure requires.
 * Returns every problem at once, so a form or a preview can show them all.
 */
export function normaliseMember(
  raw: MemberFields,
  today: string,
): { ok: true; value: NormalisedMember } | { ok: false; issues: FieldIssue[] } {
  const parsed = memberFields.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: ['fields', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: i.message,
      })),
    };
  }
  const f = parsed.data;
  const issues: FieldIssue[] = [];
  let idNumber: string | null = null;
  let birthDate = f.birthDate ?? null;
  let gender = f.gender;

  if (f.idNumber) {
    const id = parseIdNumber(f.idNumber, { today });
    if (!id.ok) {
      issues.push(issue('idNumber', `ID_${id.reason}`, `ID number: ${id.reason}`));
    } else {
      idNumber = id.value.id18;
      for (const m of crossCheckId(id.value, { birthDate: birthDate ?? undefined, gender })) {
        issues.push(issue(m === 'birthDate' ? 'birthDate' : 'gender', 'ID_MISMATCH', `${m} differs from the ID number`, {
          fromId: m === 'birthDate' ? id.value.birthDate : id.value.gender,
        }));
      }
      birthDate ??= id.value.birthDate;
      gender ??= id.value.gender;
    }
  }
  if (!gender) issues.push(issue('gender', 'REQUIRED', 'gender is required (or give the ID number)'));

  const codeChecks: [keyof ParsedMemberFields, CodeTableName][] = [
    ['ethnicity', 'ethnicity'],
    ['education', 'education'],
    ['occupation', 'occupation'],
    ['lostContactReason', 'lost-contact'],
  ];
  for (const [field, table] of codeChecks) {
    const value = f[field];
    if (typeof value === 'string' && value && !isValidCode(table, value)) {
      issues.push(issue(field, 'UNKNOWN_CODE', `${String(value)} is not in the ${table} table`, { value }));
    }
  }

  const dates = { ...f, birthDate };
  let previous: [string, string, string] | undefined;
  for (const [field, label] of DATE_ORDER) {
    const value = dates[field];
    if (typeof value !== 'string' || !value) continue;
    if (compareDates(value, today) > 0) issues.push(issue(field, 'DATE_IN_FUTURE', `${label} is in the future`));
    if (previous && compareDates(value, previous[1]) < 0) {
      issues.push(issue(field, 'DATE_ORDER', `${label} is before ${previous[2]}`, { earlier: previous[2], earlierDate: previous[1] }));
    }
    previous = [field, value, label];
  }
  if (f.joinDate && f.fullDate && compareDates(f.fullDate, f.joinDate) >= 0) {
    // 预备期 is one year from the 支部大会 date (党章第七条); 转正 cannot come earlier.
    const earliest = addMonthsClamped(f.joinDate, 12);
    if (compareDates(f.fullDate, earliest) < 0) {
      issues.push(issue('fullDate', 'PROBATION_TOO_SHORT', 'full membership less than a year after joining', { earliest }));
    }
  }
  if (birthDate && f.applicationDate && ageOn(birthDate, f.applicationDate) < 18) {
    issues.push(issue('applicationDate', 'UNDER_18', 'applicants must be 18 or older (细则第五条)'));
  }
  if (f.lostContact && !f.lostContactDate) {
    issues.push(issue('lostContactDate', 'REQUIRED', 'the date contact was lost is required'));
  }

  if (issues.length > 0 || !gender) return { ok: false, issues };
  return { ok: true, value: { ...f, gender, idNumber, birthDate } };
}
