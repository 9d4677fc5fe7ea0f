/**
 * One scale of `npm run bench`, in its own process so that one scale's heap and page cache
 * do not colour the next. Prints one line `BENCH_RESULT <json>` for scripts/bench/run.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { storePaths } from '../../db/store/paths';
import { createStore } from '../../db/store/store';
import { generateDemo } from '../demo-data/generate';
import { plainCopy } from './plain-copy';
import { SCALES, type ScaleName } from './scales';
import { encryptionFigures } from './workloads/encryption';
import { memberSearchFigures, memberWriteFigures } from './workloads/members';
import { openFigures } from './workloads/open';
import { uiFigures } from './ui';

const PASSPHRASE = '基准测试口令bench';

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
    const demo = generateDemo(store, { scale, seed: 20261125, today: '2026-11-25' });
    const generateMs = performance.now() - started;
    const plainFile = join(dir, 'plain-copy.db');
    const plain = plainCopy(store, plainFile);

    const figures = [
      ...encryptionFigures(scale, store.sqlite, plain, spec.runs),
      ...(await openFigures(scale, store, PASSPHRASE, plainFile, spec.runs)),
      ...memberSearchFigures(scale, store, spec.runs),
      ...memberWriteFigures(scale, store, spec.runs),
    ];
    plain.close();
    store.close();
    // The UI in Chromium (browser mode) on the same folder, after the store above is closed.
    // A browser that cannot start or time out is reported as a missing figure, not a failed
    // run: the store figures above stay valid, and CI must not turn red on a flaky browser.
    const problems: string[] = [];
    try {
      figures.push(
        ...(await uiFigures({ scale, members: spec.members, dataDir: dir, passphrase: PASSPHRASE, runs: spec.runs, scrollPasses: spec.members >= 10_000 ? 3 : 0 })),
      );
    } catch (e) {
      problems.push(`UI figures could not be measured: ${(e as Error).message.split('\n')[0]}`);
      console.error(problems[0]);
    }
    console.log(`BENCH_RESULT ${JSON.stringify({ scale, members: spec.members, generateMs, demo, figures, problems })}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
