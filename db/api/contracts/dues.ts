/**
 * 党费 (DOMAIN.md §4; docs/DUES-AND-TRANSFERS.md). Money is integer fen in and out.
 * `asOf` is the current month for arrears (a month is overdue once it is over); by default
 * the month of today on this computer.
 *
 * Field issue codes (INVALID_INPUT issues[].code), for the UI to translate:
 *   dues.setProfile
 *     NO_RULES_FOR_MONTH        fromMonth before the 2008 rules took effect       params { first }
 *     BASE_REQUIRED             category reckoned by rate without baseFen
 *     BASE_NOT_USED             baseFen given for a fixed-amount category
 *     FIXED_REQUIRED            farmer without the branch's amount               params { minFen, maxFen }
 *     FIXED_OUT_OF_RANGE        farmer amount outside 0.2–1 元                    params { minFen, maxFen }
 *     FIXED_NOT_USED            fixedFen given where the rules set the amount
 *     APPROVAL_REQUIRED         reduction/exemption without the approval reference
 *     REDUCED_AMOUNT_REQUIRED   reduction without the reduced amount
 *     REDUCED_NOT_LOWER         reduced amount not below the standard            params { standardFen }
 *   dues.recordPayment
 *     MONTH_ORDER               toMonth before fromMonth
 *     DATE_IN_FUTURE            paidOn after today
 *     PAYER_NOT_FOUND           paidByCode is no member
 *     DUPLICATE_RECEIPT_NO      receipt number already on a live payment          params { paymentId }
 *     BACK_PAY_NOT_PAST         kind back-pay for months not before the paid month
 *     BACK_PAY_BEYOND_LIMIT     补交 more than 6 months back (give beyondLimitReason) params { limit, months }
 *     PREPAY_BEYOND_LIMIT       预交 more than 6 months ahead (give beyondLimitReason) params { limit, months }
 *     MONTH_NOT_DUE             a month before dues start, after leaving, without a profile, or paid elsewhere  params { month }
 *     MONTHS_ALREADY_PAID       every month covered is paid in full
 *     AMOUNT_EXCEEDS_DUE        more than the months still owe (rest is 自愿多交)   params { outstandingFen }
 *   dues.recordPayments         the same codes, each under ['payments', index, field]; all or none is recorded
 * Warnings (accepted, returned in `warnings`):
 *   PROFILE_STARTS_AFTER_DUES_START { duesStart }, MEMBER_NOT_ON_ROSTER, NOT_A_MOBILE_MEMBER,
 *   PAID_MONTHS_RECKONED_AGAIN { payments }, PROFILE_IN_FUTURE, AMOUNT_BELOW_DUE { outstandingFen },
 *   BEYOND_LIMIT_ACCEPTED { months }, LARGE_VOLUNTARY { thresholdFen }.
 * Other failures: NOT_FOUND (member, payment), CONFLICT (payment already cancelled).
 */
import { z } from 'zod';
import { op } from '../op';
import { requiredText } from '../schemas/common';
import { duesRulesSchema } from '../../dues/rules';
import {
  arrearsList,
  duesPayment,
  duesPeriod,
  duesProfile,
  duesProfileInput,
  duesReceiptDoc,
  duesRegisterDoc,
  memberLedger,
  month,
  monthSheet,
  paymentInput,
  warning,
  year,
  yearTotals,
} from '../schemas/dues';

const asOf = { asOf: month.optional() };
const code = z.string().min(1);

export const duesOps = {
  'dues.setProfile': op({ input: duesProfileInput, output: z.object({ profile: duesProfile, warnings: z.array(warning) }), needs: 'unlocked' }),
  'dues.profile': op({
    input: z.object({ memberCode: code, month: month.optional() }).strict(),
    output: z.object({ current: duesProfile.nullable(), history: z.array(duesProfile) }),
    needs: 'unlocked',
  }),
  'dues.recordPayment': op({ input: paymentInput, output: z.object({ payment: duesPayment, warnings: z.array(warning) }), needs: 'unlocked' }),
  'dues.recordPayments': op({
    input: z.object({ payments: z.array(paymentInput).min(1).max(1000) }).strict(),
    output: z.object({ payments: z.array(duesPayment), warnings: z.array(warning.extend({ index: z.number().int() })) }),
    needs: 'unlocked',
  }),
  /** The rules in force in a month (default this month; months before 2008-04 get the first version), for explaining amounts. */
  'dues.rules': op({ input: z.object({ month: month.optional() }).strict(), output: z.object({ month, rules: duesRulesSchema }), needs: 'unlocked' }),
  'dues.cancelPayment': op({ input: z.object({ paymentId: z.number().int(), reason: requiredText(200) }).strict(), output: duesPayment, needs: 'unlocked' }),
  'dues.memberLedger': op({ input: z.object({ memberCode: code, ...asOf }).strict(), output: memberLedger, needs: 'unlocked' }),
  'dues.monthSheet': op({ input: z.object({ month, ...asOf }).strict(), output: monthSheet, needs: 'unlocked' }),
  'dues.arrears': op({ input: z.object(asOf).strict(), output: arrearsList, needs: 'unlocked' }),
  'dues.totals': op({ input: z.object({ year, ...asOf }).strict(), output: yearTotals, needs: 'unlocked' }),
  'dues.register': op({ input: z.object({ period: duesPeriod, ...asOf }).strict(), output: duesRegisterDoc, needs: 'unlocked' }),
  'dues.exportXlsx': op({
    input: z.object({ period: duesPeriod, ...asOf }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    needs: 'unlocked',
  }),
  'dues.receipt': op({ input: z.object({ paymentId: z.number().int() }).strict(), output: duesReceiptDoc, needs: 'unlocked' }),
} as const;
