import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../members/import/limits';
import { csvFile } from '../../members/import/test-files';
import { unlockedBackend } from '../../test-support/temp-store';

let b: Awaited<ReturnType<typeof unlockedBackend>>;
beforeEach(async () => {
  b = await unlockedBackend();
});
afterEach(() => b.cleanup());

const file = {
  fileName: '名册.csv',
  contentBase64: csvFile(
    [
      ['姓名', '性别', '入党日期', '转正日期'],
      ['单晓红', '女', '2010年6月30日', '2011年6月30日'],
      ['曾国华', '', '2012-07-01', '2013-07-01'],
    ],
    'utf8-bom',
  ).toString('base64'),
};

describe('members.importPreview, members.importApply, members.importErrorsSheet', () => {
  it('preview answers with the contract shape only, and apply imports what it showed', async () => {
    const preview = await b.call('members.importPreview', file);
    expect(preview).toEqual({
      ok: true,
      value: {
        sheets: ['Sheet1'],
        sheet: 'Sheet1',
        headerRow: 1,
        mapping: [
          { column: 0, header: '姓名', field: 'name' },
          { column: 1, header: '性别', field: 'gender' },
          { column: 2, header: '入党日期', field: 'joinDate' },
          { column: 3, header: '转正日期', field: 'fullDate' },
        ],
        rows: [
          { rowNumber: 2, status: 'import', name: '单晓红', reasons: [], warnings: [] },
          { rowNumber: 3, status: 'skip', name: '曾国华', reasons: ['没有填写性别：请填写性别，或填写身份证号'], warnings: [] },
        ],
        counts: { import: 1, skip: 1 },
      },
    });
    expect(await b.call('members.importApply', { ...file, expectedCount: 1 })).toEqual({
      ok: true,
      value: { imported: 1, codes: ['ZB-0001-00001'] },
    });
    expect(await b.call('members.list', {})).toMatchObject({ ok: true, value: { total: 1, rows: [{ name: '单晓红' }] } });
  });

  it('apply refuses with CONFLICT when the expected count is not what the file previews to now', async () => {
    const r = await b.call('members.importApply', { ...file, expectedCount: 2 });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { expected: 2, actual: 1 } } });
    expect(await b.call('members.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('the error sheet comes back as a named .xlsx', async () => {
    const r = await b.call('members.importErrorsSheet', file);
    expect(r).toMatchObject({ ok: true, value: { fileName: '名册-未导入的行.xlsx' } });
    if (r.ok) expect(Buffer.from(r.value.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a file over 20 MB with a clear, coded problem', async () => {
    const contentBase64 = Buffer.alloc(MAX_FILE_BYTES + 1).toString('base64');
    const r = await b.call('members.importPreview', { fileName: '大.xlsx', contentBase64 });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ code: 'FILE_TOO_LARGE', params: { maxMb: 20 } }] } });
  });

  it('refuses a mapping to a field that does not exist, at the boundary', async () => {
    const r = await b.invoke('members.importPreview', { ...file, mapping: [{ column: 0, field: 'password' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('needs the store unlocked', async () => {
    await b.call('store.lock', {});
    expect(await b.call('members.importPreview', file)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
