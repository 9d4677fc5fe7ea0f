import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries (eslint.config.js)', () => {
  it.each([
    ['db/members/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/pages/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['scripts/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('refuses electron in %s', async (file, code) => {
    expect(await restrictedImportErrors(code, file)).not.toEqual([]);
  });

  it('allows electron in electron/', async () => {
    expect(await restrictedImportErrors("import { app } from 'electron';\nexport const a = app;\n", 'electron/x.ts')).toEqual([]);
  });

  it('lets the renderer import db/ types but not db/ code', async () => {
    expect(await restrictedImportErrors("import type { OpName } from '../../db/api/contract';\nexport type A = OpName;\n", 'renderer/api/x.ts')).toEqual([]);
    expect(await restrictedImportErrors("import { contract } from '../../db/api/contract';\nexport const a = contract;\n", 'renderer/api/x.ts')).not.toEqual([]);
  });

  it('keeps db/ from importing anything above it', async () => {
    expect(await restrictedImportErrors("import { x } from '../../renderer/api/client';\nexport const a = x;\n", 'db/api/x.ts')).not.toEqual([]);
    expect(await restrictedImportErrors("import { x } from '../scripts/serve';\nexport const a = x;\n", 'db/x.ts')).not.toEqual([]);
  });
});
