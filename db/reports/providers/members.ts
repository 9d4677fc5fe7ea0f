/**
 * 党员数 and its breakdowns, as the roster stood at the end of a day. Who is on the roster and
 * whether they are full members come from the events (rosterAt); the personal attributes
 * (gender, 民族, birth date, 学历, 人员类别, join date) are the member record's current values,
 * because the record keeps no history of them. A corrected 学历 therefore changes past
 * figures when they are recomputed; submitted versions keep what was reported.
 */
import { isValidCode, loadCodeTable } from '../../codes';
import { rosterAt } from '../../members/roster';
import type { Store } from '../../store/store';
import { statement } from '../../util/statements';
import {
  AGE_BANDS,
  COLLEGE_OR_ABOVE,
  EDUCATION_GROUPS,
  ETHNICITY_BUCKETS,
  GENDER_BUCKETS,
  JOIN_BANDS,
  ageBand,
  educationGroup,
  ethnicityBucket,
  genderBucket,
  joinBand,
} from '../bands';
import { breakdown, count, type Bucket, type Figures, type SectionProvider } from '../figures';
import { previousPeriod } from '../periods';

export interface RosterPerson {
  code: string;
  name: string;
  memberType: 'probationary' | 'full';
  gender: string | null;
  ethnicity: string | null;
  birthDate: string | null;
  education: string | null;
  occupation: string | null;
  joinDate: string | null;
  idNumber: string | null;
}

type Details = Omit<RosterPerson, 'name' | 'memberType'>;

export function memberDetails(store: Store): Map<string, Details> {
  const rows = statement(
    store.sqlite,
    `SELECT code, gender, ethnicity, birth_date AS birthDate, education, occupation, join_date AS joinDate, id_number AS idNumber FROM members`,
  ).all() as Details[];
  return new Map(rows.map((r) => [r.code, r]));
}

/** The roster at the end of `date` with the attributes the breakdowns need. */
export function rosterDetails(store: Store, date: string): RosterPerson[] {
  const details = memberDetails(store);
  return rosterAt(store.sqlite, date).map((r) => ({ ...details.get(r.code)!, ...r }));
}

const unknown = (label: string): Bucket => ({ key: 'unknown', label });

/** The breakdowns whose buckets must add up to members.total (checked by validation), with the field each reads. */
export const BREAKDOWNS = [
  { key: 'byGender', dimension: '性别', field: '性别' },
  { key: 'byEthnicity', dimension: '民族', field: '民族' },
  { key: 'byAge', dimension: '年龄', field: '出生日期' },
  { key: 'byEducation', dimension: '学历', field: '学历' },
  { key: 'byOccupation', dimension: '人员类别', field: '人员类别' },
  { key: 'byJoinPeriod', dimension: '入党时间', field: '入党日期' },
] as const;

function occupationBuckets(): Bucket[] {
  return [...loadCodeTable('occupation').entries.map((e) => ({ key: e.code, label: e.name })), unknown('人员类别未填')];
}

export function occupationBucket(code: string | null): string | null {
  if (!code) return 'unknown';
  return isValidCode('occupation', code) ? code : null;
}

/** Every members.* figure for the roster at the end of `date`; `prefix` namespaces them ('previous.'). */
export function memberFigures(store: Store, date: string, prefix = ''): Figures {
  const people = rosterDetails(store, date);
  const p = `${prefix}members`;
  const groups = {
    ...breakdown(`${p}.byGender`, people, GENDER_BUCKETS, (m) => genderBucket(m.gender)),
    ...breakdown(`${p}.byEthnicity`, people, ETHNICITY_BUCKETS, (m) => ethnicityBucket(m.ethnicity)),
    ...breakdown(`${p}.byAge`, people, [...AGE_BANDS, unknown('出生日期未填')], (m) => ageBand(m.birthDate, date)),
    ...breakdown(`${p}.byEducation`, people, [...EDUCATION_GROUPS, unknown('学历未填')], (m) => educationGroup(m.education)),
    ...breakdown(`${p}.byOccupation`, people, occupationBuckets(), (m) => occupationBucket(m.occupation)),
    ...breakdown(`${p}.byJoinPeriod`, people, [...JOIN_BANDS, unknown('入党日期未填')], (m) => joinBand(m.joinDate, date)),
  };
  const collegeOrAbove = people.filter((m) => COLLEGE_OR_ABOVE.has(educationGroup(m.education) ?? ''));
  return {
    [`${p}.total`]: count('党员总数', people),
    [`${p}.full`]: count('正式党员', people.filter((m) => m.memberType === 'full')),
    [`${p}.probationary`]: count('预备党员', people.filter((m) => m.memberType === 'probationary')),
    ...groups,
    [`${p}.collegeOrAbove`]: count('大专及以上学历', collegeOrAbove),
  };
}

/** The roster at the period's end. */
export const membersSection: SectionProvider = {
  section: 'members',
  figures: (store, period) => memberFigures(store, period.end),
};

/**
 * The roster at the end of the previous period of the same kind (期初): as it was reported,
 * when that period was submitted, else recomputed. Reconciliation compares against it, so a
 * back-dated change that silently moved a submitted figure is caught.
 */
export const previousSection: SectionProvider = {
  section: 'previous',
  figures: (store, period) => {
    const prev = previousPeriod(period);
    const stored = statement(store.sqlite, 'SELECT figures FROM report_versions WHERE period = ? ORDER BY version DESC LIMIT 1', { pluck: true }).get(prev.id) as
      | string
      | undefined;
    if (!stored) return memberFigures(store, prev.end, 'previous.');
    const reported = JSON.parse(stored) as Figures;
    return Object.fromEntries(Object.entries(reported).filter(([k]) => k.startsWith('members.')).map(([k, f]) => [`previous.${k}`, f]));
  },
};
