import type { z } from 'zod';
import { AppError, type FieldIssue } from '../api/errors';
import { convertInput, type ApplicantDetail } from '../api/schemas/development';
import { memberCreateInput } from '../api/schemas/members';
import { appendAudit } from '../audit/chain';
import { todayIso } from '../members/chinese-dates';
import { getMember, insertMember, recordEvent } from '../members/service';
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { applicantDetailOf, evaluateApplicant, touchApplicant, type Evaluated } from './repository';
import { insertStep, invalid, issueOf } from './service';

/**
 * Where the development file meets the roster. Admission creates the member (增加方式 发展)
 * dated on the 支部大会, the day the 预备期 starts; the 转正 decision writes the member event.
 */
const ADMISSION_STEPS = ['branch-meeting', 'approval'] as const;

function live(ev: Evaluated, step: string) {
  return ev.live.find((r) => r.step === step);
}

function peopleNames(ev: Evaluated, step: string): string | null {
  const rec = live(ev, step);
  if (!rec?.people) return null;
  return (JSON.parse(rec.people) as { name: string }[]).map((p) => p.name).join('、') || null;
}

/**
 * After the 支部大会 and the 上级党委审批 are recorded: the person goes onto the roster as a
 * 预备党员 with joinDate = the 支部大会 date (DOMAIN.md §2.2), and the file is linked to them.
 */
export function admitApplicant(store: Store, code: string, actor: string, today = todayIso()): ApplicantDetail {
  return store.transaction(() => {
    const ev = evaluateApplicant(store, code);
    if (ev.row.memberCode) throw new AppError('CONFLICT', 'already admitted', { params: { code, memberCode: ev.row.memberCode } });
    const issues: FieldIssue[] = ADMISSION_STEPS.filter((s) => !live(ev, s)).map((s) => ({
      path: ['code'],
      code: 'STEP_REQUIRED',
      message: `${ev.set.steps.byKey.get(s)?.name ?? s} must be recorded first`,
      params: { step: s },
    }));
    issues.push(...ev.evaluation.violations.filter((v) => v.severity === 'hard').map((v) => issueOf(v, ['code'])));
    if (issues.length) throw invalid(issues, 'the file is not ready for admission');
    const meeting = live(ev, 'branch-meeting')!;
    const date = (step: string) => live(ev, step)?.date ?? null;
    const input = memberCreateInput.parse({
      fields: {
        name: ev.row.name,
        gender: ev.row.gender ?? undefined,
        idNumber: ev.row.idNumber,
        birthDate: ev.row.birthDate,
        ethnicity: ev.row.ethnicity,
        education: ev.row.education,
        occupation: ev.row.occupation,
        mobile: ev.row.mobile,
        introducers: peopleNames(ev, 'introducers'),
        applicationDate: date('application'),
        activistDate: date('activist'),
        candidateDate: date('candidate'),
        joinDate: meeting.date,
      },
      addition: { kind: 'develop', date: meeting.date },
    });
    const member = insertMember(store, input, actor, today, getSelf(store).code);
    touchApplicant(store, code, { memberCode: member.code });
    appendAudit(store.sqlite, actor, { op: 'development.admit', entity: 'applicant', entityCode: code, before: { stage: ev.row.stage }, after: { memberCode: member.code, joinDate: meeting.date } });
    return applicantDetailOf(store, code);
  });
}

/**
 * The 转正 支部大会 (step 23) and its member event. 按期转正: the event 'full' is dated on the
 * day the 预备期 ends, not on the meeting day, because 党龄 counts from 预备期满转正之日
 * (党章第七条; DOMAIN.md §2.2). 延长预备期: once, 6–12 months (checked as a rule of the
 * engine). 取消预备党员资格: the event 'expel' with detail 'probation-cancelled'.
 */
export function convertApplicant(store: Store, raw: z.input<typeof convertInput>, actor: string, today = todayIso()): ApplicantDetail & { fullDate: string | null } {
  const input = convertInput.parse(raw);
  return store.transaction(() => {
    let ev = evaluateApplicant(store, input.code);
    const memberCode = ev.row.memberCode;
    if (!memberCode) throw invalid([{ path: ['code'], code: 'NOT_ADMITTED', message: 'the person has not been admitted as a 预备党员 yet' }]);
    if (ev.row.stage !== 'probationary' || getMember(store, memberCode).memberType !== 'probationary') {
      throw new AppError('CONFLICT', 'the 预备期 has already been decided', { params: { code: input.code, stage: ev.row.stage } });
    }
    if (input.outcome === 'extend' && input.months === undefined) {
      throw invalid([{ path: ['months'], code: 'REQUIRED', message: 'how many months the 预备期 is extended by' }]);
    }
    if (input.requestedOn) {
      insertStep(store, ev, { step: 'conversion-application', date: input.requestedOn }, actor, today, { datePath: ['requestedOn'] });
      ev = evaluateApplicant(store, input.code);
    }
    const data = { outcome: input.outcome, ...(input.outcome === 'extend' ? { months: input.months } : {}) };
    insertStep(store, ev, { step: 'conversion-meeting', date: input.date, data, notes: input.notes }, actor, today, { viaConvert: true });
    ev = evaluateApplicant(store, input.code);
    const fullDate = input.outcome === 'full' ? ev.evaluation.probation!.end : null;
    const event =
      input.outcome === 'full'
        ? { kind: 'full' as const, date: fullDate! }
        : input.outcome === 'extend'
          ? { kind: 'probation-extended' as const, date: input.date, note: `延长预备期${input.months}个月` }
          : { kind: 'expel' as const, date: input.date, detail: 'probation-cancelled' as const };
    recordEvent(store, { code: memberCode, ...event }, actor, today);
    if (input.approvedOn) {
      insertStep(store, evaluateApplicant(store, input.code), { step: 'conversion-approval', date: input.approvedOn }, actor, today, { datePath: ['approvedOn'] });
    }
    touchApplicant(store, input.code);
    appendAudit(store.sqlite, actor, { op: 'development.convert', entity: 'applicant', entityCode: input.code, after: { memberCode, ...data, date: input.date, fullDate } });
    return { ...applicantDetailOf(store, input.code), fullDate };
  });
}
