import { summarise, type Summary } from './stats';

/** A target is on the ratio (figure ÷ baseline) unless `on` says 'p95-ms'. */
export interface Target {
  on: 'ratio' | 'p95-ms';
  op: '<=' | '>=';
  value: number;
}

export interface Figure {
  scale: string;
  area: string;
  name: string;
  /** What one sample measures, e.g. 'ms per call' or 'ms per 1,000 rows'. */
  unit: string;
  summary: Summary;
  baselineName: string;
  baseline: Summary;
  /** p50 of the figure ÷ p50 of the baseline (for throughput figures: baseline time ÷ figure time). */
  ratio: number;
  targets: Target[];
  note?: string;
}

export function figure(
  scale: string,
  area: string,
  name: string,
  samples: number[],
  baselineName: string,
  baselineSamples: number[],
  opts: { unit?: string; targets?: Target[]; note?: string; throughput?: boolean } = {},
): Figure {
  const summary = summarise(samples);
  const baseline = summarise(baselineSamples);
  const ratio = opts.throughput ? baseline.p50 / summary.p50 : summary.p50 / baseline.p50;
  return {
    scale,
    area,
    name,
    unit: opts.unit ?? 'ms',
    summary,
    baselineName,
    baseline,
    ratio,
    targets: opts.targets ?? [],
    ...(opts.note ? { note: opts.note } : {}),
  };
}

export function meets(f: Figure, t: Target): boolean {
  const value = t.on === 'ratio' ? f.ratio : f.summary.p95;
  return t.op === '<=' ? value <= t.value : value >= t.value;
}

export function describeTarget(t: Target): string {
  return t.on === 'ratio' ? `ratio ${t.op} ${t.value}` : `p95 ${t.op} ${t.value} ms`;
}
