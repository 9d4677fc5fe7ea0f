import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * 党费: a member's dues basis from a given month on (category, monthly base, hardship
 * reduction with its approval). Rows are history: a new basis is a new row, never an edit.
 * Money is integer fen throughout.
 */
export const duesProfiles = sqliteTable(
  'dues_profiles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberCode: text('member_code').notNull(),
    /** 'YYYY-MM': the first month this basis applies to. */
    fromMonth: text('from_month').notNull(),
    category: text('category').notNull(),
    /** Monthly base in fen (after-tax regular pay, pension, previous quarter's average …). */
    baseFen: integer('base_fen'),
    /** For categories with a fixed amount (farmers 0.2–1 元, students 0.2 元 …) or a reduced amount. */
    fixedFen: integer('fixed_fen'),
    reduction: text('reduction').notNull().default('none'),
    approvalRef: text('approval_ref'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    cancelledBy: integer('cancelled_by'),
  },
  (t) => [index('dues_profiles_member').on(t.memberCode, t.fromMonth)],
);

export const duesPayments = sqliteTable(
  'dues_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberCode: text('member_code').notNull(),
    /** The months covered, 'YYYY-MM' to 'YYYY-MM' inclusive (预交/补交 cover several). */
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    amountFen: integer('amount_fen').notNull(),
    kind: text('kind').notNull().default('normal'),
    method: text('method').notNull(),
    receiptNo: text('receipt_no'),
    paidOn: text('paid_on').notNull(),
    /** 代缴: the member who handed it in for this one. */
    paidByCode: text('paid_by_code'),
    note: text('note'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
    cancelledBy: integer('cancelled_by'),
  },
  (t) => [index('dues_payments_member').on(t.memberCode, t.fromMonth), index('dues_payments_paid_on').on(t.paidOn)],
);
