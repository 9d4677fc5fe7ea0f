/**
 * `npm run web [-- --port 8321] [-- --data DIR]`: BranchDesk in a browser, for machines where
 * the Electron window cannot start. Same backend, same data format; 127.0.0.1 only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../db/backend';
import { tmpdir } from 'node:os';
import { defaultDataDir, storePaths } from '../db/store/paths';
import { createStore, storeState } from '../db/store/store';
import { todayIso } from '../db/members/chinese-dates';
import { DEMO_PASSPHRASE } from './demo-data/cli';
import { DEMO_DATA_VERSION, generateDemo } from './demo-data/generate';
import { DEMO_SCALES, type DemoScale } from './demo-data/layout';
import { startWebServer } from './web/server';

const root = join(import.meta.dirname, '..');
const staticDir = join(root, 'dist', 'renderer');

function usage(): never {
  console.log(`用法 / usage: npm run web -- [--port N] [--data 文件夹]
  --port N      监听端口 (默认 8321; 0 = 任意空闲端口)   port to listen on (default 8321)
  --data DIR    数据文件夹 (默认 ${defaultDataDir()})   data folder
  --demo [branch|committee|province]
                演示数据（另建演示文件夹，不碰真实数据）   try the app with demo data (a separate folder)`);
  process.exit(0);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8321' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      demo: { type: 'string' },
    },
    allowPositionals: true,
    args: process.argv.slice(2).map((a, i, all) => (a === '--demo' && (i === all.length - 1 || all[i + 1]!.startsWith('--')) ? '--demo=branch' : a)),
  });
  if (values.help) usage();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口无效 / invalid port: ${values.port}`);
    process.exit(2);
  }
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.log('正在构建界面… / building the UI…');
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  const demo = values.demo as DemoScale | undefined;
  if (demo && !(DEMO_SCALES as readonly string[]).includes(demo)) {
    console.error(`演示规模无效 / unknown demo scale: ${demo} (branch, committee, province)`);
    process.exit(2);
  }
  // The generator's version is in the folder name: a demo made by an older generator is left
  // alone and a new one made beside it, with the data the current screens expect.
  const dataDir = values.data ?? (demo ? join(tmpdir(), `branchdesk-demo-${demo}-v${DEMO_DATA_VERSION}`) : defaultDataDir());
  if (demo) await prepareDemo(dataDir, demo);
  const backend = createBackend({ dataDir });
  let server;
  try {
    server = await startWebServer({ backend, staticDir, port });
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `端口 ${port} 已被占用，请用 --port 换一个端口。 / Port ${port} is in use; choose another with --port.`
        : `无法启动 / cannot start: ${(e as Error).message}`,
    );
    backend.dispose();
    process.exit(1);
  }
  console.log(`支部工作台 BranchDesk (浏览器模式 / browser mode)
数据文件夹 / data folder: ${dataDir}
请在浏览器中打开 / open in your browser:

  ${server.url}

按 Ctrl+C 退出（退出时自动备份）。 / Press Ctrl+C to stop (a backup is made on exit).`);

  const stop = async () => {
    backend.dispose();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** Demo data goes into its own folder, created once and reused; never into real records. */
async function prepareDemo(dataDir: string, scale: DemoScale): Promise<void> {
  const paths = storePaths(dataDir);
  if (storeState(paths) === 'none') {
    console.log(`正在生成演示数据（${scale}）… / generating demo data (${scale})…`);
    const { store } = await createStore(paths, DEMO_PASSPHRASE);
    try {
      generateDemo(store, { scale, seed: 1, today: todayIso() });
    } finally {
      store.close();
    }
  }
  console.log(`演示口令 / demo passphrase: ${DEMO_PASSPHRASE}`);
}

void main();
