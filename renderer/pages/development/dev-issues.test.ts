import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../i18n/translate';
import { deadlineLine, devIssueLines, placeIssues, violationLine } from './dev-issues';

const zh = makeTranslator('zh-CN');
const en = makeTranslator('en');
const ctx = {
  rules: new Map([['candidate-after-activist', { summary: '经过一年以上培养教育和考察方可确定为发展对象', articles: '细则第十三条' }]]),
  stepNames: new Map([['activist', '推荐和确定入党积极分子'], ['candidate', '确定发展对象'], ['introducers', '确定入党介绍人']]),
};
const tooEarly = {
  path: ['date'],
  code: 'TOO_EARLY',
  message: '确定发展对象距确定积极分子不足一年（细则第十三条），最早可在2025年4月15日',
  params: { rule: 'candidate-after-activist', article: '细则第十三条', from: '2024-04-15', earliest: '2025-04-15' },
};

describe('devIssueLines', () => {
  it('says what is wrong with the earliest day and the article, then the rule it rests on', () => {
    expect(devIssueLines(zh, tooEarly, '日期', ctx)).toEqual(['早于规则允许的最早日期2025年4月15日（细则第十三条）。', '依据：经过一年以上培养教育和考察方可确定为发展对象（细则第十三条）']);
  });

  it('words the rule from the same params in English', () => {
    const [line] = devIssueLines(en, tooEarly, 'Date');
    expect(line).toMatch(/^Earlier than the first day the rule allows, .*2025 \(细则第十三条\)\.$/);
  });

  it('names the other step of an order or prerequisite problem, and counts people in words', () => {
    const order = { path: ['date'], code: 'STEP_ORDER', message: '', params: { rule: 'step-order', article: '发展党员程序', step: 'candidate', earlier: 'activist', earlierDate: '2024-04-15' } };
    expect(devIssueLines(zh, order, '日期', ctx)[0]).toBe('“确定发展对象”不能早于“推荐和确定入党积极分子”（2024年4月15日）（发展党员程序）。');
    const missing = { path: ['date'], code: 'PREREQUISITE_MISSING', message: '', params: { rule: 'x', article: '细则第十四条', needs: 'introducers' } };
    expect(devIssueLines(zh, missing, '日期', ctx)[0]).toBe('须先记录“确定入党介绍人”（细则第十四条）。');
    const count = { path: ['people'], code: 'PEOPLE_COUNT', message: '', params: { label: '入党介绍人', min: 2, max: 2, count: 1, article: '细则第十四条' } };
    expect(devIssueLines(zh, count, '入党介绍人')[0]).toBe('入党介绍人应为2名，现在是1名。');
  });

  it('has its own words for codes whose backend message is English, and falls back to the shared ones', () => {
    expect(devIssueLines(zh, { path: ['step'], code: 'STEP_ALREADY_RECORDED', message: 'already recorded', params: {} }, '')).toEqual(['这一步已经记录过了。要改日期，请先撤销原来的记录，再重新记录。']);
    expect(devIssueLines(zh, { path: ['fields', 'birthDate'], code: 'REQUIRED', message: '' }, '出生日期')[0]).toContain('细则第五条');
    expect(devIssueLines(zh, { path: ['date'], code: 'DATE_IN_FUTURE', message: '' }, '日期')).toEqual(['日期晚于今天，请核对。']);
  });

  it('tells a blank field from a malformed one for the schema’s own issues', () => {
    expect(devIssueLines(zh, { path: ['date'], message: 'Invalid' }, '日期', undefined, true)).toEqual(['请填写日期。']);
    expect(devIssueLines(zh, { path: ['date'], message: 'Invalid' }, '日期', undefined, false)).toEqual(['日期的写法不对，请检查。']);
  });
});

describe('placeIssues', () => {
  it('puts the first issue of each field under it and lists the rest', () => {
    const placed = placeIssues(
      zh,
      [tooEarly, { ...tooEarly, params: { ...tooEarly.params, earliest: '2025-05-01' } }, { path: ['code'], code: 'STEP_REQUIRED', message: '', params: { step: 'approval' } }],
      (path) => (path[0] === 'date' ? { name: ['date'], label: '日期' } : null),
      ctx,
    );
    expect(placed.fields).toEqual([{ name: ['date'], errors: ['早于规则允许的最早日期2025年4月15日（细则第十三条）。', '依据：经过一年以上培养教育和考察方可确定为发展对象（细则第十三条）'] }]);
    expect(placed.unmatched).toEqual(['列入党员名册前，须先记录支部大会讨论和上级党委审批。']);
  });
});

describe('violationLine and deadlineLine', () => {
  it('puts the step in front of a recorded problem and the rule after it', () => {
    const v = { code: 'TOO_LATE', stepNumber: 2, step: 'talk', params: { rule: 'candidate-after-activist', article: '细则第七条', due: '2024-04-04' } };
    expect(violationLine(zh, v, { ...ctx, stepNames: new Map([['talk', '党组织派人谈话']]) })).toBe(
      '第2步 党组织派人谈话：晚于规则允许的最后一天2024年4月4日（细则第七条）。规则：经过一年以上培养教育和考察方可确定为发展对象（细则第十三条）',
    );
  });

  it('says "by" for a deadline and "from" for a step that opens on a day', () => {
    const base = { stepNumber: 2, stepName: '党组织派人谈话', due: '2024-04-04', earliest: null, articles: '细则第七条' };
    const iso = (d: string) => d;
    expect(deadlineLine(zh, base, iso)).toBe('第2步 党组织派人谈话：应不晚于2024-04-04（细则第七条）');
    expect(deadlineLine(zh, { ...base, stepNumber: 23, stepName: '支部大会讨论转正', earliest: '2026-06-20', due: '2026-06-20' }, iso)).toBe('第23步 支部大会讨论转正：2026-06-20起办理（党章第七条）'.replace('党章第七条', '细则第七条'));
  });
});
