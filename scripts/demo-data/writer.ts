/**
 * How an area writes what it drew. 'service': through the app's own service functions, each
 * with its checks, transaction (a savepoint inside the batch's) and audit row: what the demo
 * of one branch uses, so it holds exactly what the app would accept and record. 'fast': the
 * same rows inserted directly through the prepared-statement path the services use
 * (db/util/fast-insert.ts), without their per-row checks and audit rows: what makes ten
 * thousand or two hundred thousand members feasible. generate.test.ts writes one branch both
 * ways and requires the same rows, so 'fast' stays what the services would have written.
 */
import type { Store } from '../../db/store/store';

export type WriteMode = 'service' | 'fast';

export interface DemoSink {
  store: Store;
  mode: WriteMode;
  actor: string;
  /** The demo's "today": the services refuse dates after it. */
  today: string;
  /** The store's own organisation code (meeting codes, applicant codes). */
  selfCode: string;
}
