/** Pure helpers for the UI figures (scripts/bench/ui.ts); no browser here. */

/** Frame times in ms: the gaps between consecutive requestAnimationFrame timestamps. */
export function frameDeltas(stamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < stamps.length; i++) out.push(stamps[i]! - stamps[i - 1]!);
  return out;
}

/**
 * Where each scroll pass starts: spread over the roster (top, middle, near the end) so deep
 * offsets are scrolled too, leaving room for `travel` px of scrolling below each start.
 */
export function scrollStarts(passes: number, maxScroll: number, travel: number): number[] {
  const room = Math.max(0, maxScroll - travel);
  if (passes <= 1) return [0];
  return Array.from({ length: passes }, (_, i) => Math.round((room * i) / (passes - 1)));
}

/** Milliseconds from navigation start of each mark the page recorded, or an error naming what is missing. */
export function marksOrThrow<K extends string>(marks: Partial<Record<K, number>>, keys: readonly K[]): Record<K, number> {
  const missing = keys.filter((k) => typeof marks[k] !== 'number');
  if (missing.length > 0) throw new Error(`the page never recorded: ${missing.join(', ')}`);
  return marks as Record<K, number>;
}
