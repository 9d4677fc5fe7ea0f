import { z } from 'zod';
import { ARREARS_FLAGS, PAYMENT_KINDS } from '../../dues/ledger';
import { PAYMENT_METHODS } from '../../dues/names';
import { DUES_CATEGORIES, REDUCTIONS } from '../../dues/rules';
import { text } from './common';
import { isoDate } from './members';

/** A calendar month, 'YYYY-MM'. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM');
/** Whole fen, up to 1亿元: far beyond any monthly pay, small enough that base × rate stays exact. */
export const fen = z.number().int().min(0).max(10_000_000_000);
export const year = z.number().int().min(2008).max(2100);
const optionalText = (max: number) => text(max).nullable().optional();

export const warning = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type Warning = z.infer<typeof warning>;

export const duesProfileInput = z
  .object({
    memberCode: z.string().min(1),
    /** The first month the basis applies to: a raise counts from the month the new pay is paid (第十条). */
    fromMonth: month,
    category: z.enum(DUES_CATEGORIES),
    baseFen: fen.nullable().default(null),
    fixedFen: fen.nullable().default(null),
    reduction: z.enum(REDUCTIONS).default('none'),
    approvalRef: optionalText(100),
    note: optionalText(500),
  })
  .strict();

export const duesProfile = z.object({
  id: z.number().int(),
  memberCode: z.string(),
  fromMonth: z.string(),
  category: z.enum(DUES_CATEGORIES),
  categoryName: z.string(),
  baseFen: z.number().int().nullable(),
  fixedFen: z.number().int().nullable(),
  reduction: z.enum(REDUCTIONS),
  approvalRef: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** Replaced by a correction for the same month. */
  cancelled: z.boolean(),
  /** What this basis asks for its first month. */
  monthlyDueFen: z.number().int(),
  standardLabel: z.string(),
  citation: z.string(),
});
export type DuesProfile = z.infer<typeof duesProfile>;

export const paymentInput = z
  .object({
    memberCode: z.string().min(1),
    /** Months covered; by default the month of paidOn. A voluntary payment is attributed to them. */
    fromMonth: month.optional(),
    toMonth: month.optional(),
    amountFen: fen.min(1),
    kind: z.enum(PAYMENT_KINDS).default('normal'),
    method: z.enum(PAYMENT_METHODS),
    receiptNo: optionalText(40),
    paidOn: isoDate,
    /** 代缴: the member who handed it in. */
    paidByCode: z.string().min(1).nullable().optional(),
    note: optionalText(500),
    /** Accepts 预交/补交 beyond six months (第十二条 says "一般"), with the committee's reason. */
    beyondLimitReason: optionalText(200),
  })
  .strict();

export const duesPayment = z.object({
  id: z.number().int(),
  memberCode: z.string(),
  memberName: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  months: z.number().int(),
  amountFen: z.number().int(),
  kind: z.enum(PAYMENT_KINDS),
  method: z.enum(PAYMENT_METHODS),
  receiptNo: z.string().nullable(),
  paidOn: z.string(),
  paidByCode: z.string().nullable(),
  paidByName: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
});
export type DuesPayment = z.infer<typeof duesPayment>;

const monthStatus = z.enum(['paid', 'partial', 'unpaid', 'exempt', 'paid-elsewhere']);

const arrears = z.object({
  months: z.array(z.string()),
  outstandingFen: z.number().int(),
  longestRun: z.number().int(),
  currentRun: z.number().int(),
  flags: z.array(z.enum(ARREARS_FLAGS)),
});

export const memberLedger = z.object({
  memberCode: z.string(),
  name: z.string(),
  membership: z.enum(['active', 'left']),
  asOfMonth: z.string(),
  profile: duesProfile.nullable(),
  months: z.array(
    z.object({
      month: z.string(),
      status: monthStatus,
      dueFen: z.number().int(),
      paidFen: z.number().int(),
      overdue: z.boolean(),
      category: z.enum(DUES_CATEGORIES),
      baseFen: z.number().int().nullable(),
      standardLabel: z.string(),
      citation: z.string(),
    }),
  ),
  paidTo: z.string().nullable(),
  noProfile: z.boolean(),
  arrears,
  totals: z.object({ dueFen: z.number().int(), paidFen: z.number().int(), outstandingFen: z.number().int(), voluntaryFen: z.number().int(), creditFen: z.number().int() }),
  payments: z.array(duesPayment),
});
export type MemberLedgerView = z.infer<typeof memberLedger>;

export const monthSheet = z.object({
  month: z.string(),
  rows: z.array(
    z.object({
      memberCode: z.string(),
      name: z.string(),
      memberType: z.enum(['probationary', 'full']),
      status: z.enum([...monthStatus.options, 'no-profile']),
      category: z.enum(DUES_CATEGORIES).nullable(),
      baseFen: z.number().int().nullable(),
      standardLabel: z.string(),
      dueFen: z.number().int().nullable(),
      paidFen: z.number().int(),
      outstandingFen: z.number().int(),
      voluntaryFen: z.number().int(),
      paidOn: z.array(z.string()),
      receiptNos: z.array(z.string()),
      paidTo: z.string().nullable(),
    }),
  ),
  totals: z.object({
    members: z.number().int(),
    noProfile: z.number().int(),
    dueFen: z.number().int(),
    paidFen: z.number().int(),
    outstandingFen: z.number().int(),
    voluntaryFen: z.number().int(),
  }),
});
export type MonthSheet = z.infer<typeof monthSheet>;

export const arrearsList = z.object({
  asOfMonth: z.string(),
  rows: z.array(arrears.extend({ memberCode: z.string(), name: z.string(), membership: z.enum(['active', 'left']), paidTo: z.string().nullable() })),
});

export const periodTotals = z.object({
  label: z.string(),
  from: z.string(),
  to: z.string(),
  dueFen: z.number().int(),
  /** Dues paid for the period's months, however early or late they were paid. */
  collectedFen: z.number().int(),
  outstandingFen: z.number().int(),
  /** Voluntary payments paid on a day in the period. */
  voluntaryFen: z.number().int(),
  /** Cash basis: every payment paid on a day in the period (what is handed up). */
  receivedFen: z.number().int(),
});
export type PeriodTotals = z.infer<typeof periodTotals>;

export const yearTotals = z.object({
  year: z.number().int(),
  months: z.array(periodTotals),
  quarters: z.array(periodTotals),
  total: periodTotals,
});

export const duesPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), month }).strict(),
  z.object({ kind: z.literal('quarter'), year, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }).strict(),
  z.object({ kind: z.literal('year'), year }).strict(),
]);

const docCell = z.object({ text: z.string(), fen: z.number().int().optional() });
export const duesRegisterDoc = z.object({
  orgName: z.string(),
  title: z.string(),
  periodLabel: z.string(),
  from: z.string(),
  to: z.string(),
  columns: z.array(z.object({ header: z.string(), money: z.boolean(), width: z.number() })),
  rows: z.array(z.array(docCell)),
  totals: z.array(docCell),
  summary: z.string(),
  notes: z.array(z.string()),
  signatures: z.array(z.string()),
});

export const duesReceiptDoc = z.object({
  orgName: z.string(),
  title: z.string(),
  receiptNo: z.string(),
  dateText: z.string(),
  payerName: z.string(),
  handedInBy: z.string().nullable(),
  item: z.string(),
  method: z.string(),
  amountFen: z.number().int(),
  amountFigures: z.string(),
  amountCapital: z.string(),
  lines: z.array(z.tuple([z.string(), z.string()])),
  signatures: z.array(z.string()),
  cancelledNote: z.string().nullable(),
});

