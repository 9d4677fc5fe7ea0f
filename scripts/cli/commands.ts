/**
 * What each CLI command does, through the same contract as the UI (createBackend → call),
 * printing in Chinese what the catalogues say. Returns the exit code; never calls exit itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createBackend, type Backend } from '../../db/backend';
import type { ApiErrorBody } from '../../db/api/errors';
import type { OpOutput } from '../../db/api/contract';
import { KIND_NAMES_ZH } from '../../db/bundles/cover-sheet';
import { listBackups, verifyBackup } from '../../db/store/backup';
import { defaultDataDir } from '../../db/store/paths';
import { restoreBackupFile, type StoreOptions } from '../../db/store/store';
import { makeTranslator, translateError } from '../../renderer/i18n/translate';
import type { CliOptions, Command } from './args';
import { USAGE } from './args';
import { EXIT, exitCodeFor } from './exit-codes';
import { NoPassphrase, passphraseFrom } from './passphrase';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  ask: (prompt: string) => Promise<string>;
  /** Tests pass cheaper scrypt parameters. */
  storeOptions?: StoreOptions;
}

const t = makeTranslator('zh-CN');

/** A failure with a code, said the way the UI says it: what happened, what to do next. */
class Failure extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

function report(io: CliIo, body: ApiErrorBody): number {
  const { what, next } = translateError(t, body);
  io.err(`[${body.code}] ${what}`);
  io.err(`下一步：${next}`);
  for (const issue of (body.issues ?? []).slice(0, 20)) io.err(`  - ${issue.path.join(' ')}：${issue.message}`);
  return exitCodeFor(body.code);
}

async function call<N extends Parameters<Backend['call']>[0]>(backend: Backend, op: N, input: Parameters<Backend['call']>[1] & object): Promise<OpOutput<N>> {
  const r = await backend.call(op, input as never);
  if (!r.ok) throw new Failure(r.error);
  return r.value as OpOutput<N>;
}

/** A file named on the command line that is not there: the command was wrong (exit 2). */
class MissingFile extends Error {}

function readBundle(file: string): string {
  if (!existsSync(file)) throw new MissingFile(file);
  return readFileSync(file).toString('base64');
}

type Summary = OpOutput<'bundles.dryRun'>;

function printSummary(io: CliIo, s: Summary): void {
  io.out(`数据包：${KIND_NAMES_ZH[s.kind]}  ${s.senderName ? `${s.senderName}（${s.sender}）` : s.sender} → ${s.recipient}`);
  io.out(`期间：${s.period ?? '—'}  序号：${s.sequence > 0 ? s.sequence : '不编号'}  生成：${s.createdAt}`);
  if (s.senderFingerprint.length > 0) io.out(`发送方密钥指纹：${s.senderFingerprint.join(' ')}`);
  io.out(`文件校验码：${s.fileHashShort}`);
  if (s.status === 'replayed') {
    io.out(translateError(t, { code: 'BUNDLE_REPLAYED', params: { at: s.importedAt ?? '' } }).what);
    return;
  }
  const c = s.counts;
  io.out(`新增 ${c.new ?? 0}，变更 ${c.changed ?? 0}，未变 ${c.unchanged ?? 0}，拒绝 ${c.rejected ?? 0}`);
  const label = { new: '新增', changed: '变更', unchanged: '未变', rejected: '拒绝' } as const;
  for (const ch of s.changes.slice(0, 200)) io.out(`  [${label[ch.action]}] ${ch.code} ${ch.label}${ch.reason ? `：${ch.reason}` : ''}`);
  for (const n of s.notes) io.out(n);
}

function printDelivered(io: CliIo, d: OpOutput<'bundles.exportReplica'>): void {
  io.out(`已写出 ${d.path}`);
  for (const [k, v] of d.coverSheet.rows) io.out(`${k}：${v}`);
  for (const [k, n] of d.coverSheet.counts) io.out(`${k}：${n} 条`);
  io.out('请打印交接单随数据包一起交接（界面中“打印交接单”）。');
}

function receiptPath(file: string, given: string | null): string {
  return resolve(given ?? join(dirname(file), `${basename(file).replace(/\.bdx$/i, '')}.receipt.bdx`));
}

function backupFile(backend: Backend, target: string): string {
  const named = listBackups(backend.session.paths.backups).find((b) => b.name === target);
  if (named) return named.file;
  if (existsSync(target)) return resolve(target);
  throw new MissingFile(target);
}

async function runUnlocked(backend: Backend, command: Exclude<Command, { kind: 'help' | 'bundle-inspect' }>, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'identity': {
      const id = await call(backend, 'bundles.identity', {});
      io.out(`组织：${id.orgCode}  密钥：${id.keyId}${id.root ? '（根，无上级授权）' : ''}`);
      io.out(`指纹：${id.fingerprint.join(' ')}`);
      if (id.superior) io.out(`上级：${id.superior.orgCode}  指纹：${id.superior.fingerprint.join(' ')}`);
      return EXIT.ok;
    }
    case 'bundle-verify': {
      printSummary(io, await call(backend, 'bundles.verify', { contentBase64: readBundle(command.file) }));
      io.out('核验通过：签名、授权链、范围和序号都没有问题。');
      return EXIT.ok;
    }
    case 'bundle-import': {
      const contentBase64 = readBundle(command.file);
      const preview = await call(backend, 'bundles.dryRun', { contentBase64 });
      printSummary(io, preview);
      if (preview.status === 'replayed') return EXIT.ok;
      if (command.dryRun) return preview.status === 'blocked' ? EXIT.refused : EXIT.ok;
      const out = receiptPath(command.file, command.receiptOut);
      const done = await call(backend, 'bundles.import', { contentBase64, confirm: true, receiptPath: out });
      io.out(`已导入（${done.summary.importedAt}）。`);
      if (done.receipt) io.out(`回执已写出：${done.receipt.path}，请交回发送单位导入。`);
      return EXIT.ok;
    }
    case 'bundle-export': {
      const path = resolve(command.out);
      const data = { recipient: command.to ?? undefined, path, replaceUnacknowledged: command.replace };
      const d =
        command.what === 'replica'
          ? await call(backend, 'bundles.exportReplica', data)
          : command.what === 'report'
            ? await call(backend, 'bundles.exportReport', { period: command.period, version: command.version, ...data })
            : await call(backend, 'bundles.exportEnrolment', { path });
      printDelivered(io, d);
      return EXIT.ok;
    }
    case 'backup-create': {
      const b = await call(backend, 'backup.create', {});
      io.out(`已备份：${b.name}（${b.bytes} 字节）`);
      return EXIT.ok;
    }
    case 'backup-verify':
    case 'backup-restore': {
      const file = backupFile(backend, command.target);
      const store = backend.session.requireStore();
      const checked = store.withDataKey((key) => verifyBackup(file, key));
      io.out(`备份完好：${file}（数据版本 ${checked.schemaVersion}）`);
      if (command.kind === 'backup-verify') return EXIT.ok;
      store.backup('before-restore');
      backend.session.lock();
      const aside = restoreBackupFile(backend.session.paths, file);
      io.out(`已恢复。原来的数据文件保留为 ${aside}`);
      return EXIT.ok;
    }
  }
}

export async function run(options: CliOptions, io: CliIo): Promise<number> {
  const { command } = options;
  if (command.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  const backend = createBackend({ dataDir: options.dataDir ?? defaultDataDir(), idleCheckMs: 0, ...io.storeOptions });
  let wrote = false;
  try {
    if (command.kind === 'bundle-inspect') {
      const i = await call(backend, 'bundles.inspect', { contentBase64: readBundle(command.file) });
      io.out(JSON.stringify({ ...i.header, fileHash: i.fileHash, fileHashShort: i.fileHashShort, bytes: i.bytes, encrypted: i.encrypted }, null, 2));
      return EXIT.ok;
    }
    const passphrase = await passphraseFrom(io.env, io.ask);
    await call(backend, 'store.unlock', { passphrase });
    wrote = command.kind === 'bundle-export' || (command.kind === 'bundle-import' && !command.dryRun);
    return await runUnlocked(backend, command, io);
  } catch (e) {
    if (e instanceof Failure) return report(io, e.body);
    if (e instanceof MissingFile) {
      io.err(`找不到文件 / no such file: ${e.message}`);
      return EXIT.usage;
    }
    if (e instanceof NoPassphrase) {
      io.err('需要口令：请在终端中运行，或设置环境变量 BRANCHDESK_PASSPHRASE。 / A passphrase is needed.');
      return EXIT.usage;
    }
    const body = (e as { toBody?: () => ApiErrorBody }).toBody?.();
    if (body) return report(io, body);
    io.err(`[INTERNAL] ${(e as Error).message}`);
    return EXIT.other;
  } finally {
    // Closing after a change makes the automatic backup, as closing the app does.
    if (wrote) backend.dispose();
    else backend.session.lock();
  }
}
