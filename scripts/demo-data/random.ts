/**
 * A small seeded PRNG for the demo data. Same seed → same sequence on every machine: only
 * 32-bit integer arithmetic (Math.imul, >>>) decides the numbers, never Math.random or the
 * clock. Dates are plain 'YYYY-MM-DD' strings handled through UTC day numbers, so the
 * machine's time zone cannot move a date either.
 */

/** splitmix32: spreads a small or sequential seed (1, 2, 3 …) over the whole state space. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over UTF-16 code units: turns a stream label into a 32-bit number. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

export type Weighted<T> = readonly (readonly [T, number])[];

/** A pre-summed weight table: picking is a binary search, which matters at 200,000 people. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function weightedTable<T>(entries: Weighted<T>): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (!(weight > 0)) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  if (items.length === 0) throw new RangeError('a weighted table needs at least one positive weight');
  return { items, cumulative, total };
}

/** xoshiro128** (Blackman & Vigna): fast, 2^128 − 1 period, good enough for fake people. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    const mix = splitmix32(typeof seed === 'number' ? seed : hashLabel(seed));
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
  }

  /**
   * An independent stream for one area (names, fates, members …), derived from this one's seed
   * state and a label. Each area drawing from its own stream means that adding meetings or dues
   * later leaves the members of a given seed exactly as they were.
   */
  fork(label: string): Random {
    return new Random(((this.a ^ rotl(this.c, 7)) ^ hashLabel(label)) >>> 0);
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    return result;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`bad range ${min}..${max}`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(table: WeightedTable<T> | Weighted<T>): T {
    const t = 'cumulative' in table ? table : weightedTable(table);
    const x = this.next() * t.total;
    let lo = 0;
    let hi = t.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((t.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return t.items[lo] as T;
  }

  /**
   * Roughly normal (Irwin–Hall, sum of four uniforms): bell-shaped, bounded at ±3.5 sd, and
   * built from + and × only, so no libm function can differ between platforms.
   */
  normal(mean: number, sd: number): number {
    const sum = this.next() + this.next() + this.next() + this.next();
    return mean + (sum - 2) * sd * Math.sqrt(3);
  }

  /** A date in [from, to], both 'YYYY-MM-DD' and included. */
  dateBetween(from: string, to: string): string {
    return fromDayNumber(this.int(toDayNumber(from), toDayNumber(to)));
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }

  /** k random decimal digits, e.g. the tail of a phone number. */
  digits(k: number): string {
    let s = '';
    for (let i = 0; i < k; i++) s += String(this.int(0, 9));
    return s;
  }
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date (UTC, so no time zone can shift it). */
export function toDayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
