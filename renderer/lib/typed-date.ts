import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/**
 * Formats a date picker may take while the secretary is still typing. Each is complete only
 * when the whole date is there: with a one-digit form such as YYYY.M.D, "2026.11.2" is already
 * a date, and the picker would rewrite it to 2026-11-02 before the "5" of "2026.11.25" arrives.
 */
export const LIVE_DATE_FORMATS = ['YYYY-MM-DD', 'YYYYMMDD', 'YYYY年M月D日'];

/** Every way a date is typed here (1985-03-12, 19850312, 1985.3.12, 1985/3/12, 1985年3月12日, 1985-3-12): read when the field is left. */
export const TYPED_DATE_FORMATS = [...LIVE_DATE_FORMATS, 'YYYY.M.D', 'YYYY/M/D', 'YYYY-M-D', 'YYYY.MM.DD', 'YYYY/MM/DD'];

/** The same for months: "2026-1" is already January while the secretary types "2026-11". */
export const LIVE_MONTH_FORMATS = ['YYYY-MM', 'YYYYMM', 'YYYY年M月'];
export const TYPED_MONTH_FORMATS = [...LIVE_MONTH_FORMATS, 'YYYY.M', 'YYYY/M', 'YYYY-M', 'YYYY.MM', 'YYYY/MM'];

function parseTyped(text: string, formats: readonly string[], out: string): string | null {
  const s = text.trim().replace(/\s+/g, '');
  if (!s) return null;
  for (const format of formats) {
    const d = dayjs(s, format, true);
    if (d.isValid()) return d.format(out);
  }
  return null;
}

/** The ISO date ('YYYY-MM-DD') a typed text means, or null when it is no real date (2026-02-30 is none). */
export function parseTypedDate(text: string): string | null {
  return parseTyped(text, TYPED_DATE_FORMATS, 'YYYY-MM-DD');
}

/** The month ('YYYY-MM') a typed text means, or null. */
export function parseTypedMonth(text: string): string | null {
  return parseTyped(text, TYPED_MONTH_FORMATS, 'YYYY-MM');
}
