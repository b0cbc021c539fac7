import { spawn } from 'node:child_process';
import path from 'node:path';
import { createServer, type UserConfig } from 'vite';
import config from '../electron.vite.config.ts';

/*
 * `npm run dev:web`: the web host answers the API, Vite serves the renderer from source with hot
 * reload. The browser talks to Vite only; Vite passes /api on to the host as if the page came from
 * the host itself (the host refuses requests from any other origin).
 */

const root = path.resolve(import.meta.dirname, '..');

function startHost(): Promise<{ origin: string; token: string }> {
  const host = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/web/start.ts')], {
    env: { ...process.env, SECRETARIAAT_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => host.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    host.once('exit', (code) => reject(new Error(`the web host stopped (${code})`)));
    host.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\w+)/.exec(chunk.toString());
      if (match?.[1] && match[2]) resolve({ origin: match[1], token: match[2] });
    });
  });
}

const { origin, token } = await startHost();
const renderer = (config as { renderer: UserConfig }).renderer;
const server = await createServer({
  ...renderer,
  configFile: false,
  server: {
    host: '127.0.0.1',
    port: Number(process.env.SECRETARIAAT_DEV_PORT ?? 5173),
    proxy: {
      '/api': {
        target: origin,
        changeOrigin: true,
        configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader('origin', origin)),
      },
    },
  },
});
await server.listen();
const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
console.log(`Secretariaat (development, hot reload) is running at ${address}?token=${token}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));
