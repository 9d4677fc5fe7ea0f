import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../i18n/translate';
import { capText, conflictText, issueText } from './appraisal-text';

const t = makeTranslator('zh-CN');

describe('appraisal wording', () => {
  it('reads 33 as one third and any other share as a percentage', () => {
    expect(capText(t, 33)).toBe('三分之一');
    expect(capText(t, 25)).toBe('25%');
  });

  it('words the backend’s coded issues with their numbers and dates, and plain schema issues by cell', () => {
    expect(issueText(t, { path: ['ballots'], code: 'BALLOTS_EXCEED_VOTERS', message: '', params: { total: 13, voters: 12 } }, 'ballots.total')).toBe(
      '合计 13 张，多于收回的 12 张，请核对票数。',
    );
    expect(issueText(t, { path: ['feedbackOn'], code: 'BEFORE_OPENING', message: '', params: { openedOn: '2026-11-01' } }, 'feedbackOn')).toBe(
      '反馈日期不能早于评议开始日期（2026年11月1日）。',
    );
    expect(issueText(t, { path: ['peer', 'basic'], message: 'Too big' }, 'peer.basic')).toBe('票数应是 0 或正整数，请重新填写。');
    expect(issueText(t, { path: ['feedbackOn'], message: 'Invalid' }, 'feedbackOn')).toBe('请按 2026-11-22 这样的格式填写日期。');
  });

  it('says what a CONFLICT clashed with: a submitted report, a closed year, a year already open', () => {
    expect(conflictText(t, { code: 'CONFLICT', params: { period: '2026', date: '2026-12-31' } }, 'change')?.what).toBe(
      '2026 的统计报表已经报送，2026年12月31日 所在期间的数据不能再改，这一行没有保存。',
    );
    expect(conflictText(t, { code: 'CONFLICT', params: { year: 2026, closedOn: '2026-12-20' } }, 'change')?.what).toContain('已于 2026年12月20日 结束');
    expect(conflictText(t, { code: 'CONFLICT', params: { year: 2026 } }, 'open')?.what).toBe('2026年度的民主评议已经开始过了。');
    // Closing a year twice has only the year: not worded as "already open".
    expect(conflictText(t, { code: 'CONFLICT', params: { year: 2026 } }, 'change')).toBeNull();
    expect(conflictText(t, { code: 'NOT_FOUND', params: { year: 2026 } }, 'open')).toBeNull();
  });
});
