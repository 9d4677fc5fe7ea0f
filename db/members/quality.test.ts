import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';
import { makeId } from './test-people';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('members.quality', () => {
  it('lists missing 采集表 fields and dates that break the rules, per member', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    const complete = {
      name: '单晓红',
      idNumber: makeId('1985-07-01', '2'),
      ethnicity: '01',
      education: '21',
      occupation: '03',
      joinDate: '2010-06-30',
      fullDate: '2011-06-30',
      mobile: '13800138000',
      address: '北京市朝阳区某街1号',
    };
    await b.call('members.create', { fields: complete, addition: { kind: 'import', date: '2020-01-01' } });
    const partial = await b.call('members.create', { fields: { name: '曾国华', gender: '1' }, addition: { kind: 'import', date: '2020-01-01' } });
    if (!partial.ok) throw new Error(partial.error.code);
    // A date that was fine when typed but breaks a rule now that it is compared (planted directly).
    b.session.requireStore().sqlite.prepare("UPDATE members SET join_date = '2012-01-01', full_date = '2011-06-30' WHERE name = '单晓红'").run();
    const r = await b.call('members.quality', {});
    if (!r.ok) throw new Error(r.error.code);
    const of = (name: string) => r.value.filter((p) => p.name === name).map((p) => `${p.kind}:${p.field}:${p.problem}`);
    expect(of('单晓红')).toEqual(['inconsistent:fullDate:DATE_ORDER']);
    expect(of('曾国华')).toEqual(
      ['idNumber', 'birthDate', 'ethnicity', 'education', 'occupation', 'joinDate', 'mobile', 'address'].map((f) => `missing:${f}:MISSING`),
    );
  });
});
