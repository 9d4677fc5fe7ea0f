/**
 * `npm run cli -- …`: the command line, parsed by a pure function (argv in, a command or the
 * problem in words out) so every form is tested without running anything.
 */

export type Command =
  | { kind: 'help' }
  | { kind: 'identity' }
  | { kind: 'bundle-inspect'; file: string }
  | { kind: 'bundle-verify'; file: string }
  | { kind: 'bundle-import'; file: string; dryRun: boolean; receiptOut: string | null }
  | { kind: 'bundle-export'; what: 'replica' | 'enrolment'; out: string; to: string | null; replace: boolean }
  | { kind: 'bundle-export'; what: 'report'; out: string; to: string | null; replace: boolean; period: string; version: number }
  | { kind: 'backup-create' }
  | { kind: 'backup-verify'; target: string }
  | { kind: 'backup-restore'; target: string };

export interface CliOptions {
  /** null: the platform's default data folder. */
  dataDir: string | null;
  command: Command;
}

export type Parsed = { ok: true; value: CliOptions } | { ok: false; error: string };

export const USAGE = `用法 / usage: npm run cli -- [--data 文件夹] 命令

  identity                                   本机密钥指纹 / this installation's key fingerprint
  bundle inspect 文件.bdx                     只看封面信息（不需口令） / header only (no passphrase)
  bundle verify 文件.bdx                      核验签名、授权链、范围、序号 / verify signature, chain, scope, sequence
  bundle import 文件.bdx [--dry-run] [--receipt-out 回执.bdx]
                                             导入（--dry-run 只预检） / import (or only preview)
  bundle export replica [--to 组织编码] [--replace] --out 文件.bdx
  bundle export report --period 2026Q3 --version 1 [--to 组织编码] [--replace] --out 文件.bdx
                                             --replace：对方拒收后，用同一序号重新报送 / resend under the same number
  bundle export enrolment --out 文件.bdx
  backup create | backup verify 备份名或文件 | backup restore 备份名或文件

口令：在提示处输入（不回显），或由环境变量 BRANCHDESK_PASSPHRASE 提供。
Passphrase: typed at a hidden prompt, or given in BRANCHDESK_PASSPHRASE for scripts.
退出码 / exit codes: 0 成功 ok, 1 数据包被拒绝 bundle refused, 2 用法错误 usage,
  3 口令错误或未解锁 wrong passphrase/locked, 4 数据文件损坏 damaged store, 5 其他错误 other.`;

const VALUE_FLAGS = ['data', 'out', 'to', 'period', 'version', 'receipt-out'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function split(argv: readonly string[]): { words: string[]; values: Map<ValueFlag, string>; flags: Set<string> } | string {
  const words: string[] = [];
  const values = new Map<ValueFlag, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') flags.add('help');
    else if (arg === '--dry-run' || arg === '--replace') flags.add(arg.slice(2));
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!(VALUE_FLAGS as readonly string[]).includes(name)) return `不认识的选项 / unknown option: ${arg}`;
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return `--${name} 需要一个值 / needs a value`;
      values.set(name as ValueFlag, value);
    } else words.push(arg);
  }
  return { words, values, flags };
}

const PERIOD = /^\d{4}(Q[1-4]|H[12])?$/;

function exportCommand(what: string | undefined, values: Map<ValueFlag, string>, replace: boolean): Command | string {
  const out = values.get('out');
  if (!out) return '导出需要 --out 文件 / export needs --out FILE';
  const to = values.get('to') ?? null;
  if (replace && what === 'enrolment') return '--replace 只用于 replica 和 report / only for replica and report';
  if (what === 'replica' || what === 'enrolment') return { kind: 'bundle-export', what, out, to, replace };
  if (what !== 'report') return '导出什么？replica、report 或 enrolment / export what: replica, report or enrolment';
  const period = values.get('period');
  if (!period || !PERIOD.test(period)) return '--period 应写成 2026Q3 / --period like 2026Q3';
  const version = Number(values.get('version') ?? '');
  if (!Number.isInteger(version) || version < 1) return '--version 应是正整数 / --version must be a whole number from 1';
  return { kind: 'bundle-export', what, out, to, replace, period, version };
}

function command(words: string[], values: Map<ValueFlag, string>, flags: Set<string>): Command | string {
  const [area, verb, arg, extra] = words;
  if (extra !== undefined) return `多余的参数 / unexpected argument: ${extra}`;
  if (area === 'identity' && verb === undefined) return { kind: 'identity' };
  if (area === 'bundle') {
    if (verb === 'export') return exportCommand(arg, values, flags.has('replace'));
    if (!arg) return `bundle ${verb ?? ''} 需要一个文件 / needs a FILE`;
    if (verb === 'inspect') return { kind: 'bundle-inspect', file: arg };
    if (verb === 'verify') return { kind: 'bundle-verify', file: arg };
    if (verb === 'import') return { kind: 'bundle-import', file: arg, dryRun: flags.has('dry-run'), receiptOut: values.get('receipt-out') ?? null };
    return `不认识的 bundle 命令 / unknown bundle command: ${verb ?? ''}`;
  }
  if (area === 'backup') {
    if (verb === 'create' && arg === undefined) return { kind: 'backup-create' };
    if ((verb === 'verify' || verb === 'restore') && arg) return { kind: verb === 'verify' ? 'backup-verify' : 'backup-restore', target: arg };
    return 'backup create | backup verify 备份 | backup restore 备份';
  }
  return area ? `不认识的命令 / unknown command: ${area}` : '缺少命令 / no command given';
}

/** Pure: argv (after `--`) → options, or what is wrong with it. */
export function parseCliArgs(argv: readonly string[]): Parsed {
  const parts = split(argv);
  if (typeof parts === 'string') return { ok: false, error: parts };
  const { words, values, flags } = parts;
  const dataDir = values.get('data') ?? null;
  if (flags.has('help')) return { ok: true, value: { dataDir, command: { kind: 'help' } } };
  const cmd = command(words, values, flags);
  if (typeof cmd === 'string') return { ok: false, error: cmd };
  const allowed: Record<Command['kind'], ValueFlag[]> = {
    help: [],
    identity: [],
    'bundle-inspect': [],
    'bundle-verify': [],
    'bundle-import': ['receipt-out'],
    'bundle-export': ['out', 'to', 'period', 'version'],
    'backup-create': [],
    'backup-verify': [],
    'backup-restore': [],
  };
  const stray = [...values.keys()].find((k) => k !== 'data' && !allowed[cmd.kind].includes(k));
  if (stray) return { ok: false, error: `--${stray} 不适用于这个命令 / does not apply to this command` };
  if (flags.has('dry-run') && cmd.kind !== 'bundle-import') return { ok: false, error: '--dry-run 只用于 bundle import / only for bundle import' };
  if (flags.has('replace') && cmd.kind !== 'bundle-export') return { ok: false, error: '--replace 只用于 bundle export / only for bundle export' };
  return { ok: true, value: { dataDir, command: cmd } };
}
