import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FieldIssue } from '../api/errors';
import { isoDate } from '../api/schemas/members';
import { rosterAt } from '../members/roster';
import { members } from '../schema';
import type { Store } from '../store/store';
import { articlesShort } from './rule-book';
import type { StepDef } from './steps';

/**
 * Checks the parts of a step record that need the database or the step's own shape: who took
 * part (a 培养联系人 or 入党介绍人 must be a 正式党员 on the roster that day, 细则第十条/第十四条)
 * and the step's data (training length, the 公示 start).
 */
export interface StoredPerson {
  role: string;
  name: string;
  memberCode: string | null;
}

const reviewData = z.object({ kind: z.enum(['review', 'thought-report']).optional() }).passthrough();

const STEP_DATA: Record<string, z.ZodType> = {
  cultivation: reviewData,
  'probation-education': reviewData,
  training: z.object({ days: z.number().min(0).max(365).optional(), hours: z.number().min(0).max(5000).optional() }).passthrough(),
  'pre-review': z.object({ noticeFrom: isoDate.optional(), workingDays: z.number().int().min(1).max(30).optional() }).passthrough(),
};

export function checkStepData(step: StepDef, data: Record<string, unknown> | undefined): FieldIssue[] {
  const schema = STEP_DATA[step.key];
  if (!schema || !data) return [];
  const parsed = schema.safeParse(data);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({
    path: ['data', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    code: 'BAD_STEP_DATA',
    message: i.message,
    params: { step: step.key },
  }));
}

function memberName(store: Store, code: string): string | undefined {
  return store.orm.select({ name: members.name }).from(members).where(eq(members.code, code)).get()?.name;
}

export function checkPeople(
  store: Store,
  step: StepDef,
  date: string,
  people: { memberCode?: string | undefined; name?: string | undefined }[] | undefined,
): { people: StoredPerson[]; issues: FieldIssue[] } {
  const spec = step.people;
  const given = people ?? [];
  const issues: FieldIssue[] = [];
  if (!spec) {
    if (given.length) issues.push({ path: ['people'], code: 'NO_PEOPLE_FOR_STEP', message: `${step.name} records no people`, params: { step: step.key } });
    return { people: [], issues };
  }
  const articles = spec.articles ? articlesShort(spec.articles) : '';
  if (given.length < spec.min || given.length > spec.max) {
    issues.push({
      path: ['people'],
      code: 'PEOPLE_COUNT',
      message: `${spec.label}应为${spec.min === spec.max ? spec.min : `${spec.min}至${spec.max}`}名${articles ? `（${articles}）` : ''}`,
      params: { label: spec.label, min: spec.min, max: spec.max, count: given.length, ...(articles ? { article: articles } : {}) },
    });
  }
  const roster = spec.fullMember ? new Map(rosterAt(store.sqlite, date).map((r) => [r.code, r])) : null;
  const seen = new Set<string>();
  const out: StoredPerson[] = [];
  given.forEach((p, i) => {
    const path = ['people', i];
    const key = p.memberCode ?? `name:${p.name}`;
    if (seen.has(key)) issues.push({ path, code: 'DUPLICATE_PERSON', message: 'listed twice', params: { name: p.name ?? p.memberCode ?? '' } });
    seen.add(key);
    if (roster) {
      if (!p.memberCode) {
        issues.push({ path: [...path, 'memberCode'], code: 'MEMBER_CODE_REQUIRED', message: `${spec.label}须从党员名册中选择`, params: { label: spec.label } });
        return;
      }
      const entry = roster.get(p.memberCode);
      if (!entry || entry.memberType !== 'full') {
        const name = entry?.name ?? memberName(store, p.memberCode) ?? p.memberCode;
        issues.push({
          path: [...path, 'memberCode'],
          code: entry ? 'NOT_FULL_MEMBER' : 'NOT_ON_ROSTER',
          message: `${name}在${date}${entry ? '是预备党员' : '不在本支部党员名册上'}，${spec.label}须为正式党员（${articles}）`,
          params: { memberCode: p.memberCode, name, date, label: spec.label, article: articles },
        });
        return;
      }
      out.push({ role: spec.role, name: entry.name, memberCode: entry.code });
      return;
    }
    const name = p.name ?? (p.memberCode ? memberName(store, p.memberCode) : undefined);
    if (!name) {
      issues.push({ path, code: 'UNKNOWN_MEMBER', message: 'no member with this code', params: { memberCode: p.memberCode ?? '' } });
      return;
    }
    out.push({ role: spec.role, name, memberCode: p.memberCode ?? null });
  });
  return { people: out, issues };
}
