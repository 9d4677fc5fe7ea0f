import { z } from 'zod';
import { requiredText, text } from './common';
import { month } from './dues';
import { isoDate, memberFields } from './members';

const optionalText = (max: number) => text(max).nullable().optional();
export const letterNumber = requiredText(40);

/** 有效期 of a letter out: about 30 days, at most ≤3 months (DOMAIN.md §5.2). */
export const DEFAULT_VALID_DAYS = 30;
export const MAX_VALID_DAYS_OUT = 90;
/** A letter in may come from a province that allows ≤6 months across provinces. */
export const MAX_VALID_DAYS_IN = 183;
/**
 * The range is checked by the service (VALID_DAYS_RANGE with min and max), not here, so the
 * person typing 0 or 900 is told the allowed range rather than "wrong format".
 */
const validDays = z.number().int();

export const LETTER_STATUSES = ['issued', 'confirmed', 'cancelled', 'received'] as const;

export const issueOutInput = z
  .object({
    memberCode: z.string().min(1),
    /** 去: the organisation the relationship goes to. */
    toOrg: requiredText(100),
    /** 抬头: to whom the letter is addressed (usually the receiving 基层党委 or 组织部). */
    addressee: requiredText(100),
    /** 有效期: DEFAULT_VALID_DAYS by default, 1 to MAX_VALID_DAYS_OUT. */
    validDays: validDays.default(DEFAULT_VALID_DAYS),
    issuedOn: isoDate.optional(),
    note: optionalText(500),
  })
  .strict();

export const transferLetter = z.object({
  direction: z.enum(['out', 'in']),
  number: z.string(),
  memberCode: z.string().nullable(),
  memberName: z.string(),
  addressee: z.string().nullable(),
  fromOrg: z.string(),
  toOrg: z.string(),
  memberType: z.enum(['probationary', 'full']),
  duesPaidTo: z.string().nullable(),
  validDays: z.number().int().nullable(),
  /** The last day the letter is valid: issuedOn + validDays. */
  validUntil: z.string().nullable(),
  issuedOn: z.string(),
  status: z.enum(LETTER_STATUSES),
  receiptReturnedOn: z.string().nullable(),
  receiptHandler: z.string().nullable(),
  /** For letters out: the receipt should be back one month after issue. */
  receiptDueBy: z.string().nullable(),
  receiptOverdue: z.boolean(),
  confirmedOn: z.string().nullable(),
  note: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
});
export type TransferLetter = z.infer<typeof transferLetter>;

export const recordInInput = z
  .object({
    letter: z
      .object({
        number: letterNumber,
        fromOrg: requiredText(100),
        issuedOn: isoDate,
        /** 1 to MAX_VALID_DAYS_IN; blank when the letter states none. */
        validDays: validDays.nullable().optional(),
        /** 党费已交到 as written on the letter. */
        duesPaidTo: month.nullable().optional(),
        addressee: optionalText(100),
      })
      .strict(),
    arrivedOn: isoDate,
    fields: memberFields,
    /** 经办人 who will sign the 回执 sent back. */
    handler: optionalText(40),
  })
  .strict();

const flowCommon = {
  place: requiredText(100),
  activityCardNo: optionalText(40),
  contact: optionalText(100),
  startedOn: isoDate,
  note: optionalText(500),
};
export const flowStartInput = z.discriminatedUnion('direction', [
  /** 外出流动: one of ours goes elsewhere with the 流动党员活动证; `place` is the 外出流向. */
  z.object({ direction: z.literal('out'), memberCode: z.string().min(1), ...flowCommon }).strict(),
  /** 流入: a member of another branch taking part here; `place` is where they come from. */
  z.object({ direction: z.literal('in'), name: requiredText(40), ...flowCommon }).strict(),
]);

export const flowRecord = z.object({
  id: z.number().int(),
  direction: z.enum(['out', 'in']),
  memberCode: z.string().nullable(),
  name: z.string(),
  place: z.string(),
  activityCardNo: z.string().nullable(),
  contact: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  note: z.string().nullable(),
  open: z.boolean(),
});
export type FlowRecord = z.infer<typeof flowRecord>;

const letterPart = z.object({
  label: z.string(),
  title: z.string(),
  numberLine: z.string(),
  addressee: z.string().nullable(),
  paragraphs: z.array(z.string()),
  sealLine: z.string().nullable(),
  dateLine: z.string(),
  footer: z.array(z.string()),
  pasteArea: z.string().nullable(),
});
export type LetterPart = z.infer<typeof letterPart>;

export const letterDoc = z.object({
  number: z.string(),
  status: z.enum(LETTER_STATUSES),
  voidNote: z.string().nullable(),
  /** The filled values, for printing onto pre-printed forms. */
  fields: z.record(z.string(), z.string()),
  stub: letterPart,
  letter: letterPart,
  receipt: letterPart,
  cuts: z.array(z.object({ after: z.enum(['stub', 'letter']), label: z.string(), note: z.string() })),
});
export type LetterDoc = z.infer<typeof letterDoc>;

export const inReceiptDoc = letterPart.extend({ orgName: z.string() });
