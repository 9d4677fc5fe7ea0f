/**
 * Money on screen. The backend keeps integer fen; the screen shows and takes 元 with two
 * decimals. Parsing works on the digits as text, never through a float, so '0.29' is 29 fen
 * and not 28.999…; anything finer than a fen is refused rather than rounded.
 */

/** The backend's ceiling for one amount (1亿元), see db/api/schemas/dues.ts. */
export const MAX_FEN = 10_000_000_000;

/** 1230 → '12.30', 5 → '0.05', -120 → '-1.20'. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not whole fen: ${fen}`);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export type YuanProblem = 'empty' | 'format' | 'negative' | 'decimals' | 'too-large';
export type ParsedYuan = { ok: true; fen: number } | { ok: false; problem: YuanProblem };

/** Full-width digits and punctuation, as a Chinese input method types them, to ASCII. */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff0c\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * '12.3' → 1230, '12' → 1200, '0.05' → 5, '1,234.50' → 123450, '¥12.30' and '12.30元' too.
 * Refused with the reason: '' (empty), 'abc' or '1e3' (format), '-5' (negative), '12.345'
 * (finer than a fen), more than 1亿元 (too large).
 */
export function parseYuan(input: string): ParsedYuan {
  let text = halfWidth(input).replace(/\s+/g, '');
  text = text.replace(/^[¥￥]/, '').replace(/元$/, '');
  if (text === '') return { ok: false, problem: 'empty' };
  if (/^-/.test(text)) return { ok: false, problem: 'negative' };
  // Commas only as thousands separators: '1,234.5' yes, '1,2' no (a typo for a decimal point?).
  if (text.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return { ok: false, problem: 'format' };
    text = text.replace(/,/g, '');
  }
  const m = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return { ok: false, problem: 'format' };
  const whole = m[1] === '' ? '0' : m[1]!;
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 2) return { ok: false, problem: 'decimals' };
  if (whole.replace(/^0+/, '').length > 9) return { ok: false, problem: 'too-large' };
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen > MAX_FEN) return { ok: false, problem: 'too-large' };
  return { ok: true, fen };
}
