/**
 * `npm run bench [-- --scale branch|committee|province] [-- --out FILE | --no-write]`
 * Runs each scale in its own process, prints every figure as a ratio against a baseline
 * measured in the same run, and (for a full run) rewrites docs/BENCHMARKS.md.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { machineDescription, scaleTable, type ScaleResult } from './report';
import { SCALE_NAMES, type ScaleName } from './scales';

const root = join(import.meta.dirname, '..', '..');
const MARK_START = '<!-- bench:start -->';
const MARK_END = '<!-- bench:end -->';

function runScale(scale: ScaleName): ScaleResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'scale-run.ts'), '--scale', scale], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !line) throw new Error(`the ${scale} bench failed (exit ${child.status})`);
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as ScaleResult;
}

function main(): void {
  const { values } = parseArgs({
    options: { scale: { type: 'string', multiple: true }, out: { type: 'string' }, 'no-write': { type: 'boolean' } },
  });
  const scales = (values.scale ?? SCALE_NAMES) as ScaleName[];
  for (const s of scales) if (!SCALE_NAMES.includes(s)) throw new Error(`unknown scale ${s}; use ${SCALE_NAMES.join(', ')}`);
  const sqliteVersion = (new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get() as string) ?? '?';
  const machine = machineDescription(sqliteVersion);
  console.log(`BranchDesk benchmarks — ${machine}\n`);
  const sections: string[] = [];
  for (const scale of scales) {
    console.log(`running ${scale} …`);
    const table = scaleTable(runScale(scale));
    console.log(`\n${table}`);
    sections.push(table);
  }
  const out = values['no-write'] ? undefined : (values.out ?? (scales.length === SCALE_NAMES.length ? join(root, 'docs', 'BENCHMARKS.md') : undefined));
  if (!out) return;
  const body = [MARK_START, '', `Measured ${new Date().toISOString().slice(0, 10)} on: ${machine}`, '', ...sections, MARK_END].join('\n');
  let doc: string;
  try {
    doc = readFileSync(out, 'utf8');
  } catch {
    doc = `# Benchmarks\n\n${MARK_START}\n${MARK_END}\n`;
  }
  const start = doc.indexOf(MARK_START);
  const end = doc.indexOf(MARK_END);
  doc = start >= 0 && end > start ? doc.slice(0, start) + body + doc.slice(end + MARK_END.length) : `${doc}\n${body}\n`;
  writeFileSync(out, doc);
  console.log(`written to ${out}`);
}

main();
