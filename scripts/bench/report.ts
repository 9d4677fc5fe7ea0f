import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { describeTarget, meets, type Figure } from './figure';

export interface ScaleResult {
  scale: string;
  members: number;
  /** Rows recording something that happened (membership events, attendance, payments …). */
  events?: number;
  generateMs: number;
  figures: Figure[];
  /** Figures that could not be measured in this run, in words. */
  problems?: string[];
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function machineDescription(sqliteVersion: string): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return [
    `${cpus().length} × ${cpu}`,
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free at start)`,
    // Shared machine: how busy it was is the first thing to know when absolute times drift.
    `load average ${loadavg()[0]!.toFixed(1)} at start`,
    `${platform()} ${release()}`,
    `Node ${process.version}`,
    `SQLite ${sqliteVersion} (SQLite3MultipleCiphers, cipher chacha20)`,
  ].join('; ');
}

export function verdict(f: Figure): string {
  if (f.targets.length === 0) return '—';
  return f.targets.map((t) => `${meets(f, t) ? '✅' : '❌'} ${describeTarget(t)}`).join('<br>');
}

/** A Markdown table for one scale: every figure with its same-run baseline and the ratio. */
export function scaleTable(result: ScaleResult): string {
  const header = [
    `### ${result.scale}: ${result.members.toLocaleString('en')} members${result.events ? `, ${result.events.toLocaleString('en')} events` : ''} (demo data generated in ${ms(result.generateMs / 1000)} s)`,
    '',
    '| area | figure | p50 ms | p95 ms | spread | baseline (same run) | baseline p50 ms | ratio | target |',
    '|---|---|---:|---:|---:|---|---:|---:|---|',
  ];
  const rows = result.figures.map(
    (f) =>
      `| ${f.area} | ${f.name}${f.unit !== 'ms' ? ` (${f.unit})` : ''} | ${ms(f.summary.p50)} | ${ms(f.summary.p95)} | ${(f.summary.spread * 100).toFixed(0)}% | ${f.baselineName} | ${ms(f.baseline.p50)} | ${f.ratio.toFixed(2)} | ${verdict(f)} |`,
  );
  const notes = [
    ...(result.problems ?? []).map((p) => `- ⚠️ ${p}`),
    ...result.figures.filter((f) => f.note).map((f) => `- *${f.name}*: ${f.note}`),
  ];
  return [...header, ...rows, '', ...[...new Set(notes)], ''].join('\n');
}
