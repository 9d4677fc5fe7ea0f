import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, ageOn } from '../../db/members/chinese-dates';
import { parseIdNumber } from '../../db/members/id-number';
import { normaliseMember } from '../../db/members/validate';
import { demoGroups, SECRETARY_POST, type DemoGroup } from './groups';
import { demoContext } from './layout';
import { IdIssuer, type DemoPerson } from './people';
import { Random } from './random';

// The committee scale's 10,000 people, drawn once, without a store: the pure generator alone.
const TODAY = '2026-05-20';
const ctx = demoContext({ scale: 'committee', seed: 20260520, today: TODAY });
const groups: DemoGroup[] = [...demoGroups(ctx)];
const people: DemoPerson[] = groups.flatMap((g) => g.people);
const REMOVALS = new Set(['transfer-out', 'death', 'expel', 'stop']);

describe('drawPerson at committee scale (10,000 people, pure)', () => {
  it('draws exactly the planned number of people, each with the planned fate', () => {
    expect(people).toHaveLength(10_000);
    expect(people.map((p) => p.fate)).toEqual(ctx.fates);
  });

  it('gives records that all pass the app’s own validation (normaliseMember)', () => {
    const failures = people
      .map((p) => ({ p, r: normaliseMember(p.fields, TODAY) }))
      .filter(({ r }) => !r.ok)
      .slice(0, 3);
    expect(failures).toEqual([]);
  });

  it('issues valid, unique ID numbers that agree with the birth date and gender', () => {
    const ids = new Set<string>();
    for (const p of people) {
      const parsed = parseIdNumber(p.fields.idNumber, { today: TODAY });
      expect(parsed.ok && parsed.value.id18 === p.fields.idNumber).toBe(true);
      if (parsed.ok) expect([parsed.value.birthDate, parsed.value.gender]).toEqual([p.fields.birthDate, p.fields.gender]);
      ids.add(p.fields.idNumber);
    }
    expect(ids.size).toBe(people.length);
  });

  it('keeps the development dates in the order and gaps of DOMAIN.md §2, none after today', () => {
    for (const { fields: f, events } of people) {
      if (f.applicationDate) expect(ageOn(f.birthDate, f.applicationDate), f.name).toBeGreaterThanOrEqual(18);
      // Where a date is missing from an old record, the rule holds from the birthday on.
      expect(ageOn(f.birthDate, f.joinDate)).toBeGreaterThanOrEqual(19);
      if (f.applicationDate && f.activistDate) expect(f.activistDate >= addDays(f.applicationDate, 90)).toBe(true);
      if (f.activistDate && f.candidateDate) expect(f.candidateDate >= addMonthsClamped(f.activistDate, 12)).toBe(true);
      if (f.candidateDate) expect(f.joinDate > f.candidateDate).toBe(true);
      expect(f.joinDate <= TODAY).toBe(true);
      const fullDate = f.fullDate ?? events.find((e) => e.kind === 'full')?.date;
      if (fullDate) {
        expect(fullDate >= addMonthsClamped(f.joinDate, 12)).toBe(true);
        expect(fullDate <= addMonthsClamped(f.joinDate, 24)).toBe(true);
      }
    }
  });

  it('records a 延长预备期 of 6–12 months before the 转正 it delays', () => {
    const extended = people.filter((p) => p.events.some((e) => e.kind === 'probation-extended'));
    expect(extended.length).toBeGreaterThanOrEqual(ctx.fates.filter((f) => f === 'extended').length);
    for (const p of extended) {
      const ext = p.events.find((e) => e.kind === 'probation-extended')!;
      expect(ext.date).toBe(addMonthsClamped(p.fields.joinDate, 12));
      const full = p.events.find((e) => e.kind === 'full');
      if (full) {
        expect(full.date >= addMonthsClamped(p.fields.joinDate, 18)).toBe(true);
        expect(full.date > ext.date).toBe(true);
      }
    }
  });

  it('writes events in date order, after the addition, with at most one removal and it last', () => {
    for (const p of people) {
      const dates = p.events.map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
      for (const e of p.events) expect(e.date >= p.addition.date && e.date <= TODAY).toBe(true);
      const removals = p.events.filter((e) => REMOVALS.has(e.kind));
      expect(removals.length).toBeLessThanOrEqual(1);
      if (removals.length === 1) expect(p.events.at(-1)).toBe(removals[0]);
      if (p.addition.kind === 'develop') expect(p.addition.date).toBe(p.fields.joinDate);
      if (p.addition.kind === 'import') expect(p.addition.date).toBe(ctx.rosterStart);
    }
  });

  it('cancels a 预备党员资格 only for someone still probationary, at the end of the 预备期', () => {
    const cancelled = people.filter((p) => p.events.some((e) => e.detail === 'probation-cancelled'));
    expect(cancelled.length).toBeGreaterThan(0);
    for (const p of cancelled) {
      expect(p.fields.fullDate).toBeUndefined();
      expect(p.events.some((e) => e.kind === 'full')).toBe(false);
      expect(p.events.at(-1)!.date >= addMonthsClamped(p.fields.joinDate, 12)).toBe(true);
    }
  });

  it('makes students young and 离退休 members 55 or older, with retired members plentiful', () => {
    for (const { fields: f } of people) {
      const age = ageOn(f.birthDate, TODAY);
      if (f.occupation === '06') expect(age).toBeLessThanOrEqual(28);
      if (f.occupation === '08') expect(age).toBeGreaterThanOrEqual(55);
    }
    const ages = people.map((p) => ageOn(p.fields.birthDate, TODAY));
    expect(Math.min(...ages)).toBeLessThanOrEqual(22);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(90);
    expect(people.filter((p) => p.fields.occupation === '08').length).toBeGreaterThan(1500);
  });

  it('has the common surnames on top and the rare and two-character ones present', () => {
    const counts = new Map<string, number>();
    for (const p of people) if (p.surname) counts.set(p.surname, (counts.get(p.surname) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s]) => s);
    expect(new Set(top)).toEqual(new Set(['王', '李', '张']));
    for (const s of ['单', '曾', '解']) expect(counts.get(s) ?? 0, s).toBeGreaterThan(0);
    const twoChar = [...counts.keys()].filter((s) => [...s].length === 2);
    expect(twoChar.length).toBeGreaterThanOrEqual(2);
    for (const s of twoChar) expect(['欧阳', '司马', '诸葛', '上官', '皇甫']).toContain(s);
    for (const p of people) if (p.surname) expect(p.fields.name.startsWith(p.surname)).toBe(true);
  });

  it('names minority members in their own way and matches the ethnicity code', () => {
    const withDot = people.filter((p) => p.fields.name.includes('·'));
    expect(withDot.length).toBeGreaterThan(0);
    for (const p of withDot) expect(['05', '17']).toContain(p.fields.ethnicity);
    for (const p of people.filter((x) => x.fields.ethnicity === '05' || x.fields.ethnicity === '17')) {
      expect(p.fields.name).toMatch(/^[\u4e00-\u9fff]+·[\u4e00-\u9fff]+$/);
    }
    const tibetan = people.filter((p) => p.fields.ethnicity === '04');
    expect(tibetan.length).toBeGreaterThan(0);
    for (const p of tibetan) {
      expect(p.surname).toBeNull();
      expect(p.fields.idNumber.startsWith('54')).toBe(true);
    }
    expect(people.filter((p) => p.fields.ethnicity !== '01').length).toBeGreaterThan(400);
  });

  it('gives every branch one 书记 who is on the roster as a 正式党员', () => {
    for (const g of groups) {
      const holders = g.people.filter((p) => p.fields.partyPost === SECRETARY_POST);
      expect(holders).toHaveLength(1);
      const [secretary] = holders;
      expect(secretary!.fields.name).toBe(g.secretaryName);
      expect(secretary!.events.some((e) => REMOVALS.has(e.kind))).toBe(false);
      for (const p of g.people) expect(p.fields.groupCode).toBe(g.spec.code);
    }
  });

  it('flags 流动 and 失联 members at low rates, with a destination or a date and reason', () => {
    const flowing = people.filter((p) => p.fields.mobileMember);
    const lost = people.filter((p) => p.fields.lostContact);
    expect(flowing.length).toBeGreaterThan(0);
    expect(flowing.length / people.length).toBeLessThan(0.06);
    for (const p of flowing) expect(p.fields.mobileDestination).toBeTruthy();
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.length / people.length).toBeLessThan(0.02);
    for (const p of lost) expect([p.fields.lostContactDate, p.fields.lostContactReason].every(Boolean)).toBe(true);
  });
});

describe('IdIssuer', () => {
  it('never issues the same number twice and says so when a day runs out of sequence codes', () => {
    const ids = new IdIssuer();
    const rng = new Random(1);
    const issued = Array.from({ length: 499 }, () => ids.issue(rng, '370102', '1960-01-01', '2'));
    expect(new Set(issued).size).toBe(499);
    for (const id of issued) expect(Number(id[16]) % 2).toBe(0);
    expect(() => ids.issue(rng, '370102', '1960-01-01', '2')).toThrow(RangeError);
    expect(ids.issue(rng, '370102', '1960-01-01', '1')).toMatch(/^37010219600101\d\d[13579][\dX]$/);
  });
});
