/**
 * A small passphrase strength estimator, in the spirit of zxcvbn but sized for this app:
 * it credits each character with the bits an attacker must guess, then takes credit away
 * for what attackers try first (repeats, runs, keyboard rows, years, common passwords and
 * slogans). Chinese characters are credited generously because each one is drawn from
 * thousands, but not at full log2(3500) since people choose familiar phrases.
 *
 * It only advises. The rule that is enforced is the backend's minimum length (WEAK_PASSPHRASE).
 */

/** Mirrors MIN_PASSPHRASE_CHARS in the backend's keyring; checked early so the wizard can say so at once. */
export const MIN_PASSPHRASE_CHARS = 8;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;
export type StrengthHint =
  | 'tooShort'
  | 'longer'
  | 'addVariety'
  | 'avoidRepeats'
  | 'avoidSequences'
  | 'avoidCommon'
  | 'avoidDates';

export interface Strength {
  score: StrengthScore;
  /** Estimated guessing entropy in bits, rounded down. */
  bits: number;
  /** Length in characters as the backend counts them (NFC code points). */
  length: number;
  hanCount: number;
  tooShort: boolean;
  hints: StrengthHint[];
}

const HAN_BITS = 9;
/** Thresholds in bits for scores 1..4. */
const SCORE_BITS = [28, 40, 56, 72] as const;

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', '1qaz2wsx3edc4rfv', 'qazwsxedc'];

/** Lower-case; matched as substrings, so "password2026" is caught too. */
const COMMON = [
  'password', 'passw0rd', 'qwerty', 'iloveyou', 'admin', 'welcome', 'letmein', 'dragon', 'monkey',
  'abc123', 'a123456', 'woaini', 'wojiushiwo', 'zhangwei', 'wangwei', 'dangyuan', 'dangjian', 'zhibu',
  'gongchandang', 'zhongguo', '5201314', '1314520', '147258', '888888', '666666', '123123',
  '中国共产党', '共产党员', '为人民服务', '不忘初心', '牢记使命', '我爱你', '我爱中国', '党支部', '支部书记',
];

const DATE_PATTERN = /(?:19|20)\d{2}(?:[-./]?(?:0[1-9]|1[0-2])(?:[-./]?(?:0[1-9]|[12]\d|3[01]))?)?/gu;

interface Classes {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  han: boolean;
  otherLetter: boolean;
  symbol: boolean;
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);

function classify(chars: string[]): Classes {
  const has = (re: RegExp) => chars.some((c) => re.test(c));
  return {
    lower: has(/[a-z]/),
    upper: has(/[A-Z]/),
    digit: has(/[0-9]/),
    han: chars.some(isHan),
    otherLetter: chars.some((c) => /\p{L}/u.test(c) && !/[a-zA-Z]/.test(c) && !isHan(c)),
    symbol: has(/[^\p{L}\p{N}]/u),
  };
}

function poolBits(k: Classes): number {
  const pool = (k.lower ? 26 : 0) + (k.upper ? 26 : 0) + (k.digit ? 10 : 0) + (k.symbol ? 33 : 0) + (k.otherLetter ? 50 : 0);
  return Math.log2(Math.max(pool, 10));
}

/** Sets the bits of chars[start..end) so that the whole span is worth `total`. */
function flatten(bits: number[], start: number, end: number, total: number): void {
  for (let i = start; i < end; i++) bits[i] = Math.min(bits[i] ?? 0, i === start ? total : 0);
}

/** Index spans (in code points) where `needle` occurs in `hay`. */
function spans(hay: string[], needle: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((c, j) => hay[i + j] === c)) out.push([i, i + needle.length]);
  }
  return out;
}

function scoreOf(bits: number): StrengthScore {
  let score = 0;
  for (const threshold of SCORE_BITS) if (bits >= threshold) score++;
  return score as StrengthScore;
}

export function estimateStrength(passphrase: string): Strength {
  const chars = [...passphrase.normalize('NFC')];
  const lower = chars.map((c) => c.toLowerCase());
  const classes = classify(chars);
  const perChar = poolBits(classes);
  const bits = chars.map((c) => (isHan(c) ? HAN_BITS : perChar));
  const flags = new Set<StrengthHint>();

  // Repeats: "aaaa", "哈哈哈".
  let run = 1;
  for (let i = 1; i < chars.length; i++) {
    run = chars[i] === chars[i - 1] ? run + 1 : 1;
    if (run > 1) bits[i] = Math.min(bits[i] ?? 0, 1);
    if (run >= 3) flags.add('avoidRepeats');
  }

  // Arithmetic runs of code points: "1234", "abcd", "9876".
  for (let i = 2; i < chars.length; i++) {
    const a = chars[i - 2]?.codePointAt(0) ?? 0;
    const b = chars[i - 1]?.codePointAt(0) ?? 0;
    const c = chars[i]?.codePointAt(0) ?? 0;
    if (Math.abs(c - b) === 1 && c - b === b - a) {
      bits[i] = Math.min(bits[i] ?? 0, 1);
      flags.add('avoidSequences');
    }
  }

  // Keyboard rows, forwards or backwards, four keys or more.
  const lines = KEYBOARD_ROWS.flatMap((row) => [row, [...row].reverse().join('')]);
  for (let i = 0; i < lower.length; i++) {
    for (const line of lines) {
      const at = line.indexOf(lower[i] ?? '');
      if (at < 0) continue;
      let len = 1;
      while (i + len < lower.length && lower[i + len] === line[at + len]) len++;
      if (len >= 4) {
        flatten(bits, i, i + len, 4);
        flags.add('avoidSequences');
      }
    }
  }

  for (const word of COMMON) {
    for (const [start, end] of spans(lower, [...word])) {
      flatten(bits, start, end, 6);
      flags.add('avoidCommon');
    }
  }

  const joined = lower.join('');
  for (const match of joined.matchAll(DATE_PATTERN)) {
    // matchAll indexes UTF-16 units; dates are ASCII but what precedes them may not be.
    const start = [...joined.slice(0, match.index)].length;
    const digits = match[0].replace(/\D/g, '').length;
    flatten(bits, start, start + match[0].length, digits >= 8 ? 15 : digits >= 6 ? 11 : 7);
    flags.add('avoidDates');
  }

  const total = Math.floor(bits.reduce((sum, b) => sum + b, 0));
  const tooShort = chars.length < MIN_PASSPHRASE_CHARS;
  const score: StrengthScore = tooShort ? 0 : scoreOf(total);

  const hints: StrengthHint[] = [];
  if (tooShort) hints.push('tooShort');
  for (const h of ['avoidCommon', 'avoidRepeats', 'avoidSequences', 'avoidDates'] as const) if (flags.has(h)) hints.push(h);
  const classCount = Object.values(classes).filter(Boolean).length;
  if (score < 3 && classCount === 1) hints.push('addVariety');
  if (score < 3 && !tooShort) hints.push('longer');

  return {
    score,
    bits: total,
    length: chars.length,
    hanCount: chars.filter(isHan).length,
    tooShort,
    hints,
  };
}
