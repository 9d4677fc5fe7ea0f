import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../i18n/translate';
import { attendanceFigures, outcomeText, quorumView } from './attendance-display';
import { byType, currentText, previousText, requirementText, summariseCadence } from './cadence-view';
import type { CadenceLine } from './meeting-types';

const t = makeTranslator('zh-CN');
const show = (figures: ReturnType<typeof attendanceFigures>) => figures.map((f) => `${f.label}${f.value}${f.key ? '*' : ''}`);

describe('attendance figures and the quorum', () => {
  const counts = { expected: 8, present: 6, expectedVoting: 6, presentVoting: 4, observers: 1 };

  it('counts the voting members apart for a 党员大会 only, and marks what the quorum is counted on', () => {
    expect(show(attendanceFigures(t, 'general-assembly', counts))).toEqual(['应到8', '实到6', '缺席2', '列席1', '有表决权应到6*', '有表决权实到4*']);
    expect(show(attendanceFigures(t, 'committee', { ...counts, expected: 5, present: 4 }))).toEqual(['应到5*', '实到4*', '缺席1', '列席1']);
  });

  it('states the rule in words with its numbers, and the verdict', () => {
    expect(quorumView(t, { rule: 'more-than-half-voting', met: true, needed: 4, present: 4, of: 6 })).toEqual({
      rule: '规定：党员大会须有表决权的正式党员过半数到会（应到 6 人，至少 4 人）。',
      verdict: '到会人数符合规定：实到 4 人，至少需要 4 人。',
      status: 'met',
    });
    const short = quorumView(t, { rule: 'four-fifths-voting', met: false, needed: 8, present: 6, of: 9 });
    expect(short.status).toBe('short');
    expect(short.rule).toContain('五分之四以上');
    expect(short.verdict).toBe('到会人数不足：实到 6 人，至少需要 8 人，还差 2 人。人数不足时作出的决定无效。');
    expect(quorumView(t, { rule: 'none', met: true, needed: 0, present: 3, of: 3 })).toEqual({ rule: '这类会议没有到会人数的规定。', verdict: null, status: 'none' });
  });

  it('says whether a 党员大会 resolution passes', () => {
    expect(outcomeText(t, { passes: true, yes: 4, needed: 4 })).toBe('赞成 4 票，超过半数（需 4 票）：决议通过。');
    expect(outcomeText(t, { passes: false, yes: 3, needed: 4 })).toBe('赞成 3 票，未超过半数（需 4 票）：决议未通过。');
  });
});

function line(type: CadenceLine['type'], period: CadenceLine['period'], held: number, prevHeld: number, dueBy: string): CadenceLine {
  const required = 1;
  return {
    type,
    period,
    required,
    basis: '',
    local: false,
    current: { start: '', end: dueBy, held, met: held >= required },
    previous: { start: '', end: '', held: prevHeld, met: prevHeld >= required },
    yearToDate: { periods: 1, met: 0 },
    dueBy: held >= required ? null : dueBy,
  };
}

describe('cadence at a glance', () => {
  const lines = [
    line('life-meeting', 'year', 0, 1, '2026-12-31'),
    line('committee', 'month', 0, 0, '2026-11-30'),
    line('general-assembly', 'quarter', 1, 1, '2026-12-31'),
    line('theme-day', 'month', 0, 1, '2026-11-30'),
  ];

  it('sorts what is due by deadline, then in the usual order of types', () => {
    const s = summariseCadence(lines);
    expect(s.due.map((l) => l.type)).toEqual(['committee', 'theme-day', 'life-meeting']);
    expect(s.overdue.map((l) => l.type)).toEqual(['committee']);
    expect(s.done.map((l) => l.type)).toEqual(['general-assembly']);
    expect(byType(lines).map((l) => l.type)).toEqual(['general-assembly', 'committee', 'theme-day', 'life-meeting']);
  });

  it('words the requirement, this period and the last', () => {
    const committee = lines[1]!;
    expect(requirementText(t, committee)).toBe('每月至少 1 次');
    expect(currentText(t, committee)).toBe('本月已开 0 次，还差 1 次，11月30日前');
    expect(previousText(t, committee)).toBe('上月只记录了 0 次（应 1 次）');
    expect(currentText(t, lines[2]!)).toBe('本季度已开 1 次');
    expect(previousText(t, lines[0]!)).toBe('去年已开 1 次');
  });
});
