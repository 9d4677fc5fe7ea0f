import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';

/**
 * How the shell is bundled (scripts/build-electron.ts runs it; shell.test.ts bundles with
 * the very same options). main.cjs carries the whole backend (zod, drizzle, the embedded
 * migrations), so the packaged app needs only better-sqlite3 from node_modules. preload.cjs
 * must be one self-contained CJS file: a sandboxed preload may require 'electron' and
 * nothing of ours.
 */
export function electronBundles(root: string, outDir: string): { main: BuildOptions; preload: BuildOptions } {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  };
  return {
    main: {
      ...common,
      entryPoints: [join(root, 'electron', 'main.ts')],
      outfile: join(outDir, 'main.cjs'),
      // The native module must load from node_modules (rebuilt for Electron when packaging).
      external: ['electron', 'better-sqlite3'],
    },
    preload: {
      ...common,
      entryPoints: [join(root, 'electron', 'preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      external: ['electron'],
    },
  };
}
