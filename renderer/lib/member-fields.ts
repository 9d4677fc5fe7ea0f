import type { MemberAddition, MemberFields, MemberRecord } from '../api/types';
import type { CodeTableName } from '../data/codes';
import type { AdditionKind } from '../data/enums';
import type { MessageKey } from '../i18n/zh-CN';
import type { FieldSpec } from './field-errors';

export type MemberFieldName = keyof MemberFields;
export type MemberSection = 'basic' | 'party' | 'contact' | 'other';
export type MemberFieldKind = 'name' | 'text' | 'idNumber' | 'date' | 'code' | 'gender' | 'group' | 'standing' | 'bool' | 'months' | 'longText';

export interface MemberFieldSpec extends FieldSpec {
  name: MemberFieldName;
  labelKey: `member.field.${MemberFieldName}`;
  section: MemberSection;
  kind: MemberFieldKind;
  table?: CodeTableName;
  /** Shown with an asterisk; the backend decides what is really missing. */
  required?: boolean;
  /** Takes a whole row (addresses, notes). */
  wide?: boolean;
}

type Shape = Omit<MemberFieldSpec, 'name' | 'labelKey' | 'choice'>;

/**
 * Every field of the contract's memberFields, in screen (and tab) order. A Record, so that a
 * field added to the contract fails to compile here until it has a place on the form.
 * Maxima mirror db/api/schemas/members.ts.
 */
const SHAPES: Record<MemberFieldName, Shape> = {
  name: { section: 'basic', kind: 'name', max: 40, required: true },
  idNumber: { section: 'basic', kind: 'idNumber', max: 30 },
  gender: { section: 'basic', kind: 'gender', required: true },
  birthDate: { section: 'basic', kind: 'date' },
  ethnicity: { section: 'basic', kind: 'code', table: 'ethnicity' },
  nativePlace: { section: 'basic', kind: 'text', max: 60 },
  education: { section: 'basic', kind: 'code', table: 'education' },
  degree: { section: 'basic', kind: 'text', max: 40 },
  occupation: { section: 'basic', kind: 'code', table: 'occupation' },
  workPost: { section: 'basic', kind: 'text', max: 10 },
  workStartDate: { section: 'basic', kind: 'date' },
  groupCode: { section: 'party', kind: 'group' },
  partyPost: { section: 'party', kind: 'text', max: 40 },
  applicationDate: { section: 'party', kind: 'date' },
  activistDate: { section: 'party', kind: 'date' },
  candidateDate: { section: 'party', kind: 'date' },
  joinDate: { section: 'party', kind: 'date' },
  fullDate: { section: 'party', kind: 'date' },
  introducers: { section: 'party', kind: 'text', max: 80 },
  standing: { section: 'party', kind: 'standing' },
  partyAgeAdjustMonths: { section: 'party', kind: 'months' },
  mobile: { section: 'contact', kind: 'text', max: 20 },
  landline: { section: 'contact', kind: 'text', max: 30 },
  address: { section: 'contact', kind: 'text', max: 200, wide: true },
  lostContact: { section: 'other', kind: 'bool' },
  lostContactDate: { section: 'other', kind: 'date' },
  lostContactReason: { section: 'other', kind: 'code', table: 'lost-contact' },
  mobileMember: { section: 'other', kind: 'bool' },
  mobileDestination: { section: 'other', kind: 'text', max: 100 },
  notes: { section: 'other', kind: 'longText', max: 2000, wide: true },
};

const CHOICE_KINDS: ReadonlySet<MemberFieldKind> = new Set(['code', 'gender', 'group', 'standing', 'date']);

export const MEMBER_FIELDS: readonly MemberFieldSpec[] = (Object.keys(SHAPES) as MemberFieldName[]).map((name) => ({
  name,
  labelKey: `member.field.${name}` as const,
  ...SHAPES[name],
  choice: CHOICE_KINDS.has(SHAPES[name].kind),
}));

export const MEMBER_SECTIONS: readonly MemberSection[] = ['basic', 'party', 'contact', 'other'];

export function isMemberField(name: string): name is MemberFieldName {
  return Object.prototype.hasOwnProperty.call(SHAPES, name);
}

/** The label key of a field named by the backend (quality problems, issues), or null for one we do not know. */
export function memberFieldLabelKey(name: string): MessageKey | null {
  return isMemberField(name) ? (`member.field.${name}` as const) : null;
}

/**
 * DATE_ORDER names the earlier field by its Chinese label (db/members/validate.ts); this maps
 * those labels back to fields so the message can be shown in the user's language.
 */
const BACKEND_DATE_LABELS: Readonly<Record<string, MemberFieldName>> = {
  出生日期: 'birthDate',
  申请入党日期: 'applicationDate',
  确定积极分子日期: 'activistDate',
  确定发展对象日期: 'candidateDate',
  入党日期: 'joinDate',
  转正日期: 'fullDate',
};

export function fieldForBackendLabel(label: string): MemberFieldName | undefined {
  return BACKEND_DATE_LABELS[label];
}

/** What the member form holds: text and ISO dates as strings, flags as booleans; anything may be blank. */
export type MemberDraft = Partial<Record<MemberFieldName, string | number | boolean | null>>;

export interface AdditionDraft {
  kind?: AdditionKind;
  date?: string | null;
  letterNumber?: string | null;
  fromOrg?: string | null;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The draft as the contract's fields. Blank optional fields travel as null (which clears them
 * on an edit); a blank name travels as '' so that the backend reports it under the field.
 */
export function draftToFields(draft: MemberDraft): MemberFields {
  const gender = draft.gender === '1' || draft.gender === '2' ? draft.gender : undefined;
  const standing = draft.standing === 'normal' || draft.standing === 'stopped' ? draft.standing : undefined;
  const months = typeof draft.partyAgeAdjustMonths === 'number' ? draft.partyAgeAdjustMonths : undefined;
  const out: MemberFields = {
    name: typeof draft.name === 'string' ? draft.name.trim() : '',
    lostContact: draft.lostContact === true,
    mobileMember: draft.mobileMember === true,
    ...(gender ? { gender } : {}),
    ...(standing ? { standing } : {}),
    ...(months !== undefined ? { partyAgeAdjustMonths: months } : {}),
  };
  for (const spec of MEMBER_FIELDS) {
    if (['name', 'gender', 'standing', 'bool', 'months'].includes(spec.kind)) continue;
    (out as Record<string, unknown>)[spec.name] = text(draft[spec.name]);
  }
  return out;
}

/** A saved member as the form's starting values. */
export function memberToDraft(member: MemberRecord): MemberDraft {
  const draft: MemberDraft = {};
  for (const spec of MEMBER_FIELDS) {
    const value = member[spec.name];
    if (value !== null && value !== undefined) draft[spec.name] = value;
  }
  return draft;
}

/** 增加方式 as the contract's input; a blank date travels as '' for the backend to report. */
export function draftToAddition(draft: AdditionDraft): MemberAddition {
  return {
    kind: draft.kind ?? 'import',
    date: text(draft.date) ?? '',
    letterNumber: text(draft.letterNumber),
    fromOrg: text(draft.fromOrg),
  };
}

export const ADDITION_FIELDS: readonly FieldSpec[] = [
  { name: 'kind', labelKey: 'member.addition.kind', choice: true },
  { name: 'date', labelKey: 'member.addition.date', choice: true },
  { name: 'letterNumber', labelKey: 'member.addition.letterNumber', max: 40 },
  { name: 'fromOrg', labelKey: 'member.addition.fromOrg', max: 100 },
];
