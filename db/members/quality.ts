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
  const rows = db.prepare("SELECT * FROM members WHERE membership = 'active' ORDER BY code").all() as Row[];
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
