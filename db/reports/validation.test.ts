import { afterEach, describe, expect, it } from 'vitest';
import { computeReport } from './compute';
import { parsePeriod } from './periods';
import { buildTestBranch, type TestBranch } from './test-branch';

let branch: TestBranch | undefined;
afterEach(() => branch?.b.cleanup());

const TODAY = '2026-11-25';

function report(t: TestBranch) {
  return computeReport(t.b.session.requireStore(), parsePeriod('2026Q3'), TODAY);
}

describe('validateReport', () => {
  it('passes the reconciliation of the constructed quarter and asks about each unusual figure by name', async () => {
    branch = await buildTestBranch();
    const { validation } = report(branch);
    expect(validation.errors).toBe(0);
    const byKey = Object.fromEntries(validation.issues.map((i) => [i.key, i]));
    expect(validation.issues.map((i) => i.key)).toEqual([
      'AGE_OVER_100',
      'FIELD_MISSING:byEthnicity',
      'FIELD_MISSING:byAge',
      'FIELD_MISSING:byEducation',
      'FIELD_MISSING:byOccupation',
      'IMPORTED',
      'MEETINGS_SHORT:committee',
      'MEETINGS_SHORT:theme-day',
      'MEETINGS_DRAFT',
      'LECTURE_NO_TIMES',
      'DUES_NO_PROFILE',
    ]);
    expect(validation.issues.every((i) => i.severity === 'warning' && i.explanation === null)).toBe(true);
    expect(validation).toMatchObject({ warnings: 11, unexplained: 11, ready: false });
    expect(byKey['AGE_OVER_100']).toMatchObject({ message: '1名党员期末年龄超过100岁，请核对出生日期：黄丽', items: [{ name: '黄丽', code: branch.code['黄丽'] }] });
    expect(byKey['IMPORTED']?.message).toBe('本期录入原有党员1人（建立名册时录入，不计入增加）：赵磊');
    expect(byKey['FIELD_MISSING:byEducation']?.message).toBe('1名党员未填学历：赵磊');
    expect(byKey['MEETINGS_SHORT:committee']?.message).toBe(
      '支部委员会会议应开3次，已定稿0次；未达到规定次数的时段：2026年7月1日至2026年7月31日、2026年8月1日至2026年8月31日、2026年9月1日至2026年9月30日',
    );
    expect(byKey['DUES_NO_PROFILE']?.items.map((i) => i.name)).toEqual(['刘洋', '黄丽', '周敏', '杨帆', '赵磊']);
  });

  it('names the member behind a broken reconciliation planted in the event table', async () => {
    branch = await buildTestBranch();
    // A second removal of someone who already died: one more 减少 with no one leaving the roster.
    branch.sql(
      `INSERT INTO member_events (member_code, kind, date, recorded_at, recorded_by) VALUES (?, 'transfer-out', '2026-09-10', '2026-09-10T00:00:00Z', 'planted')`,
      branch.code['张伟'],
    );
    const { validation } = report(branch);
    const broken = validation.issues.filter((i) => i.severity === 'error');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ rule: 'RECONCILE', key: 'RECONCILE', items: [{ code: branch.code['张伟'], name: '张伟' }] });
    expect(broken[0]?.message).toBe(
      '期初、增减与期末不符：上期末6人 + 本期增加2人 + 录入1人 − 本期减少3人 = 6人，期末党员总数为7人；张伟于2026年9月10日组织关系转出时不在名册上',
    );
    expect(validation.ready).toBe(false);
  });

  it('names an addition of someone already on the roster', async () => {
    branch = await buildTestBranch();
    branch.sql(
      `INSERT INTO member_events (member_code, kind, date, recorded_at, recorded_by) VALUES (?, 'transfer-in', '2026-07-02', '2026-07-02T00:00:00Z', 'planted')`,
      branch.code['王芳'],
    );
    const error = report(branch).validation.issues.find((i) => i.rule === 'RECONCILE');
    expect(error?.items).toEqual([{ code: branch.code['王芳'], name: '王芳' }]);
    expect(error?.message).toContain('王芳于2026年7月2日组织关系转入时已在名册上');
  });

  it('finds one person entered twice and a code outside its table, by name', async () => {
    branch = await buildTestBranch();
    const { code, sql } = branch;
    // The unique index is on the text as stored: a leading space slips past it.
    sql(`UPDATE members SET id_number = ' ' || (SELECT id_number FROM members WHERE code = ?) WHERE code = ?`, code['王芳'], code['周敏']);
    sql(`UPDATE members SET education = '99' WHERE code = ?`, code['李强']);
    const errors = report(branch).validation.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.key)).toEqual(['BREAKDOWN_SUM:byEducation', expect.stringMatching(/^DUPLICATE_ID:110105198005100\d\d[\dX]$/)]);
    expect(errors[0]).toMatchObject({ items: [{ code: code['李强'], name: '李强' }] });
    expect(errors[0]?.message).toContain('按学历分类的各项之和6人，不等于党员总数7人');
    expect(errors[1]?.items.map((i) => i.name).sort()).toEqual(['周敏', '王芳']);
  });

  it('asks about a fall of more than a tenth of the members', async () => {
    branch = await buildTestBranch();
    for (const name of ['王芳', '李强']) {
      const r = await branch.b.call('members.recordEvent', { code: branch.code[name]!, kind: 'transfer-out', date: '2026-09-20' });
      expect(r.ok).toBe(true);
    }
    const drop = report(branch).validation.issues.find((i) => i.key === 'MEMBERS_DROP');
    // 6 at the start, 5 at the end: 16.7 %.
    expect(drop?.message).toBe('党员总数由上期末6人减至5人，减少16.7%（超过10%）：王芳、李强、张伟');
  });

  it('stores explanations for current warnings only and is ready once all are explained', async () => {
    branch = await buildTestBranch();
    const { b } = branch;
    const stray = await b.call('reports.explain', { period: '2026Q3', key: 'NO_SUCH_WARNING', text: '说明' });
    expect(stray).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { key: 'NO_SUCH_WARNING' } } });
    let last = report(branch);
    for (const issue of last.validation.issues) {
      const r = await b.call('reports.explain', { period: '2026Q3', key: issue.key, text: `已核实：${issue.rule}` });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      last = r.value;
    }
    expect(last.validation).toMatchObject({ errors: 0, unexplained: 0, ready: true });
    expect(last.explanations['AGE_OVER_100']).toBe('已核实：AGE_OVER_100');
    const cleared = await b.call('reports.explain', { period: '2026Q3', key: 'AGE_OVER_100', text: '' });
    expect(cleared).toMatchObject({ ok: true, value: { validation: { unexplained: 1, ready: false } } });
  });
});
