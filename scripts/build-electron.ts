import { build } from 'esbuild';
import { join } from 'node:path';
import { electronBundles } from '../electron/bundle-options';

/** `npm run build:electron`: dist-electron/main.cjs and dist-electron/preload.cjs. */
const root = join(import.meta.dirname, '..');
const bundles = electronBundles(root, join(root, 'dist-electron'));
await Promise.all([build(bundles.main), build(bundles.preload)]);
console.log('dist-electron/main.cjs and dist-electron/preload.cjs written');
