import { z } from 'zod';
import { EVENT_KINDS, EXPEL_DETAILS } from '../../members/event-kinds';
import { text } from './common';

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A calendar date as 'YYYY-MM-DD'. Loose forms (2020年3月5日 …) are parsed before they reach the API. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine(isRealDate, 'no such date');

const optionalDate = isoDate.nullable().optional();
const optionalText = (max = 200) => text(max).nullable().optional();

export const MEMBER_TYPES = ['probationary', 'full'] as const;
export const STANDINGS = ['normal', 'stopped'] as const;

/** The editable fields of a member record (DOMAIN.md §1.1–1.2). */
export const memberFields = z.object({
  name: text(40).pipe(z.string().min(1, 'name is required')),
  gender: z.enum(['1', '2']).optional(),
  ethnicity: z.string().regex(/^\d{2}$/).nullable().optional(),
  idNumber: optionalText(30),
  birthDate: optionalDate,
  education: optionalText(10),
  degree: optionalText(40),
  occupation: optionalText(10),
  workPost: optionalText(10),
  nativePlace: optionalText(60),
  workStartDate: optionalDate,
  mobile: optionalText(20),
  landline: optionalText(30),
  address: optionalText(200),
  groupCode: optionalText(40),
  partyPost: optionalText(40),
  introducers: optionalText(80),
  applicationDate: optionalDate,
  activistDate: optionalDate,
  candidateDate: optionalDate,
  joinDate: optionalDate,
  fullDate: optionalDate,
  partyAgeAdjustMonths: z.number().int().min(-1200).max(1200).optional(),
  standing: z.enum(STANDINGS).optional(),
  lostContact: z.boolean().optional(),
  lostContactDate: optionalDate,
  lostContactReason: z.string().regex(/^[1-7]$/).nullable().optional(),
  mobileMember: z.boolean().optional(),
  mobileDestination: optionalText(100),
  notes: optionalText(2000),
});
export type MemberFields = z.input<typeof memberFields>;

/** 增加方式: how the person came onto this branch's roster. */
export const additionInput = z.object({
  kind: z.enum(['import', 'develop', 'transfer-in', 'restore']),
  date: isoDate,
  /** e.g. the 介绍信 number and the organisation it came from, for 转入. */
  letterNumber: optionalText(40),
  fromOrg: optionalText(100),
});

export const memberCreateInput = z.object({ fields: memberFields, addition: additionInput }).strict();
export const memberUpdateInput = z
  .object({ code: z.string().min(1), version: z.number().int().min(1), fields: memberFields, reason: optionalText(200) })
  .strict();

export const member = z.object({
  code: z.string(),
  orgCode: z.string(),
  name: z.string(),
  gender: z.string(),
  ethnicity: z.string().nullable(),
  idNumber: z.string().nullable(),
  birthDate: z.string().nullable(),
  education: z.string().nullable(),
  degree: z.string().nullable(),
  occupation: z.string().nullable(),
  workPost: z.string().nullable(),
  nativePlace: z.string().nullable(),
  workStartDate: z.string().nullable(),
  mobile: z.string().nullable(),
  landline: z.string().nullable(),
  address: z.string().nullable(),
  groupCode: z.string().nullable(),
  partyPost: z.string().nullable(),
  introducers: z.string().nullable(),
  applicationDate: z.string().nullable(),
  activistDate: z.string().nullable(),
  candidateDate: z.string().nullable(),
  joinDate: z.string().nullable(),
  fullDate: z.string().nullable(),
  partyAgeAdjustMonths: z.number().int(),
  standing: z.string(),
  lostContact: z.boolean(),
  lostContactDate: z.string().nullable(),
  lostContactReason: z.string().nullable(),
  mobileMember: z.boolean(),
  mobileDestination: z.string().nullable(),
  notes: z.string().nullable(),
  membership: z.enum(['active', 'left']),
  memberType: z.enum(MEMBER_TYPES),
  leftKind: z.string().nullable(),
  leftDate: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof member>;

export const memberEventInput = z
  .object({
    code: z.string().min(1),
    kind: z.enum(EVENT_KINDS),
    date: isoDate,
    detail: z.enum(EXPEL_DETAILS).nullable().optional(),
    note: optionalText(500),
    letterNumber: optionalText(40),
    org: optionalText(100),
  })
  .strict();

export const memberEvent = z.object({
  id: z.number().int(),
  memberCode: z.string(),
  kind: z.enum(EVENT_KINDS),
  detail: z.string().nullable(),
  date: z.string(),
  data: z.record(z.string(), z.unknown()).nullable(),
  cancelled: z.boolean(),
  /** Why a cancelled event was cancelled (from the audit row of the cancellation). */
  cancelReason: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type MemberEvent = z.infer<typeof memberEvent>;
