/**
 * The small branch the reports e2e test works on, seeded through the real backend ops. The
 * quarter is the last one that has ended, so the test runs on any date: figures are worked
 * out by hand below from the dates relative to that quarter.
 *
 * 期初 (5): 王建国, 李秀英, 张敏 (probationary), 刘芳 (回族), 赵德明 (born 1936).
 * In the quarter: 陈明 transferred in (day 31), 张敏 became full (day 20), 刘芳 transferred out
 * (day 51), 赵德明 died (day 71). 期末 (4): 王建国, 李秀英, 张敏, 陈明 — a 20% fall, which the
 * report asks to explain (MEMBERS_DROP). Every closing member has a dues basis; 王建国 paid the
 * quarter, the others did not. One 党员大会, one 党课 (90 minutes) and a 主题党日 each month are
 * finalised in the quarter; no 支委会 is recorded, which the report also asks to explain.
 */
import type { Backend } from '../../db/backend';
import { makeId } from '../../db/members/test-people';
import { must } from './support';

export interface Quarter {
  id: string;
  year: number;
  index: number;
  start: string;
  end: string;
  /** '2026年第三季度'. */
  label: string;
}

const ZH = ['一', '二', '三', '四'];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The quarter before the one `today` is in: ended, so it can be submitted. */
export function lastEndedQuarter(today: string): Quarter {
  const y = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const year = current === 1 ? y - 1 : y;
  const index = current === 1 ? 4 : current - 1;
  const start = `${year}-${String((index - 1) * 3 + 1).padStart(2, '0')}-01`;
  const nextStart = index === 4 ? `${year + 1}-01-01` : `${year}-${String(index * 3 + 1).padStart(2, '0')}-01`;
  return { id: `${year}Q${index}`, year, index, start, end: addDays(nextStart, -1), label: `${year}年第${ZH[index - 1]}季度` };
}

type Fields = { name: string; gender: '1' | '2'; ethnicity: string; birthDate: string; education: string; occupation: string; joinDate: string; fullDate?: string };

function person(name: string, gender: '1' | '2', ethnicity: string, birthDate: string, education: string, occupation: string, joinDate: string, fullDate?: string): Fields {
  return { name, gender, ethnicity, birthDate, education, occupation, joinDate, ...(fullDate ? { fullDate } : {}) };
}

export interface SeededBranch {
  quarter: Quarter;
  code: Record<string, string>;
  /** The day 刘芳 left: the unlock test records the event it corrects near it. */
  dates: { fullDay: string; transferIn: string; transferOut: string; death: string };
}

export async function seedReportBranch(b: Backend, today: string): Promise<SeededBranch> {
  const q = lastEndedQuarter(today);
  const day = (n: number) => addDays(q.start, n - 1);
  const dates = { fullDay: day(20), transferIn: day(31), transferOut: day(51), death: day(71) };
  const probationJoin = `${Number(dates.fullDay.slice(0, 4)) - 1}${dates.fullDay.slice(4)}`;
  const importDay = addDays(q.start, -60);
  const code: Record<string, string> = {};
  const create = async (f: Fields, addition: { kind: 'import' | 'transfer-in'; date: string }, serial = 1) => {
    const idNumber = makeId(f.birthDate, f.gender, serial);
    code[f.name] = (await must(b.call('members.create', { fields: { ...f, idNumber }, addition }))).code;
  };
  const imported = { kind: 'import' as const, date: importDay };
  await create(person('王建国', '1', '01', '1970-05-01', '21', '05', '1998-07-01', '1999-07-01'), imported);
  await create(person('李秀英', '2', '01', '1985-03-12', '31', '03', '2010-07-01', '2011-07-01'), imported);
  await create(person('张敏', '1', '01', '1996-10-20', '21', '04', probationJoin), imported);
  await create(person('刘芳', '2', '03', '1988-08-15', '21', '03', '2012-07-01', '2013-07-01'), imported);
  await create(person('赵德明', '1', '01', '1936-02-02', '61', '08', '1965-07-01', '1966-07-01'), imported);
  await create(person('陈明', '1', '01', '1992-11-20', '21', '03', '2019-05-04', '2020-05-04'), { kind: 'transfer-in', date: dates.transferIn }, 2);

  await must(b.call('members.recordEvent', { code: code['张敏']!, kind: 'full', date: dates.fullDay }));
  await must(b.call('members.recordEvent', { code: code['刘芳']!, kind: 'transfer-out', date: dates.transferOut }));
  await must(b.call('members.recordEvent', { code: code['赵德明']!, kind: 'death', date: dates.death }));

  const firstMonth = q.start.slice(0, 7);
  for (const name of ['王建国', '李秀英', '张敏', '陈明']) {
    await must(b.call('dues.setProfile', { memberCode: code[name]!, fromMonth: importDay.slice(0, 7), category: 'employed', baseFen: 500000 }));
  }
  // 1% of 5000 元 = 50 元 a month, three months paid on the quarter's first day.
  await must(b.call('dues.recordPayment', { memberCode: code['王建国']!, fromMonth: firstMonth, toMonth: q.end.slice(0, 7), amountFen: 15000, method: 'cash', paidOn: q.start }));

  const meeting = async (type: 'general-assembly' | 'lecture' | 'theme-day', date: string, extra: Record<string, string>) => {
    const draft = await must(b.call('meetings.draft', { type, date }));
    const m = await must(b.call('meetings.create', { meeting: { ...draft, place: '党员活动室', chair: '王建国', recorder: '李秀英', startTime: '14:00', ...extra } }));
    await must(b.call('meetings.finalise', { code: m.code, version: m.version }));
  };
  await meeting('general-assembly', day(10), { endTime: '15:00' });
  await meeting('lecture', day(40), { endTime: '15:30', lecturer: '王建国', lectureTitle: '学习党章' });
  for (const month of [0, 1, 2]) await meeting('theme-day', addDays(`${q.start.slice(0, 5)}${String(q.index * 3 - 2 + month).padStart(2, '0')}-01`, 14), {});
  return { quarter: q, code, dates };
}
