import { z } from 'zod';
import { isoDate } from '../api/schemas/members';
import { requiredText } from '../api/schemas/common';

export const COMMITTEE_POSTS = ['secretary', 'deputy-secretary', 'organisation', 'publicity', 'discipline', 'member'] as const;
export const COMMITTEE_POST_LABELS_ZH: Record<(typeof COMMITTEE_POSTS)[number], string> = {
  secretary: '书记',
  'deputy-secretary': '副书记',
  organisation: '组织委员',
  publicity: '宣传委员',
  discipline: '纪检委员',
  member: '委员',
};

export const groupInput = z
  .object({
    code: z.string().regex(/^[0-9A-Za-z-]{1,20}$/).optional(),
    name: requiredText(40),
    leaderCode: z.string().nullable().optional(),
    sortOrder: z.number().int().min(0).max(999).optional(),
  })
  .strict();

export const group = z.object({
  code: z.string(),
  name: z.string(),
  leaderCode: z.string().nullable(),
  leaderName: z.string().nullable(),
  memberCount: z.number().int(),
  sortOrder: z.number().int(),
});

export const termInput = z
  .object({
    termStart: isoDate,
    termYears: z.union([z.literal(3), z.literal(5)]),
    posts: z.array(z.object({ post: z.enum(COMMITTEE_POSTS), memberCode: z.string().min(1) })).max(9),
    notes: z.string().max(500).optional(),
  })
  .strict();

export const WARNING_CODES = [
  'TOO_FEW_FULL_MEMBERS',
  'COMMITTEE_REQUIRED',
  'TOO_MANY_MEMBERS',
  'COMMITTEE_SIZE',
  'NO_SECRETARY',
  'ELECTION_DUE',
  'ELECTION_OVERDUE',
] as const;

export const structureWarning = z.object({
  code: z.enum(WARNING_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const committee = z.object({
  term: z
    .object({ termStart: z.string(), termYears: z.number().int(), nextElection: z.string(), notes: z.string().nullable() })
    .nullable(),
  posts: z.array(z.object({ post: z.enum(COMMITTEE_POSTS), memberCode: z.string(), name: z.string() })),
  counts: z.object({ active: z.number().int(), full: z.number().int(), probationary: z.number().int() }),
  warnings: z.array(structureWarning),
});
