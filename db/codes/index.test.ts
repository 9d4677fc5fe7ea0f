import { afterEach, describe, expect, it } from 'vitest';
import {
  clearCodeTableOverrides,
  CODE_TABLE_NAMES,
  codeName,
  type CodeTableName,
  findCodeByName,
  isValidCode,
  loadCodeTable,
  normaliseCodeLabel,
  parseCodeTable,
  setCodeTableOverride,
} from './index';

afterEach(() => clearCodeTableOverrides());

describe('loadCodeTable: every bundled table', () => {
  it('has all nine tables', () => {
    expect([...CODE_TABLE_NAMES].sort()).toEqual(
      ['education', 'ethnicity', 'gender', 'lost-contact', 'occupation', 'org-category', 'party-standing', 'political-status', 'work-post'].sort(),
    );
  });

  it.each(CODE_TABLE_NAMES)('%s parses, names itself, cites a source and has unique codes', (name) => {
    const table = loadCodeTable(name);
    expect(table.table).toBe(name);
    expect(table.source.length).toBeGreaterThan(20);
    const codes = table.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(CODE_TABLE_NAMES)('%s: no name or alias can mean two entries', (name) => {
    const owner = new Map<string, string>();
    for (const e of loadCodeTable(name).entries) {
      for (const label of [e.name, ...(e.aliases ?? [])]) {
        const key = normaliseCodeLabel(label);
        expect(owner.get(key) ?? e.code, `${label} in ${name}`).toBe(e.code);
        owner.set(key, e.code);
      }
    }
  });
});

describe('ethnicity (GB 3304-1991)', () => {
  const table = loadCodeTable('ethnicity');
  const standard = table.entries.filter((e) => !e.supplementary);

  it('has exactly the 56 standard entries, coded 01–56 in the standard order', () => {
    expect(standard).toHaveLength(56);
    expect(standard.map((e) => e.code)).toEqual(Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it.each([
    ['01', '汉族', 'HA'],
    ['02', '蒙古族', 'MG'],
    ['03', '回族', 'HU'],
    ['04', '藏族', 'ZA'],
    ['05', '维吾尔族', 'UG'],
    ['06', '苗族', 'MH'],
    ['08', '壮族', 'ZH'],
    ['10', '朝鲜族', 'CS'],
    ['11', '满族', 'MA'],
    ['15', '土家族', 'TJ'],
    ['25', '水族', 'SU'],
    ['44', '俄罗斯族', 'RS'],
    ['49', '京族', 'GI'],
    ['55', '珞巴族', 'LB'],
    ['56', '基诺族', 'JN'],
  ])('%s is %s (%s)', (code, name, abbr) => {
    const entry = table.entries.find((e) => e.code === code);
    expect(entry?.name).toBe(name);
    expect(entry?.abbr).toBe(abbr);
  });

  it('gives every standard entry a unique two-letter code and a romanisation', () => {
    const abbrs = standard.map((e) => e.abbr);
    expect(abbrs.every((a) => a !== undefined && /^[A-Z]{2}$/.test(a))).toBe(true);
    expect(new Set(abbrs).size).toBe(56);
    expect(standard.every((e) => e.roman && e.name.endsWith('族'))).toBe(true);
  });

  it('marks 97 and 98 as supplementary, with a note that they are not verified', () => {
    const extra = table.entries.filter((e) => e.supplementary);
    expect(extra.map((e) => [e.code, e.name])).toEqual([
      ['97', '其他未识别民族'],
      ['98', '外国血统中国籍人士'],
    ]);
    for (const e of extra) expect(e.note).toMatch(/未经核实|not verified/);
  });
});

describe('the other tables hold what the forms use', () => {
  it.each<[CodeTableName, string[]]>([
    ['gender', ['0', '1', '2', '9']],
    ['political-status', Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(2, '0'))],
    ['education', ['10', '11', '14', '21', '31', '41', '44', '47', '61', '71', '81', '90']],
    ['occupation', ['01', '02', '03', '04', '05', '06', '07', '08']],
    ['party-standing', ['1', '2']],
    ['lost-contact', ['1', '2', '3', '4', '5', '6', '7']],
    ['org-category', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['work-post', []],
  ])('%s has codes %j', (name, codes) => {
    expect(loadCodeTable(name).entries.map((e) => e.code)).toEqual(codes);
  });

  it('keeps the empty 工作岗位 table explained', () => {
    expect(loadCodeTable('work-post').note).toContain('组织部');
  });

  it('notes in education that the party system ZB64 codes were not found', () => {
    expect(loadCodeTable('education').source).toMatch(/ZB64.*not found/);
  });
});

describe('codeName and isValidCode', () => {
  it.each<[CodeTableName, string, string | undefined]>([
    ['gender', '1', '男'],
    ['gender', '2', '女'],
    ['ethnicity', '01', '汉族'],
    ['ethnicity', '1', undefined], // the code itself is two digits; findCodeByName repairs 1
    ['political-status', '01', '中共党员'],
    ['political-status', '13', '群众'],
    ['education', '21', '大学本科'],
    ['lost-contact', '5', '出国（境）'],
    ['org-category', '7', '街道社区'],
    ['work-post', '0101', undefined],
  ])('%s %s → %s', (table, code, name) => {
    expect(codeName(table, code)).toBe(name);
    expect(isValidCode(table, code)).toBe(name !== undefined);
  });

  it('refuses a table that does not exist', () => {
    expect(() => isValidCode('nation' as CodeTableName, '01')).toThrow(RangeError);
  });
});

describe('findCodeByName: values as written in spreadsheets', () => {
  it.each<[CodeTableName, string, string | undefined]>([
    ['ethnicity', '汉族', '01'],
    ['ethnicity', '汉', '01'],
    ['ethnicity', ' 汉 族 ', '01'],
    ['ethnicity', '蒙古', '02'],
    ['ethnicity', '蒙族', '02'],
    ['ethnicity', '维族', '05'],
    ['ethnicity', '僳僳族', '20'], // a common misspelling of 傈僳族
    ['ethnicity', '毛难族', '36'], // the name before 1986
    ['ethnicity', '土', '30'],
    ['ethnicity', '土家', '15'],
    ['ethnicity', '1', '01'], // Excel dropped the leading zero
    ['ethnicity', '01', '01'],
    ['ethnicity', '汉人', undefined],
    ['gender', '男', '1'],
    ['gender', '男性', '1'],
    ['gender', '女', '2'],
    ['gender', '女性', '2'],
    ['gender', 'M', '1'],
    ['gender', 'f', '2'],
    ['gender', '1', '1'],
    ['gender', '男女', undefined],
    ['education', '大学', '21'],
    ['education', '本科', '21'],
    ['education', '大学本科', '21'],
    ['education', '大学本科毕业', '21'],
    ['education', '大专', '31'],
    ['education', '专科', '31'],
    ['education', '研究生', '10'],
    ['education', '硕士', '14'],
    ['education', '研究生（硕士）', '14'], // full-width brackets
    ['education', '博士研究生', '11'],
    ['education', '中专', '41'],
    ['education', '高中', '61'],
    ['education', '初中', '71'],
    ['education', '其它', '90'],
    ['political-status', '中共党员', '01'],
    ['political-status', '中国共产党党员', '01'],
    ['political-status', '预备党员', '02'],
    ['political-status', '团员', '03'],
    ['political-status', '1', '01'],
    ['occupation', '工人', '01'],
    ['occupation', '退休', '08'],
    ['occupation', '公务员', '05'],
    ['party-standing', '正常', '1'],
    ['party-standing', '停止党籍', '2'],
    ['lost-contact', '③', '3'],
    ['lost-contact', '出国(境)', '5'],
    ['lost-contact', '出国', '5'],
    ['org-category', '⑦', '7'],
    ['org-category', '国企', '1'],
    ['work-post', '教师', undefined],
    ['ethnicity', '', undefined],
  ])('%s %j → %s', (table, label, code) => {
    expect(findCodeByName(table, label)).toBe(code);
  });
});

describe('replacing a table', () => {
  const workPosts = {
    table: 'work-post',
    standard: '中组部 工作岗位代码',
    version: 'test',
    source: 'a test file shaped like the 组织部 table',
    entries: [
      { code: '0101', name: '公务员', aliases: ['机关公务员'] },
      { code: '0201', name: '教师' },
    ],
  };

  it('loads a 工作岗位 table at run time, and the bundled one comes back when cleared', () => {
    expect(setCodeTableOverride('work-post', workPosts).ok).toBe(true);
    expect(findCodeByName('work-post', '教师')).toBe('0201');
    expect(codeName('work-post', '0101')).toBe('公务员');
    clearCodeTableOverrides();
    expect(isValidCode('work-post', '0101')).toBe(false);
  });

  it('refuses a file for another table', () => {
    const r = setCodeTableOverride('education', workPosts);
    expect(r.ok).toBe(false);
    expect(isValidCode('education', '21')).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ['a duplicate code', { ...workPosts, entries: [{ code: '01', name: '甲' }, { code: '01', name: '乙' }] }, /duplicate code 01/],
    ['an alias on two entries', { ...workPosts, entries: [{ code: '01', name: '甲', aliases: ['丙'] }, { code: '02', name: '丙' }] }, /"丙" would match both 01 and 02/],
    ['an alias equal to another code', { ...workPosts, entries: [{ code: '01', name: '甲', aliases: ['02'] }, { code: '02', name: '乙' }] }, /would match both 02 and 01/],
    ['a misspelt field', { ...workPosts, entries: [{ code: '01', name: '甲', alias: ['丙'] }] }, /alias/],
    ['a missing source', { ...workPosts, source: undefined }, /source/],
    ['a code with a space', { ...workPosts, entries: [{ code: '01 ', name: '甲' }] }, /letters or digits/],
  ])('refuses %s, saying where', (_label, raw, message) => {
    const r = parseCodeTable(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.join('\n')).toMatch(message);
  });
});
