/**
 * One scale of `npm run bench`, in its own process so that one scale's heap and page cache
 * do not colour the next. Prints one line `BENCH_RESULT <json>` for scripts/bench/run.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../../db/backend';
import { storePaths } from '../../db/store/paths';
import { createStore } from '../../db/store/store';
import { generateDemo } from '../demo-data/generate';
import { plainCopy } from './plain-copy';
import { SCALES, type ScaleName } from './scales';
import { bundleFigures } from './workloads/bundles';
import { encryptionFigures } from './workloads/encryption';
import { memberSearchFigures, memberWriteFigures } from './workloads/members';
import { openFigures } from './workloads/open';
import { opFigures } from './workloads/ops';
import { uiFigures } from './ui';

const PASSPHRASE = '基准测试口令bench';
const TODAY = '2026-11-25';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'branch' } } });
  const scale = values.scale as ScaleName;
  const spec = SCALES[scale];
  if (!spec) throw new Error(`unknown scale ${values.scale}`);
  const dir = mkdtempSync(join(tmpdir(), `branchdesk-bench-${scale}-`));
  try {
    const paths = storePaths(dir);
    const started = performance.now();
    const { store } = await createStore(paths, PASSPHRASE);
    // The fast path at every scale: scripts/demo-data/activity.test.ts holds it equal to the services'.
    const demo = generateDemo(store, { scale, seed: 20261125, today: TODAY, mode: 'fast', log: (line) => console.error(line) });
    const generateMs = performance.now() - started;
    console.error(`${scale}: ${demo.members} members, ${demo.events} events in ${Math.round(generateMs / 1000)} s`);
    const plainFile = join(dir, 'plain-copy.db');
    const plain = plainCopy(store, plainFile);

    // Bundles and the operations first, on the demo data alone: the write figures below add
    // members of their own (test people, raw rows) that a replica or a report should not carry.
    const figures = await bundleFigures(scale, store, dir, spec.heavyRuns);
    const problems: string[] = [];
    const backend = createBackend({ dataDir: dir, idleCheckMs: 0 });
    try {
      const unlocked = await backend.call('store.unlock', { passphrase: PASSPHRASE });
      if (!unlocked.ok) throw new Error(`store.unlock failed: ${unlocked.error.code}`);
      const ops = await opFigures(scale, backend, TODAY, spec.heavyRuns);
      figures.push(...ops.figures);
      problems.push(...ops.problems);
    } finally {
      backend.dispose();
    }
    figures.unshift(
      ...encryptionFigures(scale, store.sqlite, plain, spec.runs),
      ...(await openFigures(scale, store, PASSPHRASE, plainFile, spec.runs)),
      ...memberSearchFigures(scale, store, spec.runs),
      ...memberWriteFigures(scale, store, spec.runs),
    );
    plain.close();
    store.close();
    // The UI in Chromium (browser mode) on the same folder, after the store above is closed.
    // A browser that cannot start or time out is reported as a missing figure, not a failed
    // run: the store figures above stay valid, and CI must not turn red on a flaky browser.
    try {
      figures.push(
        ...(await uiFigures({ scale, members: spec.members, dataDir: dir, passphrase: PASSPHRASE, runs: spec.runs, scrollPasses: spec.members >= 10_000 ? 3 : 0 })),
      );
    } catch (e) {
      problems.push(`UI figures could not be measured: ${(e as Error).message.split('\n')[0]}`);
      console.error(problems.at(-1));
    }
    console.log(`BENCH_RESULT ${JSON.stringify({ scale, members: spec.members, events: demo.events, generateMs, demo, figures, problems })}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
