/** 党费 payments: recorded once, never edited or deleted; a mistake is cancelled with a reason. */
import { eq } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../api/errors';
import { paymentInput, type DuesPayment, type Warning } from '../api/schemas/dues';
import { appendAudit } from '../audit/chain';
import { compareDates } from '../members/chinese-dates';
import { duesPayments } from '../schema';
import type { Store } from '../store/store';
import { insertRow } from '../util/fast-insert';
import { statement } from '../util/statements';
import { buildLedger, type LedgerSources, type PaymentKind } from './ledger';
import { compareMonths, maxMonth, monthOf, monthRange, monthsBetween } from './months';
import type { PaymentMethod } from './names';
import { nextAuditSeq, requireMemberSources } from './profiles';
import { FIRST_RULES_MONTH, duesRulesFor } from './rules';
import { assertPeriodOpen } from '../reports/locks';

interface PaymentViewRow {
  id: number;
  member_code: string;
  member_name: string;
  from_month: string;
  to_month: string;
  amount_fen: number;
  kind: string;
  method: string;
  receipt_no: string | null;
  paid_on: string;
  paid_by_code: string | null;
  paid_by_name: string | null;
  note: string | null;
  recorded_at: string;
  recorded_by: string;
  cancelled_by: number | null;
  cancel_reason: string | null;
}

// The cancellation reason lives in the audit row that cancelled the payment (cancelled_by).
const VIEW_SQL = `SELECT p.*, m.name AS member_name, pb.name AS paid_by_name,
    (SELECT json_extract(a.after, '$.reason') FROM audit_log a WHERE a.seq = p.cancelled_by) AS cancel_reason
  FROM dues_payments p JOIN members m ON m.code = p.member_code LEFT JOIN members pb ON pb.code = p.paid_by_code`;

function toPayment(r: PaymentViewRow): DuesPayment {
  return {
    id: r.id,
    memberCode: r.member_code,
    memberName: r.member_name,
    fromMonth: r.from_month,
    toMonth: r.to_month,
    months: monthsBetween(r.from_month, r.to_month) + 1,
    amountFen: r.amount_fen,
    kind: r.kind as PaymentKind,
    method: r.method as PaymentMethod,
    receiptNo: r.receipt_no,
    paidOn: r.paid_on,
    paidByCode: r.paid_by_code,
    paidByName: r.paid_by_name,
    note: r.note,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    cancelled: r.cancelled_by !== null,
    cancelReason: r.cancel_reason,
  };
}

export function getPayment(store: Store, id: number): DuesPayment {
  const row = statement(store.sqlite, `${VIEW_SQL} WHERE p.id = ?`).get(id) as PaymentViewRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `no payment ${id}`, { params: { id } });
  return toPayment(row);
}

/** A member's payments (or the branch's), in the order they were paid, cancelled ones included. */
export function listPayments(store: Store, memberCode?: string): DuesPayment[] {
  const sql = `${VIEW_SQL} ${memberCode === undefined ? '' : 'WHERE p.member_code = ?'} ORDER BY p.paid_on, p.id`;
  return (statement(store.sqlite, sql).all(...(memberCode === undefined ? [] : [memberCode])) as PaymentViewRow[]).map(toPayment);
}

const issue = (path: string, code: string, message: string, params?: Record<string, string | number>): FieldIssue => ({
  path: [path],
  code,
  message,
  ...(params ? { params } : {}),
});

/**
 * Checks a dues payment (not voluntary) against the ledger: the months must be owed, not
 * already paid, within the 补交/预交 window, and the amount no more than what they still owe.
 */
function checkAgainstLedger(sources: LedgerSources, span: { from: string; to: string; paidMonth: string; amountFen: number; kind: PaymentKind; overLimitReason: string | null }, today: string) {
  const issues: FieldIssue[] = [];
  const warnings: Warning[] = [];
  const limits = duesRulesFor(maxMonth(span.paidMonth, FIRST_RULES_MONTH)).paymentWindow;
  if (span.kind === 'back-pay' && compareMonths(span.from, span.paidMonth) >= 0) issues.push(issue('kind', 'BACK_PAY_NOT_PAST', 'back-pay covers earlier months'));
  const behind = monthsBetween(span.from, span.paidMonth);
  const ahead = monthsBetween(span.paidMonth, span.to);
  const beyond = behind > limits.maxBackPayMonths || ahead > limits.maxPrepayMonths;
  if (beyond && !span.overLimitReason) {
    if (behind > limits.maxBackPayMonths) issues.push(issue('fromMonth', 'BACK_PAY_BEYOND_LIMIT', '补交 is limited to six months', { limit: limits.maxBackPayMonths, months: behind }));
    if (ahead > limits.maxPrepayMonths) issues.push(issue('toMonth', 'PREPAY_BEYOND_LIMIT', '预交 is limited to six months', { limit: limits.maxPrepayMonths, months: ahead }));
  }
  if (beyond && span.overLimitReason) warnings.push({ code: 'BEYOND_LIMIT_ACCEPTED', params: { months: Math.max(behind, ahead) } });

  const ledger = buildLedger(sources, monthOf(today), span.to);
  const byMonth = new Map(ledger.months.map((m) => [m.month, m]));
  const notDue = monthRange(span.from, span.to).find((m) => byMonth.get(m) === undefined || byMonth.get(m)!.status === 'paid-elsewhere');
  if (notDue) issues.push(issue('fromMonth', 'MONTH_NOT_DUE', 'no dues are owed here for this month', { month: notDue }));
  if (issues.length) return { issues, warnings };

  const outstandingFen = monthRange(span.from, span.to).reduce((sum, m) => sum + byMonth.get(m)!.dueFen - byMonth.get(m)!.paidFen, 0);
  if (outstandingFen === 0) issues.push(issue('fromMonth', 'MONTHS_ALREADY_PAID', 'these months are paid in full'));
  else if (span.amountFen > outstandingFen) {
    issues.push(issue('amountFen', 'AMOUNT_EXCEEDS_DUE', 'more than these months owe; record the rest as 自愿多交', { outstandingFen }));
  } else if (span.amountFen < outstandingFen) warnings.push({ code: 'AMOUNT_BELOW_DUE', params: { outstandingFen } });
  return { issues, warnings };
}

/** Records a payment in one transaction with its audit row. Voluntary payments are not reckoned against dues. */
export function recordPayment(store: Store, raw: unknown, actor: string, today: string): { payment: DuesPayment; warnings: Warning[] } {
  const input = paymentInput.parse(raw);
  const paidMonth = monthOf(input.paidOn);
  const from = input.fromMonth ?? paidMonth;
  const to = input.toMonth ?? from;
  const early: FieldIssue[] = [];
  if (compareMonths(to, from) < 0) early.push(issue('toMonth', 'MONTH_ORDER', 'the last month is before the first'));
  if (compareDates(input.paidOn, today) > 0) early.push(issue('paidOn', 'DATE_IN_FUTURE', 'the date is in the future'));
  if (early.length) throw new AppError('INVALID_INPUT', 'the payment has problems', { issues: early });

  return store.transaction(() => {
    assertPeriodOpen(store.sqlite, input.paidOn);
    const { member, sources } = requireMemberSources(store, input.memberCode);
    const issues: FieldIssue[] = [];
    let warnings: Warning[] = [];
    if (input.paidByCode && !statement(store.sqlite, 'SELECT 1 FROM members WHERE code = ?').get(input.paidByCode)) {
      issues.push(issue('paidByCode', 'PAYER_NOT_FOUND', 'no member with this code'));
    }
    const receiptNo = input.receiptNo || null;
    const clash = receiptNo && (statement(store.sqlite, 'SELECT id FROM dues_payments WHERE receipt_no = ? AND cancelled_by IS NULL', { pluck: true }).get(receiptNo) as number | undefined);
    if (clash) issues.push(issue('receiptNo', 'DUPLICATE_RECEIPT_NO', 'another payment has this receipt number', { paymentId: clash }));
    const overLimitReason = input.beyondLimitReason || null;
    if (input.kind === 'voluntary') {
      const large = duesRulesFor(maxMonth(paidMonth, FIRST_RULES_MONTH)).voluntary.largeOneOffFen;
      if (input.amountFen >= large) warnings.push({ code: 'LARGE_VOLUNTARY', params: { thresholdFen: large } });
    } else {
      const checked = checkAgainstLedger(sources, { from, to, paidMonth, amountFen: input.amountFen, kind: input.kind, overLimitReason }, today);
      issues.push(...checked.issues);
      warnings = [...warnings, ...checked.warnings];
    }
    if (issues.length) throw new AppError('INVALID_INPUT', 'the payment has problems', { issues });

    const note = [input.note, overLimitReason && `超期说明：${overLimitReason}`].filter(Boolean).join('；') || null;
    const id = insertRow(store.sqlite, duesPayments, {
      memberCode: member.code,
      fromMonth: from,
      toMonth: to,
      amountFen: input.amountFen,
      kind: input.kind,
      method: input.method,
      receiptNo,
      paidOn: input.paidOn,
      paidByCode: input.paidByCode ?? null,
      note,
      recordedAt: new Date().toISOString(),
      recordedBy: actor,
      cancelledBy: null,
    });
    const payment = getPayment(store, id);
    appendAudit(store.sqlite, actor, { op: 'dues.recordPayment', entity: 'dues-payment', entityCode: member.code, after: { paymentId: id, payment, warnings } });
    return { payment, warnings };
  });
}

/** Cancels a payment: it stays in the book, marked, with the reason in its audit row. */
export function cancelPayment(store: Store, input: { paymentId: number; reason: string }, actor: string): DuesPayment {
  return store.transaction(() => {
    const before = getPayment(store, input.paymentId);
    if (before.cancelled) throw new AppError('CONFLICT', 'the payment is already cancelled', { params: { id: input.paymentId } });
    assertPeriodOpen(store.sqlite, before.paidOn);
    store.orm.update(duesPayments).set({ cancelledBy: nextAuditSeq(store) }).where(eq(duesPayments.id, input.paymentId)).run();
    appendAudit(store.sqlite, actor, {
      op: 'dues.cancelPayment',
      entity: 'dues-payment',
      entityCode: before.memberCode,
      before,
      after: { paymentId: input.paymentId, reason: input.reason },
    });
    return getPayment(store, input.paymentId);
  });
}

/**
 * A month's round (按应交金额登记本月): several payments in one transaction, all or none. Every
 * payment is checked, so the refusal lists each member's problem at once (paths start with
 * ['payments', index]); a refused round records nothing.
 */
export function recordPayments(
  store: Store,
  inputs: unknown[],
  actor: string,
  today: string,
): { payments: DuesPayment[]; warnings: (Warning & { index: number })[] } {
  return store.transaction(() => {
    const payments: DuesPayment[] = [];
    const warnings: (Warning & { index: number })[] = [];
    const issues: FieldIssue[] = [];
    inputs.forEach((raw, index) => {
      try {
        // Each payment runs in its own savepoint, so a refused one leaves no trace for the next check.
        const done = recordPayment(store, raw, actor, today);
        payments.push(done.payment);
        warnings.push(...done.warnings.map((w) => ({ ...w, index })));
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'INVALID_INPUT') throw e;
        issues.push(...(e.issues ?? []).map((i) => ({ ...i, path: ['payments', index, ...i.path] })));
      }
    });
    if (issues.length) throw new AppError('INVALID_INPUT', 'some payments of the round have problems', { issues });
    return { payments, warnings };
  });
}
