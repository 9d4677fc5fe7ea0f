import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../db/reports/compute';
import { parsePeriod } from '../../db/reports/periods';
import { storePaths } from '../../db/store/paths';
import { createStore, type Store } from '../../db/store/store';
import { FAST_SCRYPT, TEST_PASSPHRASE, tempDir } from '../../db/test-support/temp-store';
import { generateDemo } from '../demo-data/generate';
import { lastQuarter } from './workloads/ops';
import { disagreements, reportSql } from './workloads/report-sql';

const TODAY = '2026-11-25';
let store: Store;
let cleanup: () => void;

beforeAll(async () => {
  const dir = tempDir('branchdesk-bench-');
  store = (await createStore(storePaths(dir.dir), TEST_PASSPHRASE, { scrypt: FAST_SCRYPT })).store;
  cleanup = () => {
    store.close();
    dir.cleanup();
  };
  generateDemo(store, { scale: 'branch', seed: 11, today: TODAY, mode: 'fast' });
}, 120_000);
afterAll(() => cleanup());

describe('the report baseline (one SQL statement)', () => {
  it.each(['2026Q3', '2026Q2', '2025Q4', '2025Q1', '2023Q2'])('gives the report’s own answers for %s', (id) => {
    const period = parsePeriod(id);
    const sql = reportSql(store.sqlite)(period);
    expect(Object.keys(sql).length).toBe(28);
    expect(disagreements(sql, computeReport(store, period, TODAY).figures)).toEqual([]);
    expect(sql['dues.collectedFen']).toBeGreaterThan(0);
  });

  it('takes the last quarter that has ended', () => {
    expect(lastQuarter('2026-11-25').id).toBe('2026Q3');
    expect(lastQuarter('2026-02-01').id).toBe('2025Q4');
    expect(lastQuarter('2026-04-01').id).toBe('2026Q1');
  });
});
