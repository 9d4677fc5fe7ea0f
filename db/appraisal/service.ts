import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../api/errors';
import {
  appraisalCapInput,
  appraisalOpenInput,
  appraisalRecordInput,
  type appraisalResult,
  type appraisalRow,
  type appraisalSummary,
  type appraisalYear,
  type Grade,
  type Tally,
} from '../api/schemas/appraisal';
import { appendAudit } from '../audit/chain';
import { compareDates, todayIso } from '../members/chinese-dates';
import { rosterAt } from '../members/roster';
import { getSelf } from '../organisation/service';
import { appraisalResults, appraisalYears, members } from '../schema';
import type { Store } from '../store/store';
import { canonicalJson } from '../util/canonical-json';
import { insertRow } from '../util/fast-insert';
import { ballotForm, capWarnings, checkCap, countVerdicts, tallyTable, tallyTotal, verdictCountsForYear, type VerdictCounts } from './tally';
import { assertPeriodOpen } from '../reports/locks';

/**
 * 民主评议党员 (DOMAIN.md §7): one appraisal a year. Opening fixes the 优秀 cap; each member's
 * 自评, 互评 and 测评 tallies and the branch's 评定 are recorded; closing needs a verdict for
 * everyone appraised. Everyone on the roster at the opening or at the year's end is appraised.
 */
type YearRow = typeof appraisalYears.$inferSelect;
type ResultRow = typeof appraisalResults.$inferSelect;
type AppraisalRow = z.infer<typeof appraisalRow>;

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('INVALID_INPUT', 'the appraisal record has problems', { issues });
}

function yearRow(store: Store, year: number): YearRow {
  const row = store.orm.select().from(appraisalYears).where(eq(appraisalYears.year, year)).get();
  if (!row) throw new AppError('NOT_FOUND', `no appraisal for ${year}`, { params: { year } });
  return row;
}

function toYear(row: YearRow): z.infer<typeof appraisalYear> {
  return { year: row.year, openedOn: row.openedOn, closedOn: row.closedOn, excellentCapPercent: row.excellentCapPercent, note: row.note };
}

function toResult(row: ResultRow): z.infer<typeof appraisalResult> {
  const json = (s: string | null) => (s ? (JSON.parse(s) as Tally) : null);
  return {
    selfGrade: row.selfGrade as Grade | null,
    ballots: json(row.ballots),
    peer: json(row.peer),
    verdict: row.verdict as Grade | null,
    feedbackOn: row.feedbackOn,
    note: row.note,
    updatedAt: row.updatedAt,
  };
}

/**
 * The members appraised: on the roster at the opening or at the year's end (at the closing,
 * if the year was closed before it ended, so a closed year does not grow), or already recorded.
 */
function appraisalRows(store: Store, y: YearRow): AppraisalRow[] {
  const people = new Map<string, { name: string; memberType: 'probationary' | 'full' }>();
  const yearEnd = `${y.year}-12-31`;
  const last = y.closedOn && compareDates(y.closedOn, yearEnd) < 0 ? y.closedOn : yearEnd;
  for (const date of [y.openedOn, last]) for (const r of rosterAt(store.sqlite, date)) people.set(r.code, { name: r.name, memberType: r.memberType });
  const results = store.orm.select().from(appraisalResults).where(eq(appraisalResults.year, y.year)).all();
  const strays = results.map((r) => r.memberCode).filter((c) => !people.has(c));
  if (strays.length) {
    for (const m of store.orm.select().from(members).where(inArray(members.code, strays)).all()) {
      people.set(m.code, { name: m.name, memberType: m.memberType as 'probationary' | 'full' });
    }
  }
  const byCode = new Map(results.map((r) => [r.memberCode, r]));
  return [...people.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, p]) => {
      const r = byCode.get(code);
      return { memberCode: code, name: p.name, memberType: p.memberType, result: r ? toResult(r) : null };
    });
}

export function openAppraisal(store: Store, raw: z.input<typeof appraisalOpenInput>, actor: string, today = todayIso()) {
  const input = appraisalOpenInput.parse(raw);
  return store.transaction(() => {
    if (store.orm.select().from(appraisalYears).where(eq(appraisalYears.year, input.year)).get()) {
      throw new AppError('CONFLICT', `the ${input.year} appraisal is already open`, { params: { year: input.year } });
    }
    const values = { year: input.year, openedOn: input.openedOn ?? today, closedOn: null, excellentCapPercent: input.excellentCapPercent, note: input.note ?? null };
    insertRow(store.sqlite, appraisalYears, values);
    appendAudit(store.sqlite, actor, { op: 'appraisal.open', entity: 'appraisal', entityCode: String(input.year), after: values });
    return toYear(values);
  });
}

export function appraisalYearsOf(store: Store) {
  return store.orm.select().from(appraisalYears).orderBy(desc(appraisalYears.year)).all().map(toYear);
}

export function setExcellentCap(store: Store, raw: z.input<typeof appraisalCapInput>, actor: string) {
  const input = appraisalCapInput.parse(raw);
  return store.transaction(() => {
    const y = yearRow(store, input.year);
    if (y.closedOn) throw new AppError('CONFLICT', `the ${y.year} appraisal is closed`, { params: { year: y.year, closedOn: y.closedOn } });
    store.orm.update(appraisalYears).set({ excellentCapPercent: input.excellentCapPercent }).where(eq(appraisalYears.year, y.year)).run();
    appendAudit(store.sqlite, actor, {
      op: 'appraisal.setCap',
      entity: 'appraisal',
      entityCode: String(y.year),
      before: { excellentCapPercent: y.excellentCapPercent },
      after: { excellentCapPercent: input.excellentCapPercent },
    });
    return toYear({ ...y, excellentCapPercent: input.excellentCapPercent });
  });
}

export function listAppraisal(store: Store, year: number) {
  const y = yearRow(store, year);
  return { year: toYear(y), rows: appraisalRows(store, y) };
}

function summaryParts(rows: AppraisalRow[], y: YearRow) {
  const counts: VerdictCounts = countVerdicts(rows.map((r) => r.result?.verdict ?? null));
  const cap = checkCap(counts, rows.length, y.excellentCapPercent);
  return { counts, cap, warnings: capWarnings(cap, rows.length) };
}

export function recordAppraisal(store: Store, raw: z.input<typeof appraisalRecordInput>, actor: string) {
  const input = appraisalRecordInput.parse(raw);
  return store.transaction(() => {
    const y = yearRow(store, input.year);
    if (y.closedOn) throw new AppError('CONFLICT', `the ${y.year} appraisal is closed`, { params: { year: y.year, closedOn: y.closedOn } });
    assertPeriodOpen(store.sqlite, `${y.year}-12-31`);
    const rows = appraisalRows(store, y);
    const issues: FieldIssue[] = [];
    if (!rows.some((r) => r.memberCode === input.memberCode)) {
      issues.push({ path: ['memberCode'], code: 'NOT_ON_APPRAISAL_ROSTER', message: 'not on the roster at the opening or at the end of the year', params: { memberCode: input.memberCode } });
    }
    // More ballots than people voting means a counting or typing error.
    for (const [field, t] of [['ballots', input.ballots], ['peer', input.peer]] as const) {
      if (!t) continue;
      const voters = t.voters ?? rows.length;
      if (tallyTotal(t) > voters) issues.push({ path: [field], code: 'BALLOTS_EXCEED_VOTERS', message: 'more ballots than voters', params: { total: tallyTotal(t), voters } });
    }
    if (input.feedbackOn && compareDates(input.feedbackOn, y.openedOn) < 0) {
      issues.push({ path: ['feedbackOn'], code: 'BEFORE_OPENING', message: 'feedback before the appraisal opened', params: { openedOn: y.openedOn } });
    }
    if (issues.length) throw invalid(issues);
    const where = and(eq(appraisalResults.year, y.year), eq(appraisalResults.memberCode, input.memberCode));
    const before = store.orm.select().from(appraisalResults).where(where).get();
    const keep = <K extends keyof ResultRow>(key: K, value: ResultRow[K] | undefined): ResultRow[K] | null => (value === undefined ? (before?.[key] ?? null) : value);
    const values = {
      selfGrade: keep('selfGrade', input.selfGrade),
      ballots: keep('ballots', input.ballots === undefined ? undefined : input.ballots && canonicalJson(input.ballots)),
      peer: keep('peer', input.peer === undefined ? undefined : input.peer && canonicalJson(input.peer)),
      verdict: keep('verdict', input.verdict),
      feedbackOn: keep('feedbackOn', input.feedbackOn),
      note: keep('note', input.note),
      updatedAt: new Date().toISOString(),
    };
    if (before) store.orm.update(appraisalResults).set(values).where(where).run();
    else insertRow(store.sqlite, appraisalResults, { year: y.year, memberCode: input.memberCode, ...values });
    appendAudit(store.sqlite, actor, { op: 'appraisal.record', entity: 'appraisal', entityCode: `${y.year}:${input.memberCode}`, before: before ?? null, after: values });
    const after = appraisalRows(store, y);
    return { row: after.find((r) => r.memberCode === input.memberCode)!, warnings: summaryParts(after, y).warnings };
  });
}

export function appraisalSummaryOf(store: Store, year: number): z.infer<typeof appraisalSummary> {
  const y = yearRow(store, year);
  const rows = appraisalRows(store, y);
  const { counts, cap, warnings } = summaryParts(rows, y);
  const orgName = getSelf(store).name;
  const lines = rows.map((r) => ({
    name: r.name,
    selfGrade: r.result?.selfGrade ?? null,
    peer: r.result?.peer ?? null,
    ballots: r.result?.ballots ?? null,
    verdict: r.result?.verdict ?? null,
    feedbackOn: r.result?.feedbackOn ?? null,
  }));
  return {
    year: toYear(y),
    total: rows.length,
    counts,
    cap,
    warnings,
    tally: { ...tallyTable(year, lines), orgName },
    ballotForm: { ...ballotForm(year, rows.map((r) => r.name), y.excellentCapPercent), orgName },
  };
}

export function closeAppraisal(store: Store, input: { year: number; closedOn?: string | undefined }, actor: string, today = todayIso()) {
  return store.transaction(() => {
    const y = yearRow(store, input.year);
    if (y.closedOn) throw new AppError('CONFLICT', `the ${y.year} appraisal is already closed`, { params: { year: y.year } });
    assertPeriodOpen(store.sqlite, `${y.year}-12-31`);
    const closedOn = input.closedOn ?? today;
    const issues: FieldIssue[] = appraisalRows(store, y)
      .filter((r) => !r.result?.verdict)
      .map((r) => ({ path: ['verdict', r.memberCode], code: 'VERDICT_REQUIRED', message: `${r.name}: no 评定 yet`, params: { memberCode: r.memberCode, name: r.name } }));
    if (compareDates(closedOn, y.openedOn) < 0) issues.push({ path: ['closedOn'], code: 'BEFORE_OPENING', message: 'closed before it opened', params: { openedOn: y.openedOn } });
    if (issues.length) throw invalid(issues);
    store.orm.update(appraisalYears).set({ closedOn }).where(eq(appraisalYears.year, y.year)).run();
    appendAudit(store.sqlite, actor, { op: 'appraisal.close', entity: 'appraisal', entityCode: String(y.year), before: { closedOn: null }, after: { closedOn } });
    return toYear({ ...y, closedOn });
  });
}

/** Everyone appraised in a year with their result so far (none when the year was never opened), for the yearly report. */
export function appraisedMembersOf(store: Store, year: number): AppraisalRow[] {
  const y = store.orm.select().from(appraisalYears).where(eq(appraisalYears.year, year)).get();
  return y ? appraisalRows(store, y) : [];
}

/** Per-verdict counts of a year, for the yearly report. */
export function appraisalCounts(store: Store, year: number): VerdictCounts {
  const rows = store.orm.select({ year: appraisalResults.year, verdict: appraisalResults.verdict }).from(appraisalResults).where(eq(appraisalResults.year, year)).all();
  return verdictCountsForYear(rows, year);
}
