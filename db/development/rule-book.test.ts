import { describe, expect, it } from 'vitest';
import rulesFile from './rules/time-rules.json' with { type: 'json' };
import { evaluate } from './engine';
import { chineseNumber, durationZh, loadRuleBook, RULE_BOOK, ruleSetFor } from './rule-book';
import { stepSet } from './steps';

const v2014 = rulesFile.versions.find((v) => v.version === '2014')!;

/** A second active version from mid-2026 that allows two months for the talk. */
function bookWithRevision(effectiveFrom: string) {
  const revised = {
    ...v2014,
    version: 'test-2026',
    effectiveFrom,
    title: '测试修订版',
    rules: v2014.rules.map((r) => (r.id === 'talk-within' ? { ...r, params: { months: 2 } } : r)),
  };
  return loadRuleBook({ ...rulesFile, versions: [v2014, revised] });
}

describe('the shipped rule book', () => {
  it('has the 2014 set active and the 2026 revision only as a placeholder', () => {
    expect(RULE_BOOK.active.map((v) => v.version)).toEqual(['2014']);
    expect(RULE_BOOK.placeholders.map((p) => p.version)).toEqual(['2026']);
  });

  it('checks a 2026 application against 2014 and says the revision is not yet entered', () => {
    const { set, note } = ruleSetFor('2026-07-01');
    expect(set.version).toBe('2014');
    expect(note).toContain('2026年修订');
    expect(ruleSetFor('2025-07-01').note).toBeNull();
    expect(ruleSetFor('2010-03-01')).toMatchObject({ set: { version: '2014' }, note: expect.stringContaining('早于') });
  });

  it('cites every article the brief names', () => {
    const articles = Object.fromEntries(RULE_BOOK.active[0]!.rules.map((r) => [r.id, r.articles.map((a) => `${a.source}${a.number ?? ''}`).join('+')]));
    expect(articles).toMatchObject({
      'min-age': '细则5',
      'talk-within': '细则7',
      'activist-review': '细则11',
      'candidate-after-activist': '细则13',
      'training-length': '细则17',
      'public-notice': '细则19',
      'approval-limit': '细则25',
      'probation-term': '党章7+细则32',
      'probation-extension': '党章7+细则32',
    });
  });
});

describe('ruleSetFor with a second version', () => {
  const book = bookWithRevision('2026-06-01');
  it.each([
    ['2026-05-31', '2014'],
    ['2026-06-01', 'test-2026'],
    ['2027-01-01', 'test-2026'],
  ])('an application on %s is checked against %s', (date, version) => {
    expect(ruleSetFor(date, book).set.version).toBe(version);
  });

  it('applies the chosen version’s parameters', () => {
    const records = [{ id: 1, step: 'application', date: '2026-06-15', data: null }, { id: 2, step: 'talk', date: '2026-08-10', data: null }];
    const old = evaluate({ birthDate: '1990-01-01', records, rules: ruleSetFor('2026-05-31', book).set });
    const revised = evaluate({ birthDate: '1990-01-01', records, rules: ruleSetFor('2026-06-15', book).set });
    expect(old.violations.map((v) => v.rule)).toEqual(['talk-within']);
    expect(revised.violations).toEqual([]);
  });
});

describe('loadRuleBook refuses a broken file', () => {
  it.each([
    ['an unknown step', { ...v2014, rules: [{ ...v2014.rules[1]!, to: 'no-such-step' }] }, /unknown step no-such-step/],
    ['a duplicate id', { ...v2014, rules: [v2014.rules[0]!, v2014.rules[0]!] }, /duplicate id/],
    ['an active version without rules', { ...v2014, rules: [] }, /needs rules/],
  ])('%s', (_label, version, error) => {
    expect(() => loadRuleBook({ ...rulesFile, versions: [version] })).toThrow(error);
  });
});

describe('the 25 steps', () => {
  const set = stepSet('steps-2014');
  it('are numbered 1–25 over five phases, with their people', () => {
    expect(set.steps.map((s) => s.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(set.steps.map((s) => s.phase))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(set.byKey.get('introducers')?.people).toMatchObject({ label: '入党介绍人', min: 2, max: 2, fullMember: true });
    expect(set.byKey.get('contacts')?.people).toMatchObject({ label: '培养联系人', min: 1, max: 2, fullMember: true });
    expect(set.byKey.get('talk')?.people).toMatchObject({ label: '谈话人' });
    expect(set.documentStep.get('application-form')?.number).toBe(14);
  });
});

describe('Chinese numbers', () => {
  it.each([
    [5, '五'],
    [10, '十'],
    [13, '十三'],
    [25, '二十五'],
    [32, '三十二'],
  ])('%i → %s', (n, zh) => expect(chineseNumber(n)).toBe(zh));

  it.each([
    [1, '一个月'],
    [3, '三个月'],
    [6, '半年'],
    [12, '一年'],
  ])('%i months → %s', (m, zh) => expect(durationZh(m)).toBe(zh));
});
