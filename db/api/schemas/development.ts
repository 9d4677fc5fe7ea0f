import { z } from 'zod';
import { text } from './common';
import { isoDate, memberFields } from './members';

/** 发展党员 (DOMAIN.md §2): stages, in order. 'cancelled' is 取消预备党员资格. */
export const APPLICANT_STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'full', 'cancelled'] as const;
export type ApplicantStage = (typeof APPLICANT_STAGES)[number];

export const CONVERT_OUTCOMES = ['full', 'extend', 'cancel'] as const;

/** The person's own fields: the same names and checks as a member record (validate.ts). */
export const applicantFields = memberFields.pick({
  name: true,
  gender: true,
  idNumber: true,
  birthDate: true,
  ethnicity: true,
  education: true,
  occupation: true,
  mobile: true,
  notes: true,
});
export type ApplicantFields = z.input<typeof applicantFields>;

const code = z.string().min(1);

export const developmentCreateInput = z.object({ fields: applicantFields, applicationDate: isoDate }).strict();
export const developmentUpdateInput = z
  .object({ code, version: z.number().int().min(1), fields: applicantFields, reason: text(200).nullable().optional() })
  .strict();

export const personInput = z
  .object({ memberCode: z.string().min(1).optional(), name: text(40).pipe(z.string().min(1)).optional() })
  .strict()
  .refine((p) => p.memberCode !== undefined || p.name !== undefined, 'a person needs a member code or a name');

/** Free data of a step (training length, 公示 start …): flat values only, so it prints and diffs. */
export const stepData = z.record(z.string().max(40), z.union([text(500), z.number().finite(), z.boolean(), z.null()]));

export const recordStepInput = z
  .object({
    code,
    step: z.string().min(1).max(40),
    date: isoDate,
    people: z.array(personInput).max(5).optional(),
    data: stepData.optional(),
    notes: text(2000).nullable().optional(),
  })
  .strict();

export const convertInput = z
  .object({
    code,
    outcome: z.enum(CONVERT_OUTCOMES),
    /** The 支部大会 that decided. */
    date: isoDate,
    /** Extension length; the 6–12 month rule is checked by the engine, so the refusal names it. */
    months: z.number().int().min(1).max(60).optional(),
    /** Step 22 (转正申请), when not recorded yet. */
    requestedOn: isoDate.optional(),
    /** Step 24 (上级党委审批), when already known. */
    approvedOn: isoDate.optional(),
    notes: text(2000).nullable().optional(),
  })
  .strict();

const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const violation = z.object({
  rule: z.string(),
  severity: z.enum(['hard', 'soft']),
  code: z.string(),
  step: z.string(),
  stepNumber: z.number().int(),
  recordId: z.number().int().nullable(),
  articles: z.string(),
  message: z.string(),
  params,
  provisional: z.boolean(),
});

export const deadline = z.object({
  rule: z.string(),
  severity: z.enum(['hard', 'soft']),
  step: z.string(),
  stepNumber: z.number().int(),
  stepName: z.string(),
  due: z.string(),
  earliest: z.string().nullable(),
  articles: z.string(),
  message: z.string(),
  provisional: z.boolean(),
});

export const nextStep = z.object({
  step: z.string(),
  stepNumber: z.number().int(),
  name: z.string(),
  earliest: z.string().nullable(),
  due: z.string().nullable(),
  provisional: z.boolean(),
});

export const stepRecord = z.object({
  id: z.number().int(),
  step: z.string(),
  number: z.number().int(),
  name: z.string(),
  date: z.string(),
  people: z.array(z.object({ role: z.string(), name: z.string(), memberCode: z.string().nullable() })),
  data: z.record(z.string(), z.unknown()).nullable(),
  notes: z.string().nullable(),
  cancelled: z.boolean(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

export const documentRow = z.object({
  key: z.string(),
  name: z.string(),
  step: z.string(),
  stepNumber: z.number().int(),
  optional: z.boolean(),
  receivedOn: z.string().nullable(),
  note: z.string().nullable(),
  /** received; missing = the step is recorded but the paper is not in the file; not-yet. */
  status: z.enum(['received', 'missing', 'not-yet']),
});

export const applicant = z.object({
  code: z.string(),
  name: z.string(),
  gender: z.string(),
  idNumber: z.string().nullable(),
  birthDate: z.string().nullable(),
  ethnicity: z.string().nullable(),
  education: z.string().nullable(),
  occupation: z.string().nullable(),
  mobile: z.string().nullable(),
  notes: z.string().nullable(),
  stage: z.enum(APPLICANT_STAGES),
  memberCode: z.string().nullable(),
  ruleSet: z.string().nullable(),
  applicationDate: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Applicant = z.infer<typeof applicant>;

export const applicantDetail = applicant.extend({
  ruleSetTitle: z.string(),
  ruleSetNote: z.string().nullable(),
  steps: z.array(stepRecord),
  documents: z.array(documentRow),
  violations: z.array(violation),
  deadlines: z.array(deadline),
  next: nextStep.nullable(),
  missing: z.array(z.string()),
  probation: z
    .object({
      start: z.string(),
      baseEnd: z.string(),
      end: z.string(),
      extensions: z.array(z.object({ date: z.string(), months: z.number().int() })),
      outcome: z.enum(['full', 'cancel']).nullable(),
      outcomeDate: z.string().nullable(),
    })
    .nullable(),
  notice: z.object({ start: z.string(), from: z.string(), to: z.string(), days: z.number().int(), provisional: z.boolean() }).nullable(),
});
export type ApplicantDetail = z.infer<typeof applicantDetail>;

export const applicantListRow = z.object({
  code: z.string(),
  name: z.string(),
  gender: z.string(),
  stage: z.enum(APPLICANT_STAGES),
  memberCode: z.string().nullable(),
  applicationDate: z.string().nullable(),
  lastStep: z.object({ step: z.string(), number: z.number().int(), name: z.string(), date: z.string() }).nullable(),
  next: nextStep.nullable(),
  nextDeadline: deadline.nullable(),
  overdue: z.boolean(),
  violations: z.number().int(),
});

export const reminder = deadline.extend({
  code: z.string(),
  name: z.string(),
  stage: z.enum(APPLICANT_STAGES),
  kind: z.enum(['overdue', 'due-soon']),
  daysLeft: z.number().int(),
});

export const timelineDocument = z.object({
  title: z.string(),
  orgName: z.string(),
  person: z.object({ name: z.string(), gender: z.string(), birthDate: z.string().nullable(), stage: z.string() }),
  ruleSet: z.string(),
  ruleSetNote: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      phase: z.string(),
      number: z.number().int(),
      step: z.string(),
      name: z.string(),
      dates: z.array(z.string()),
      /** 思想汇报 on a repeatable step (the dates above are its reviews). */
      reports: z.array(z.string()),
      people: z.string(),
      rules: z.string(),
      articles: z.string(),
      /** The same rules one by one, with the short article (细则第十三条) for the screen. */
      ruleList: z.array(z.object({ id: z.string(), summary: z.string(), severity: z.enum(['hard', 'soft']), articles: z.string(), verified: z.boolean() })),
      earliest: z.string().nullable(),
      due: z.string().nullable(),
      status: z.enum(['done', 'done-with-problem', 'overdue', 'open', 'missing', 'pending']),
      statusText: z.string(),
      notes: z.string(),
    }),
  ),
  provisional: z.boolean(),
  footnotes: z.array(z.string()),
  generatedOn: z.string(),
});

export const publicNoticeDocument = z.object({
  title: z.string(),
  orgName: z.string(),
  person: z.object({
    name: z.string(),
    gender: z.string(),
    ethnicity: z.string().nullable(),
    birth: z.string().nullable(),
    education: z.string().nullable(),
    unit: z.string().nullable(),
  }),
  dates: z.object({ application: z.string().nullable(), activist: z.string().nullable(), candidate: z.string().nullable() }),
  period: z.object({ from: z.string(), to: z.string(), workingDays: z.number().int(), provisional: z.boolean() }),
  opinionsTo: z.object({ org: z.string(), parentOrg: z.string().nullable(), contact: z.string().nullable(), phone: z.string().nullable() }),
  paragraphs: z.array(z.string()),
  signature: z.string(),
  date: z.string(),
});

/** The person's step set (by their rule version): what the screen lays out and which people each step takes. */
export const stepSetDocument = z.object({
  ruleSet: z.string(),
  phases: z.array(z.object({ number: z.number().int(), name: z.string() })),
  steps: z.array(
    z.object({
      key: z.string(),
      phase: z.number().int(),
      number: z.number().int(),
      name: z.string(),
      repeatable: z.boolean(),
      /** Part of the 转正 round, recorded again after an extension of the 预备期. */
      round: z.boolean(),
      people: z
        .object({ role: z.enum(['interviewer', 'contact', 'introducer']), label: z.string(), min: z.number().int(), max: z.number().int(), fullMember: z.boolean() })
        .nullable(),
      documents: z.array(z.object({ key: z.string(), name: z.string(), optional: z.boolean() })),
    }),
  ),
});
