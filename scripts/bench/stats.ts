/** Percentile by linear interpolation between closest ranks; samples need not be sorted. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  /** (p95 − p5) / p50: how much the figure wandered within the run. */
  spread: number;
}

export function summarise(samples: readonly number[]): Summary {
  const p50 = percentile(samples, 50);
  return {
    runs: samples.length,
    p50,
    p95: percentile(samples, 95),
    spread: p50 === 0 ? 0 : (percentile(samples, 95) - percentile(samples, 5)) / p50,
  };
}

/** Times fn `runs` times after `warmup` untimed calls; milliseconds per call. */
export function sample(fn: () => void, runs: number, warmup = Math.min(3, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function sampleAsync(fn: () => Promise<void>, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
