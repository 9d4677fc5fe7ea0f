/**
 * Reads birth date and gender out of an 18-character 公民身份号码 while it is typed, so the
 * form can fill them at once. Deliberately small: 18 characters and the GB 11643 check
 * character only. The backend (db/members/id-number.ts) stays the judge and explains every
 * other problem (15-digit numbers, province codes) when the form is saved.
 */
export interface IdFacts {
  /** 'YYYY-MM-DD' */
  birthDate: string;
  /** GB/T 2261.1: '1' 男, '2' 女, from the parity of the 17th digit. */
  gender: '1' | '2';
}

// ISO 7064 MOD 11-2: weight of digit i is 2^(17-i) mod 11; the remainder picks the check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((w, i) => (sum += Number(first17[i]) * w));
  return CHECK_CHARS[sum % 11] ?? '';
}

/** What people paste: full-width digits, spaces, a lower-case x. */
export function cleanIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Birth date and gender when `raw` is a complete, well-formed 18-character number whose check
 * character is right and whose birth date exists and is not after `today`; otherwise null
 * (still typing, or a mistake the backend will name).
 */
export function idFacts(raw: string, today: string): IdFacts | null {
  const id = cleanIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]) return null;
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  if (y < 1880 || !isRealDate(y, m, d)) return null;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (birthDate > today) return null;
  return { birthDate, gender: Number(id[16]) % 2 === 1 ? '1' : '2' };
}

export interface IdMismatch {
  birthDate?: string;
  gender?: '1' | '2';
}

/** Which of the typed values disagree with the number (the value from the number is given). */
export function idMismatch(facts: IdFacts | null, birthDate: string | null | undefined, gender: string | null | undefined): IdMismatch {
  const out: IdMismatch = {};
  if (!facts) return out;
  if (birthDate && birthDate !== facts.birthDate) out.birthDate = facts.birthDate;
  if (gender && gender !== facts.gender) out.gender = facts.gender;
  return out;
}
