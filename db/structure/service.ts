import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../api/errors';
import { appendAudit } from '../audit/chain';
import { addMonthsClamped, compareDates, todayIso } from '../members/chinese-dates';
import { getSelf } from '../organisation/service';
import { committeePosts, committeeTerms, members, partyGroups } from '../schema';
import type { Store } from '../store/store';
import type { committee, group, groupInput, structureWarning, termInput } from './schemas';

type Warning = z.infer<typeof structureWarning>;

/** DOMAIN.md §1.4 (支部工作条例 2018): the numbers the structure rules turn on. */
export const STRUCTURE_RULES = {
  minFullMembers: 3,
  committeeFrom: 7,
  maxMembers: 50,
  committeeMin: 3,
  committeeMax: 7,
  /** 村/社区 branches elect every 5 years, all others every 3 (org categories ③ 农村 and ⑦ 街道社区). */
  fiveYearCategories: ['3', '7'],
  dueWarningMonths: 3,
} as const;

function memberName(store: Store, code: string | null): string | null {
  if (!code) return null;
  return store.orm.select({ name: members.name }).from(members).where(eq(members.code, code)).get()?.name ?? null;
}

function requireActiveMember(store: Store, code: string, path: (string | number)[]): void {
  const m = store.orm.select({ membership: members.membership }).from(members).where(eq(members.code, code)).get();
  if (!m || m.membership !== 'active') {
    throw new AppError('INVALID_INPUT', `${code} is not on the roster`, {
      issues: [{ path, code: 'NOT_ON_ROSTER', message: 'not on the roster', params: { code } }],
    });
  }
}

export function listGroups(store: Store): z.infer<typeof group>[] {
  const groups = store.orm.select().from(partyGroups).where(eq(partyGroups.archived, false)).orderBy(asc(partyGroups.sortOrder), asc(partyGroups.code)).all();
  const counts = new Map(
    (store.sqlite.prepare("SELECT group_code, count(*) AS n FROM members WHERE membership = 'active' GROUP BY group_code").all() as { group_code: string | null; n: number }[]).map((r) => [r.group_code, r.n]),
  );
  return groups.map((g) => ({ code: g.code, name: g.name, leaderCode: g.leaderCode, leaderName: memberName(store, g.leaderCode), memberCount: counts.get(g.code) ?? 0, sortOrder: g.sortOrder }));
}

export function saveGroup(store: Store, input: z.output<typeof groupInput>, actor: string): z.infer<typeof group> {
  store.transaction(() => {
    if (input.leaderCode) requireActiveMember(store, input.leaderCode, ['leaderCode']);
    const now = new Date().toISOString();
    const before = input.code ? store.orm.select().from(partyGroups).where(eq(partyGroups.code, input.code)).get() : undefined;
    if (input.code && !before) throw new AppError('NOT_FOUND', `no party group ${input.code}`);
    let code = input.code;
    if (before) {
      store.orm.update(partyGroups).set({ name: input.name, leaderCode: input.leaderCode ?? null, sortOrder: input.sortOrder ?? before.sortOrder, updatedAt: now }).where(eq(partyGroups.id, before.id)).run();
    } else {
      const n = Number(store.sqlite.prepare('SELECT count(*) FROM party_groups').pluck().get()) + 1;
      code = `G${String(n).padStart(2, '0')}`;
      store.orm.insert(partyGroups).values({ code, name: input.name, leaderCode: input.leaderCode ?? null, sortOrder: input.sortOrder ?? n, createdAt: now, updatedAt: now }).run();
    }
    const after = store.orm.select().from(partyGroups).where(eq(partyGroups.code, code!)).get();
    appendAudit(store.sqlite, actor, { op: 'groups.save', entity: 'party-group', entityCode: code!, before: before ?? null, after });
  });
  return listGroups(store).find((g) => g.name === input.name)!;
}

function nextElection(termStart: string, termYears: number): string {
  return addMonthsClamped(termStart, termYears * 12);
}

export function saveTerm(store: Store, input: z.output<typeof termInput>, actor: string): void {
  input.posts.forEach((p, i) => requireActiveMember(store, p.memberCode, ['posts', i, 'memberCode']));
  const secretaries = input.posts.filter((p) => p.post === 'secretary').length;
  if (secretaries !== 1) {
    throw new AppError('INVALID_INPUT', 'a committee has exactly one secretary', {
      issues: [{ path: ['posts'], code: 'ONE_SECRETARY', message: 'exactly one 书记', params: { count: secretaries } }],
    });
  }
  store.transaction(() => {
    const now = new Date().toISOString();
    const open = store.orm.select().from(committeeTerms).orderBy(desc(committeeTerms.termStart)).get();
    if (open && compareDates(input.termStart, open.termStart) <= 0) {
      throw new AppError('INVALID_INPUT', 'a new term starts after the current one', {
        issues: [{ path: ['termStart'], code: 'DATE_ORDER', message: 'after the current term', params: { earlierDate: open.termStart } }],
      });
    }
    if (open) {
      store.orm.update(committeeTerms).set({ termEnd: input.termStart }).where(eq(committeeTerms.id, open.id)).run();
      store.orm.update(committeePosts).set({ toDate: input.termStart }).where(and(eq(committeePosts.termId, open.id))).run();
    }
    const term = store.orm.insert(committeeTerms).values({ termStart: input.termStart, termYears: input.termYears, notes: input.notes ?? null, createdAt: now }).returning().get();
    for (const p of input.posts) store.orm.insert(committeePosts).values({ termId: term.id, post: p.post, memberCode: p.memberCode, fromDate: input.termStart }).run();
    appendAudit(store.sqlite, actor, { op: 'committee.saveTerm', entity: 'committee', entityCode: getSelf(store).code, before: { currentTerm: open ?? null }, after: input });
  });
}

export function structureWarnings(counts: { active: number; full: number }, term: { termStart: string; termYears: number } | null, postCount: number, today: string): Warning[] {
  const r = STRUCTURE_RULES;
  const w: Warning[] = [];
  if (counts.full < r.minFullMembers) w.push({ code: 'TOO_FEW_FULL_MEMBERS', params: { full: counts.full, min: r.minFullMembers } });
  if (counts.active > r.maxMembers) w.push({ code: 'TOO_MANY_MEMBERS', params: { active: counts.active, max: r.maxMembers } });
  if (counts.full >= r.committeeFrom && !term) w.push({ code: 'COMMITTEE_REQUIRED', params: { full: counts.full, from: r.committeeFrom } });
  if (term && counts.full >= r.committeeFrom && (postCount < r.committeeMin || postCount > r.committeeMax)) {
    w.push({ code: 'COMMITTEE_SIZE', params: { size: postCount, min: r.committeeMin, max: r.committeeMax } });
  }
  if (term) {
    const due = nextElection(term.termStart, term.termYears);
    if (compareDates(today, due) >= 0) w.push({ code: 'ELECTION_OVERDUE', params: { due } });
    else if (compareDates(today, addMonthsClamped(due, -r.dueWarningMonths)) >= 0) w.push({ code: 'ELECTION_DUE', params: { due } });
  }
  return w;
}

export function getCommittee(store: Store, today = todayIso()): z.infer<typeof committee> {
  const term = store.orm.select().from(committeeTerms).orderBy(desc(committeeTerms.termStart)).get();
  const posts = term
    ? store.orm.select().from(committeePosts).where(eq(committeePosts.termId, term.id)).all().map((p) => ({ post: p.post as z.infer<typeof committee>['posts'][number]['post'], memberCode: p.memberCode, name: memberName(store, p.memberCode) ?? p.memberCode }))
    : [];
  const c = store.sqlite
    .prepare("SELECT count(*) AS active, coalesce(sum(member_type = 'full'), 0) AS full FROM members WHERE membership = 'active'")
    .get() as { active: number; full: number };
  const warnings = structureWarnings(c, term ?? null, posts.length, today);
  if (term && !posts.some((p) => p.post === 'secretary')) warnings.push({ code: 'NO_SECRETARY', params: {} });
  return {
    term: term ? { termStart: term.termStart, termYears: term.termYears, nextElection: nextElection(term.termStart, term.termYears), notes: term.notes } : null,
    posts,
    counts: { active: c.active, full: c.full, probationary: c.active - c.full },
    warnings,
  };
}

/** The default term length for this organisation's category. */
export function defaultTermYears(category: string | null): 3 | 5 {
  return category && (STRUCTURE_RULES.fiveYearCategories as readonly string[]).includes(category) ? 5 : 3;
}
