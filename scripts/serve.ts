/**
 * `npm run web [-- --port 8321] [-- --data DIR]`: BranchDesk in a browser, for machines where
 * the Electron window cannot start. Same backend, same data format; 127.0.0.1 only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../db/backend';
import { defaultDataDir } from '../db/store/paths';
import { startWebServer } from './web/server';

const root = join(import.meta.dirname, '..');
const staticDir = join(root, 'dist', 'renderer');

function usage(): never {
  console.log(`用法 / usage: npm run web -- [--port N] [--data 文件夹]
  --port N      监听端口 (默认 8321; 0 = 任意空闲端口)   port to listen on (default 8321)
  --data DIR    数据文件夹 (默认 ${defaultDataDir()})   data folder`);
  process.exit(0);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8321' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
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
  const dataDir = values.data ?? defaultDataDir();
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

void main();
