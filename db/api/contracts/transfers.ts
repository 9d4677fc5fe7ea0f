/**
 * 组织关系转接 and 流动党员 (DOMAIN.md §5; docs/DUES-AND-TRANSFERS.md). Letters out are
 * addressed by their number ('2026-001'); letters in by the sender's number.
 *
 * Field issue codes (INVALID_INPUT issues[].code), for the UI to translate:
 *   DATE_IN_FUTURE             a date after today (issuedOn, returnedOn, arrivedOn, startedOn, endedOn)
 *   MEMBER_NOT_ON_ROSTER       issueOut / flowStart for a member who has left
 *   OPEN_LETTER_EXISTS         issueOut while another letter for the member is open   params { number }
 *   LETTER_CANCELLED           returnReceipt / confirmOut / cancel on a cancelled letter
 *   ALREADY_CONFIRMED          confirmOut / cancel on a confirmed letter
 *   RECEIPT_ALREADY_RECORDED   returnReceipt twice                                  params { returnedOn }
 *   RECEIPT_ALREADY_RETURNED   cancel after the receipt came back (confirm instead)
 *   BEFORE_ISSUE               a receipt, confirmation or arrival dated before the letter   params { issuedOn }
 *   LETTER_NUMBER_TAKEN        recordIn with a number already registered            params { fromOrg, memberName }
 *   FLOW_ALREADY_OPEN          flowStart for a member already away                   params { id }
 *   FLOW_ALREADY_ENDED         flowEnd twice                                          params { endedOn }
 *   END_BEFORE_START           flowEnd dated before the start                         params { startedOn }
 *   VALID_DAYS_RANGE           有效期 outside 1–90 days (out) or 1–183 (in)           params { min, max }
 *   plus the members service's codes: on confirmOut / flows (EVENT_BEFORE_LAST, NOT_ON_ROSTER …)
 *   and on recordIn's `fields` (DUPLICATE_ID_NUMBER, ID_BAD_CHECKSUM …).
 * previewOut answers with the same checks and warnings as issueOut and the letter it would
 * print (with the number it would get), and keeps nothing.
 * Warnings (accepted, returned in `warnings`):
 *   issueOut, previewOut: MEMBER_DETAILS_MISSING { fields }, DUES_PAID_TO_UNKNOWN, DUES_NOT_PAID_UP { paidTo },
 *             BRANCH_CONTACT_MISSING
 *   recordIn: LETTER_EXPIRED { validUntil }, DUES_PAID_TO_UNKNOWN
 * Other failures: NOT_FOUND (member, letter, flow record).
 */
import { z } from 'zod';
import { op } from '../op';
import { requiredText } from '../schemas/common';
import { warning } from '../schemas/dues';
import { isoDate, member } from '../schemas/members';
import {
  DEFAULT_VALID_DAYS,
  flowRecord,
  flowStartInput,
  inReceiptDoc,
  issueOutInput,
  letterDoc,
  letterNumber,
  MAX_VALID_DAYS_IN,
  MAX_VALID_DAYS_OUT,
  recordInInput,
  transferLetter,
} from '../schemas/transfers';

const byNumber = { number: letterNumber };

export const transferOps = {
  /** What the forms start from and allow: 有效期 default and maximum out, maximum in. */
  'transfers.outDefaults': op({
    input: z.object({}).strict(),
    output: z.object({ validDays: z.literal(DEFAULT_VALID_DAYS), maxValidDaysOut: z.literal(MAX_VALID_DAYS_OUT), maxValidDaysIn: z.literal(MAX_VALID_DAYS_IN) }),
    needs: 'any',
  }),
  'transfers.previewOut': op({ input: issueOutInput, output: z.object({ doc: letterDoc, warnings: z.array(warning) }), needs: 'unlocked' }),
  'transfers.issueOut': op({ input: issueOutInput, output: z.object({ letter: transferLetter, warnings: z.array(warning) }), needs: 'unlocked' }),
  'transfers.returnReceipt': op({
    input: z.object({ ...byNumber, returnedOn: isoDate, handler: requiredText(40) }).strict(),
    output: transferLetter,
    needs: 'unlocked',
  }),
  'transfers.confirmOut': op({ input: z.object({ ...byNumber, date: isoDate.optional() }).strict(), output: transferLetter, needs: 'unlocked' }),
  'transfers.cancel': op({ input: z.object({ ...byNumber, reason: requiredText(200) }).strict(), output: transferLetter, needs: 'unlocked' }),
  'transfers.register': op({
    input: z.object({ year: z.number().int().min(1949).max(2100).optional(), direction: z.enum(['out', 'in']).optional(), asOf: isoDate.optional() }).strict(),
    output: z.array(transferLetter),
    needs: 'unlocked',
  }),
  'transfers.letter': op({ input: z.object(byNumber).strict(), output: letterDoc, needs: 'unlocked' }),
  'transfers.recordIn': op({
    input: recordInInput,
    output: z.object({ letter: transferLetter, member, warnings: z.array(warning) }),
    needs: 'unlocked',
  }),
  'transfers.inReceipt': op({ input: z.object(byNumber).strict(), output: inReceiptDoc, needs: 'unlocked' }),
  'transfers.flowStart': op({ input: flowStartInput, output: flowRecord, needs: 'unlocked' }),
  'transfers.flowEnd': op({ input: z.object({ id: z.number().int(), endedOn: isoDate }).strict(), output: flowRecord, needs: 'unlocked' }),
  'transfers.flows': op({
    input: z.object({ direction: z.enum(['out', 'in']).optional(), open: z.boolean().optional() }).strict(),
    output: z.array(flowRecord),
    needs: 'unlocked',
  }),
  'transfers.overdueReceipts': op({
    input: z.object({ asOf: isoDate.optional() }).strict(),
    output: z.array(transferLetter.extend({ daysOverdue: z.number().int() })),
    needs: 'unlocked',
  }),
} as const;
