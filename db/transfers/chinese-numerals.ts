/**
 * Numbers as the paper forms write them. Pure functions, table-tested.
 *
 * Two registers are used, as on real 介绍信 and 收据:
 * - 小写汉字 for dates in running text and the 落款: 二〇二六年十一月二十五日 (year digit by
 *   digit with 〇; month and day as numbers: 十一, 二十五).
 * - 大写 (壹贰叁…拾佰仟万) wherever a figure must resist alteration: the letter's 党费已交到
 *   __年__月 and 有效期__天 ("均要采用大写的数字表示，以免涂改"), and money on a 收据.
 *   The leading 壹 of 壹拾 is always written (壹拾伍, 壹拾贰元), so nothing can be prefixed.
 */

const LOWER = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UPPER = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UPPER_UNITS = ['', '拾', '佰', '仟'] as const;
const SECTION_UNITS = ['', '万', '亿', '万亿'] as const;

function requireWhole(n: number, what: string, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(n) || n < 0 || n > max) throw new RangeError(`${what} must be a whole number from 0 to ${max}, got ${n}`);
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 25 → 二十五, 31 → 三十一 (months and days, 0–99). */
export function lowerSmallNumber(n: number): string {
  requireWhole(n, 'a month or day', 99);
  if (n < 10) return LOWER[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : LOWER[tens]}十${ones ? LOWER[ones] : ''}`;
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** '2026-11-25' → 二〇二六年十一月二十五日; '2026-11' → 二〇二六年十一月. */
export function chineseDate(date: string): string {
  const m = DATE.exec(date);
  const month = Number(m?.[2]);
  const day = m?.[3] === undefined ? undefined : Number(m[3]);
  if (!m || month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  const year = [...m[1]!].map((d) => LOWER[Number(d)]).join('');
  return `${year}年${lowerSmallNumber(month)}月${day === undefined ? '' : `${lowerSmallNumber(day)}日`}`;
}

/** One four-digit section in 大写, with 零 for inner gaps: 1005 → 壹仟零伍, 1050 → 壹仟零伍拾. */
function upperSection(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos -= 1) {
    const digit = Math.floor(n / 10 ** pos) % 10;
    if (digit === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += UPPER[digit]! + UPPER_UNITS[pos]!;
  }
  return out;
}

/**
 * A whole number in 大写: 15 → 壹拾伍, 30 → 叁拾, 100010 → 壹拾万零壹拾, 0 → 零.
 * A section below 1000 after a non-zero one takes a 零 (壹万零伍), as 票据 are written.
 */
export function upperNumber(n: number): string {
  requireWhole(n, 'a number');
  if (n === 0) return UPPER[0];
  const sections: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) sections.push(rest % 10_000);
  let out = '';
  for (let i = sections.length - 1; i >= 0; i -= 1) {
    const s = sections[i]!;
    if (s === 0) continue;
    const higherWritten = out !== '';
    if (higherWritten && (s < 1000 || sections[i + 1] === 0)) out += '零';
    out += upperSection(s) + SECTION_UNITS[i]!;
  }
  return out.replace(/零+/g, '零');
}

/** 有效期 in 大写: 30 → 叁拾, 90 → 玖拾, 15 → 壹拾伍, 10 → 壹拾. */
export function upperDays(days: number): string {
  requireWhole(days, 'days', 9999);
  return upperNumber(days);
}

/** 党费已交到 in 大写: '2026-11' → { year: 贰零贰陆, month: 壹拾壹 } for the form's 年 and 月 blanks. */
export function upperYearMonth(month: string): { year: string; month: string; text: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const mm = Number(m?.[2]);
  if (!m || mm < 1 || mm > 12) throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  const year = [...m[1]!].map((d) => UPPER[Number(d)]).join('');
  const monthText = upperNumber(mm);
  return { year, month: monthText, text: `${year}年${monthText}月` };
}

/**
 * Money in 大写, after the 票据 rules: 元 then 角 and 分; 整 when there are no 分; a 零 where the
 * 角 is zero but 分 is not (壹佰元零伍分). When the 元 digit is zero but 角 is not, the optional
 * 零 is left out (壹拾元伍角整). Less than one 元 starts at the 角 (贰角整, 伍分).
 * 1230 → 壹拾贰元叁角整, 20 → 贰角整, 10005 → 壹佰元零伍分, 0 → 零元整.
 */
export function upperMoney(fen: number): string {
  requireWhole(fen, 'fen');
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${upperNumber(yuan)}元` : '';
  if (jiao > 0) out += `${UPPER[jiao]}角`;
  else if (f > 0 && yuan > 0) out += '零';
  if (f > 0) out += `${UPPER[f]}分`;
  else out += '整';
  return out;
}
