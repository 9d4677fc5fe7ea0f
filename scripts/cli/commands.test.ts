import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMembers, enrol, makeOrg, testClock, type TestOrg } from '../../db/bundles/test-orgs';
import { FAST_SCRYPT, TEST_PASSPHRASE } from '../../db/test-support/temp-store';
import { parseCliArgs } from './args';
import { run, type CliIo } from './commands';
import { NoPassphrase } from './passphrase';

let branch: TestOrg;
let committee: TestOrg;

beforeEach(async () => {
  const clock = testClock();
  branch = await makeOrg('ZB-0001', 'DW-01', { name: '第一支部' });
  committee = await makeOrg('DW-01', 'SW-01', { kind: 'committee', name: '示范党委' });
  await addMembers(branch, 2);
  enrol(branch, committee, clock);
  // The CLI opens the store itself, as a second program would: the test's own connection steps aside.
  branch.backend.session.lock();
  committee.backend.session.lock();
});
afterEach(() => {
  branch.cleanup();
  committee.cleanup();
});

async function cli(org: TestOrg | null, argv: string[], env: NodeJS.ProcessEnv = { BRANCHDESK_PASSPHRASE: TEST_PASSPHRASE }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    ask: () => Promise.reject(new NoPassphrase('no terminal')),
    storeOptions: { scrypt: FAST_SCRYPT },
  };
  const parsed = parseCliArgs(org ? ['--data', org.backend.dir, ...argv] : argv);
  if (!parsed.ok) throw new Error(parsed.error);
  const code = await run(parsed.value, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run cli -- bundle …', () => {
  it('exports, inspects without a passphrase, previews, imports with a receipt, and says a replay changed nothing', async () => {
    const file = join(branch.backend.dir, '上报.bdx');
    const exported = await cli(branch, ['bundle', 'export', 'replica', '--out', file]);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.out).toContain('文件校验码');

    const inspected = await cli(null, ['bundle', 'inspect', file], {});
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.out)).toMatchObject({ kind: 'replica', sender: 'ZB-0001', recipient: 'DW-01', sequence: 1, encrypted: true });
    expect(inspected.out).not.toContain('wrappedKey');

    expect(await cli(committee, ['bundle', 'verify', file])).toMatchObject({ code: 0 });
    const preview = await cli(committee, ['bundle', 'import', file, '--dry-run']);
    expect(preview.out).toContain('新增 2，变更 0，未变 0，拒绝 0');
    const imported = await cli(committee, ['bundle', 'import', file]);
    expect(imported.code).toBe(0);
    const receipt = join(branch.backend.dir, '上报.receipt.bdx');
    expect(existsSync(receipt)).toBe(true);
    const again = await cli(committee, ['bundle', 'import', file]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/已于 .* 导入过，这次没有任何改动/);
    expect(await cli(branch, ['bundle', 'import', receipt])).toMatchObject({ code: 0 });
  });

  it('refuses with the code, the Chinese message and exit code 1, and tells apart a wrong passphrase (3) and usage (2)', async () => {
    const file = join(branch.backend.dir, 'r.bdx');
    await cli(branch, ['bundle', 'export', 'replica', '--out', file]);
    const wrongPlace = await cli(branch, ['bundle', 'import', file]);
    expect(wrongPlace.code).toBe(1);
    expect(wrongPlace.err).toContain('[BUNDLE_NOT_FOR_US] 这个数据包不是发给本单位的');
    expect(wrongPlace.err).toContain('下一步：');

    const cut = join(branch.backend.dir, 'cut.bdx');
    writeFileSync(cut, readFileSync(file).subarray(0, 200));
    const truncated = await cli(committee, ['bundle', 'import', cut]);
    expect(truncated.code).toBe(1);
    expect(truncated.err).toContain('[BUNDLE_TRUNCATED] 数据包不完整');

    expect((await cli(committee, ['bundle', 'verify', file], { BRANCHDESK_PASSPHRASE: '不对的口令' })).code).toBe(3);
    expect((await cli(committee, ['bundle', 'verify', file], {})).code).toBe(2);
    expect((await cli(committee, ['bundle', 'verify', join(branch.backend.dir, 'nothing.bdx')])).code).toBe(2);
  });

  it('backs up, verifies and restores the store', async () => {
    const created = await cli(committee, ['backup', 'create']);
    expect(created.code).toBe(0);
    const name = /branchdesk-[0-9TZ]+-manual\.db/.exec(created.out)![0];
    expect(await cli(committee, ['backup', 'verify', name])).toMatchObject({ code: 0 });
    const restored = await cli(committee, ['backup', 'restore', name]);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.out).toContain('已恢复');
    expect(readdirSync(committee.backend.session.paths.backups).some((n) => n.includes('before-restore'))).toBe(true);
    const damaged = join(committee.backend.dir, 'damaged.db');
    writeFileSync(damaged, Buffer.alloc(8192, 7));
    expect((await cli(committee, ['backup', 'verify', damaged])).code).toBe(4);
  });
});
