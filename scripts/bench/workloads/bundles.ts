/**
 * The full replica bundle (issue 9): exported from the bench's store to its superior — built,
 * signed, compressed, encrypted, written atomically to a file — and imported there: read,
 * verified (signature, chain, scope, sequence), decrypted, every row validated and planned,
 * backed up, applied in one transaction, with the receipt written. The superior is a second
 * real encrypted store, enrolled and authorised through the bundles service first.
 * Baselines in the same run: a raw SELECT of the same members and events + JSON.stringify
 * (export), and raw prepared inserts of the same rows into replica_rows (import).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../../db/backend';
import { approveEnrolment, exportAuthorisation, exportEnrolment, listEnrolments } from '../../../db/bundles/authority';
import { systemDeps } from '../../../db/bundles/deps';
import { importBundle } from '../../../db/bundles/incoming';
import type { Delivered } from '../../../db/bundles/outgoing';
import { exportReplica } from '../../../db/bundles/service';
import { getSelf } from '../../../db/organisation/service';
import type { Store } from '../../../db/store/store';
import { FAST_SCRYPT } from '../../../db/test-support/temp-store';
import { figure, type Figure } from '../figure';

const ACTOR = 'bench';
const bytesOf = (d: Delivered) => (d.path ? readFileSync(d.path) : Buffer.from(d.contentBase64!, 'base64'));

/** The level above, as its own installation, trusting the bench's store through 逐级授权. */
async function superiorOf(store: Store, dir: string): Promise<Backend> {
  const self = getSelf(store);
  const upper = createBackend({ dataDir: join(dir, 'superior'), scrypt: FAST_SCRYPT, idleCheckMs: 0 });
  const created = await upper.call('store.create', {
    passphrase: '上级党委基准测试口令',
    branch: { name: self.parentName ?? '上级党委', code: self.parentCode!, kind: 'committee', category: '9', parentName: '上一级党组织', parentCode: `${self.parentCode}-UP`, secretaryName: '王建国', contactPhone: '0531-86000001' },
  });
  if (!created.ok) throw new Error(`the superior could not be created: ${created.error.code}`);
  const upperStore = upper.session.requireStore();
  importBundle(upperStore, bytesOf(exportEnrolment(store, systemDeps, ACTOR)), systemDeps, ACTOR);
  const pending = listEnrolments(upperStore).find((e) => e.orgCode === self.code && e.status === 'pending')!;
  approveEnrolment(upperStore, { id: pending.id }, systemDeps, ACTOR);
  importBundle(store, bytesOf(exportAuthorisation(upperStore, { enrolmentId: pending.id }, systemDeps, ACTOR)), systemDeps, ACTOR);
  return upper;
}

/** The floor under an export: the same rows read and serialised, nothing else. */
function rawExport(store: Store): { rows: string[]; ms: number } {
  const t = performance.now();
  const events = new Map<string, unknown[]>();
  for (const e of store.sqlite.prepare('SELECT * FROM member_events ORDER BY member_code, date, id').iterate() as Iterable<{ member_code: string }>) {
    const list = events.get(e.member_code) ?? [];
    list.push(e);
    events.set(e.member_code, list);
  }
  const rows = (store.sqlite.prepare('SELECT * FROM members ORDER BY code').all() as { code: string }[]).map((m) => JSON.stringify({ ...m, events: events.get(m.code) ?? [] }));
  return { rows, ms: performance.now() - t };
}

/** The floor under an import: the same number of rows, already serialised, inserted in one transaction. */
function rawImport(upper: Store, owner: string, rows: string[]): number {
  const insert = upper.sqlite.prepare(
    "INSERT INTO replica_rows (owner_org_code, entity, code, data, row_hash, tombstone, bundle_id, updated_at) VALUES (?, 'member', ?, ?, ?, NULL, 'raw', ?)",
  );
  const at = new Date().toISOString();
  const hash = '0'.repeat(64);
  const t = performance.now();
  upper.sqlite.transaction(() => rows.forEach((data, i) => insert.run(owner, `RAW-${i}`, data, hash, at)))();
  const ms = performance.now() - t;
  upper.sqlite.prepare("DELETE FROM replica_rows WHERE bundle_id = 'raw'").run();
  return ms;
}

export async function bundleFigures(scale: string, store: Store, dir: string, runs: number): Promise<Figure[]> {
  const upper = await superiorOf(store, dir);
  try {
    const upperStore = upper.session.requireStore();
    const owner = getSelf(store).code;
    const rows = Number(store.sqlite.prepare('SELECT count(*) FROM members').pluck().get());
    const exports: number[] = [];
    const imports: number[] = [];
    const rawExports: number[] = [];
    const rawImports: number[] = [];
    let bytes = 0;
    for (let i = -1; i < runs; i++) {
      let t = performance.now();
      const delivered = exportReplica(store, { path: join(dir, `replica-${i + 1}.bdx`) }, systemDeps, ACTOR);
      const exportMs = performance.now() - t;
      const file = bytesOf(delivered);
      bytes = file.length;
      // Every import takes in the whole replica as new rows, as the first one of a branch does.
      upperStore.sqlite.prepare('DELETE FROM replica_rows').run();
      t = performance.now();
      const done = importBundle(upperStore, readFileSync(delivered.path!), systemDeps, ACTOR, join(dir, `receipt-${i + 1}.bdx`));
      const importMs = performance.now() - t;
      if (done.summary.status !== 'imported' || done.summary.counts.new !== rows) {
        throw new Error(`the replica import did not take every row: ${JSON.stringify(done.summary.counts)}`);
      }
      const raw = rawExport(store);
      const rawIn = rawImport(upperStore, owner, raw.rows);
      if (i < 0) continue; // warm-up
      exports.push(exportMs);
      imports.push(importMs);
      rawExports.push(raw.ms);
      rawImports.push(rawIn);
    }
    const perSecond = (samples: number[]) => Math.round(rows / (([...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 1) / 1000)).toLocaleString('en');
    const n = rows.toLocaleString('en');
    return [
      figure(scale, 'bundles', `export full replica: ${n} members → ${(bytes / 2 ** 20).toFixed(1)} MB .bdx (build, sign, deflate, encrypt, write)`, exports, 'raw SELECT of the same members and events + JSON.stringify', rawExports, {
        throughput: true,
        targets: [
          { on: 'ratio', op: '>=', value: 0.2 },
          { on: 'p95-ms', op: '<=', value: 60_000 },
        ],
        note: `ratio = bundle rows/s ÷ raw rows/s; ${perSecond(exports)} rows/s against ${perSecond(rawExports)} rows/s raw`,
      }),
      figure(scale, 'bundles', `import full replica: ${n} members (verify, decrypt, validate every row, back up, apply, receipt)`, imports, 'raw prepared inserts of the same number of rows into replica_rows, one transaction', rawImports, {
        throughput: true,
        targets: [
          { on: 'ratio', op: '>=', value: 0.1 },
          { on: 'p95-ms', op: '<=', value: 120_000 },
        ],
        note: `ratio = import rows/s ÷ raw insert rows/s; ${perSecond(imports)} rows/s against ${perSecond(rawImports)} rows/s raw. Each import starts from an empty replica, so every row is new.`,
      }),
    ];
  } finally {
    upper.dispose();
  }
}
