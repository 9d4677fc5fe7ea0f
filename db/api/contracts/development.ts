import { z } from 'zod';
import { op } from '../op';
import { requiredText, text } from '../schemas/common';
import {
  APPLICANT_STAGES,
  applicantDetail,
  applicantListRow,
  convertInput,
  developmentCreateInput,
  developmentUpdateInput,
  publicNoticeDocument,
  recordStepInput,
  reminder,
  stepSetDocument,
  timelineDocument,
  violation,
} from '../schemas/development';
import { isoDate } from '../schemas/members';

const byCode = z.object({ code: z.string().min(1) }).strict();

/** 发展党员 (DOMAIN.md §2): the 25 steps, their time rules, admission and 转正. */
export const developmentOps = {
  'development.create': op({ input: developmentCreateInput, output: applicantDetail, needs: 'unlocked' }),
  'development.update': op({ input: developmentUpdateInput, output: applicantDetail, needs: 'unlocked' }),
  'development.get': op({ input: byCode, output: applicantDetail, needs: 'unlocked' }),
  'development.list': op({
    input: z.object({ stage: z.enum(APPLICANT_STAGES).optional() }).strict(),
    output: z.array(applicantListRow),
    needs: 'unlocked',
  }),
  'development.recordStep': op({
    input: recordStepInput,
    output: applicantDetail.extend({ warnings: z.array(violation) }),
    needs: 'unlocked',
  }),
  'development.cancelStep': op({
    input: z.object({ id: z.number().int(), reason: requiredText(200) }).strict(),
    output: applicantDetail,
    needs: 'unlocked',
  }),
  'development.setDocument': op({
    input: z
      .object({ code: z.string().min(1), document: z.string().min(1).max(60), receivedOn: isoDate.nullable(), note: text(500).nullable().optional() })
      .strict(),
    output: applicantDetail,
    needs: 'unlocked',
  }),
  'development.reminders': op({ input: z.object({ today: isoDate.optional() }).strict(), output: z.array(reminder), needs: 'unlocked' }),
  'development.admit': op({ input: byCode, output: applicantDetail, needs: 'unlocked' }),
  'development.convert': op({
    input: convertInput,
    output: applicantDetail.extend({ fullDate: z.string().nullable() }),
    needs: 'unlocked',
  }),
  'development.timeline': op({ input: byCode, output: timelineDocument, needs: 'unlocked' }),
  'development.steps': op({ input: byCode, output: stepSetDocument, needs: 'unlocked' }),
  'development.publicNotice': op({
    input: z
      .object({
        code: z.string().min(1),
        from: isoDate,
        workingDays: z.number().int().min(1).max(30).optional(),
        /** 工作单位及职务: the applicants table has no column for it yet. */
        unit: text(100).nullable().optional(),
      })
      .strict(),
    output: publicNoticeDocument,
    needs: 'unlocked',
  }),
} as const;
