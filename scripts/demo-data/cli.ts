/**
 * npx tsx scripts/demo-data/cli.ts --scale branch --data DIR [--seed N] [--today YYYY-MM-DD] [--passphrase P] [--mode service|fast]
 *
 * Creates a new encrypted store in DIR and fills it with demo data. Refuses a folder that
 * already holds a database or keyring: demo data must never land in real records.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../db/api/errors';
import { isIsoDate, todayIso } from '../../db/members/chinese-dates';
import { storePaths } from '../../db/store/paths';
import { createStore, storeState } from '../../db/store/store';
import { demoFingerprint } from './fingerprint';
import { generateDemo } from './generate';
import { DEMO_SCALES, type DemoScale } from './layout';
import type { WriteMode } from './writer';

/**
 * Printed in README.md and in the output: a demo database is for showing and testing, so
 * anyone given the folder should be able to open it.
 */
export const DEMO_PASSPHRASE = '演示口令demo2026';
export const DEFAULT_SEED = 1;

export interface CliArgs {
  scale: DemoScale;
  dataDir: string;
  seed: number;
  passphrase: string;
  /** null: today on this computer. */
  today: string | null;
  /** null: through the services for one branch, fast above it (writer.ts). */
  mode: WriteMode | null;
}

export const USAGE =
  'usage: npx tsx scripts/demo-data/cli.ts --scale branch|committee|province --data DIR [--seed N] [--today YYYY-MM-DD] [--passphrase P] [--mode service|fast]';

export type ParsedArgs = { ok: true; value: CliArgs } | { ok: true; help: true } | { ok: false; error: string };

/** Pure: argv (without node and the script) → options or the problem, in words. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    const m = /^--(scale|data|seed|today|passphrase|mode)(?:=(.*))?$/.exec(arg);
    if (!m) return { ok: false, error: `unknown argument: ${arg}` };
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') return { ok: false, error: `--${m[1]} needs a value` };
    values.set(m[1] ?? '', value);
  }
  const scale = values.get('scale');
  if (!scale) return { ok: false, error: '--scale is required' };
  if (!(DEMO_SCALES as readonly string[]).includes(scale)) return { ok: false, error: `--scale must be one of ${DEMO_SCALES.join(', ')}` };
  const dataDir = values.get('data');
  if (!dataDir) return { ok: false, error: '--data is required' };
  const seedText = values.get('seed') ?? String(DEFAULT_SEED);
  if (!/^\d{1,9}$/.test(seedText)) return { ok: false, error: '--seed must be a whole number (0–999999999)' };
  const today = values.get('today') ?? null;
  if (today !== null && !isIsoDate(today)) return { ok: false, error: '--today must be a date as YYYY-MM-DD' };
  const mode = values.get('mode') ?? null;
  if (mode !== null && mode !== 'service' && mode !== 'fast') return { ok: false, error: '--mode must be service or fast' };
  return {
    ok: true,
    value: { scale: scale as DemoScale, dataDir, seed: Number(seedText), passphrase: values.get('passphrase') ?? DEMO_PASSPHRASE, today, mode },
  };
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  const args = parsed.value;
  const paths = storePaths(resolve(args.dataDir));
  if (storeState(paths) !== 'none') {
    console.error(`refusing: ${paths.dataDir} already holds a BranchDesk database or keyring`);
    return 1;
  }
  const today = args.today ?? todayIso();
  console.log(`creating a ${args.scale} demo in ${paths.dataDir} (seed ${args.seed}, as of ${today}) …`);
  const { store, recoveryKey } = await createStore(paths, args.passphrase);
  try {
    const summary = generateDemo(store, { scale: args.scale, seed: args.seed, today, log: console.log, ...(args.mode ? { mode: args.mode } : {}) });
    console.log(`organisation: ${summary.organisation.name} (${summary.organisation.code}), 书记 ${summary.organisation.secretaryName}`);
    console.log(`members: ${summary.members} records, ${summary.onRoster} on the roster today (roster entered ${summary.rosterStart})`);
    console.log(`events: ${summary.events} since ${summary.activityStart} (${summary.mode} writes): ${Object.entries(summary.activity).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`fates: ${Object.entries(summary.fates).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`rows: ${Object.entries(summary.tables).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`time: ${summary.elapsedMs} ms, ${summary.membersPerSecond} members/s`);
    console.log(`fingerprint: ${demoFingerprint(store)}`);
  } finally {
    store.close();
  }
  console.log(`database: ${paths.database}`);
  console.log(`passphrase: ${args.passphrase === DEMO_PASSPHRASE ? `${DEMO_PASSPHRASE} (the demo default)` : '(as given)'}`);
  console.log(`recovery key: ${recoveryKey}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof AppError ? `${e.code}: ${e.message}` : e);
      process.exitCode = 1;
    },
  );
}
