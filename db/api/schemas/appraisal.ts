import { z } from 'zod';
import { text } from './common';
import { isoDate } from './members';

/** 民主评议党员 grades (DOMAIN.md §7): 优秀 / 合格 / 基本合格 / 不合格. */
export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
export type Grade = (typeof GRADES)[number];
export const grade = z.enum(GRADES);

const count = z.number().int().min(0).max(100_000);

/** Ballots per grade (民主测评 or 互评); `voters` is how many took part when not the whole roster. */
export const tally = z.object({ excellent: count, qualified: count, basic: count, unqualified: count, voters: count.optional() }).strict();
export type Tally = z.infer<typeof tally>;

export const appraisalYearNumber = z.number().int().min(2000).max(2100);

export const appraisalOpenInput = z
  .object({
    year: appraisalYearNumber,
    /** 优秀 is generally at most this share (地方规定); 33 stands for one third. */
    excellentCapPercent: z.number().int().min(1).max(100).default(33),
    openedOn: isoDate.optional(),
    note: text(500).nullable().optional(),
  })
  .strict();

/** Omitted fields keep what was recorded; null clears them. */
export const appraisalRecordInput = z
  .object({
    year: appraisalYearNumber,
    memberCode: z.string().min(1),
    selfGrade: grade.nullable().optional(),
    ballots: tally.nullable().optional(),
    peer: tally.nullable().optional(),
    verdict: grade.nullable().optional(),
    feedbackOn: isoDate.nullable().optional(),
    note: text(500).nullable().optional(),
  })
  .strict();

export const appraisalCapInput = z
  .object({ year: appraisalYearNumber, excellentCapPercent: z.number().int().min(1).max(100) })
  .strict();

export const appraisalYear = z.object({
  year: z.number().int(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  excellentCapPercent: z.number().int(),
  note: z.string().nullable(),
});

export const appraisalResult = z.object({
  selfGrade: grade.nullable(),
  ballots: tally.nullable(),
  peer: tally.nullable(),
  verdict: grade.nullable(),
  feedbackOn: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});

export const appraisalRow = z.object({
  memberCode: z.string(),
  name: z.string(),
  memberType: z.enum(['probationary', 'full']),
  result: appraisalResult.nullable(),
});

export const appraisalWarning = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const verdictCounts = z.object({
  excellent: z.number().int(),
  qualified: z.number().int(),
  basic: z.number().int(),
  unqualified: z.number().int(),
  pending: z.number().int(),
});

const table = z.object({ title: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) });

export const appraisalSummary = z.object({
  year: appraisalYear,
  total: z.number().int(),
  counts: verdictCounts,
  cap: z.object({ percent: z.number().int(), max: z.number().int(), count: z.number().int(), over: z.number().int() }),
  warnings: z.array(appraisalWarning),
  tally: table.extend({ orgName: z.string() }),
  ballotForm: table.extend({ orgName: z.string(), instructions: z.array(z.string()) }),
});
