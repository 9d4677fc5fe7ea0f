import type Database from 'better-sqlite3';
import type { MemberFields } from '../api/schemas/members';
import { normaliseMember } from './validate';

/**
 * Fields the national 采集表 needs for every member (DOMAIN.md §1.1: "every box must be
 * filled"). A missing one is not an error the app refuses, because old rosters are
 * incomplete; it is listed here so the secretary can complete it.
 */
export const REQUIRED_FOR_COLLECTION = [
  'idNumber',
  'birthDate',
  'ethnicity',
  'education',
  'occupation',
  'joinDate',
  'mobile',
  'address',
] as const;

export interface QualityProblem {
  code: string;
  name: string;
  kind: 'missing' | 'inconsistent';
  field: string;
  problem: string;
  params?: Record<string, string | number>;
}

interface Row extends Record<string, unknown> {
  code: string;
  name: string;
  member_type: string;
  full_date: string | null;
}

const COLUMN: Record<string, string> = {
  idNumber: 'id_number',
  birthDate: 'birth_date',
  ethnicity: 'ethnicity',
  education: 'education',
  occupation: 'occupation',
  joinDate: 'join_date',
  mobile: 'mobile',
  address: 'address',
};

const QUALITY_COLUMNS = [
  'code',
  'name',
  'member_type',
  'gender',
  'application_date',
  'activist_date',
  'candidate_date',
  'full_date',
  'lost_contact',
  'lost_contact_date',
  'lost_contact_reason',
  ...Object.values(COLUMN),
].join(', ');

function fieldsOf(r: Row): MemberFields {
  const v = (c: string) => (r[c] as string | null) ?? null;
  return {
    name: r.name,
    gender: (v('gender') as '1' | '2' | null) ?? undefined,
    ethnicity: v('ethnicity'),
    idNumber: v('id_number'),
    birthDate: v('birth_date'),
    education: v('education'),
    occupation: v('occupation'),
    applicationDate: v('application_date'),
    activistDate: v('activist_date'),
    candidateDate: v('candidate_date'),
    joinDate: v('join_date'),
    fullDate: v('full_date'),
    lostContact: r.lost_contact === 1,
    lostContactDate: v('lost_contact_date'),
    lostContactReason: v('lost_contact_reason'),
  };
}

/** Every active member's missing 采集表 fields and dates that no longer pass the rules. */
export function qualityProblems(db: Database.Database, today: string): QualityProblem[] {
  // Only the columns the checks read, one row at a time: at 200,000 members, turning every
  // column of every row into JavaScript values, all held at once, cost more than the checks.
  const rows = db.prepare(`SELECT ${QUALITY_COLUMNS} FROM members WHERE membership = 'active' ORDER BY code`).iterate() as Iterable<Row>;
  const out: QualityProblem[] = [];
  for (const r of rows) {
    for (const field of REQUIRED_FOR_COLLECTION) {
      const value = r[COLUMN[field]!];
      if (value === null || value === '') out.push({ code: r.code, name: r.name, kind: 'missing', field, problem: 'MISSING' });
    }
    if (r.member_type === 'full' && !r.full_date) out.push({ code: r.code, name: r.name, kind: 'missing', field: 'fullDate', problem: 'MISSING' });
    const checked = normaliseMember(fieldsOf(r), today);
    if (!checked.ok) {
      for (const issue of checked.issues) {
        out.push({
          code: r.code,
          name: r.name,
          kind: 'inconsistent',
          field: String(issue.path.at(-1)),
          problem: issue.code ?? 'INVALID',
          ...(issue.params ? { params: issue.params } : {}),
        });
      }
    }
  }
  return out;
}
