import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createAppServices } from '../services/app-services.ts';
import { systemClock } from '../services/clock.ts';
import { confBackend } from '../services/storage/conf-backend.ts';
import type { EncryptionSetup } from '../services/storage/encryption/encryption-setup.ts';
import { defaultDataDir } from './data-dir.ts';
import { startWebHost } from './server.ts';
import { hostServices } from './test-mode.ts';

/**
 * Starts the web host from its environment (SECRETARIAAT_DATA_DIR, _PORT, _DEMO_PEOPLE, _TODAY,
 * _TEST_MODE: see test-mode.ts) with the encryption the caller sets up for the data folder; prints the URL with its token.
 */
export async function runWebHost(
  encryptionFor: (dataDir: string) => EncryptionSetup | Promise<EncryptionSetup>,
): Promise<void> {
  const dataDir = process.env.SECRETARIAAT_DATA_DIR ?? defaultDataDir();
  const staticDir = path.resolve(import.meta.dirname, '../../out/renderer');
  const port = Number(process.env.SECRETARIAAT_PORT ?? 0);
  const demoPeople = process.env.SECRETARIAAT_DEMO_PEOPLE ? Number(process.env.SECRETARIAAT_DEMO_PEOPLE) : undefined;
  try {
    const clock = systemClock();
    // A fresh token per launch: only the browser tab opened from this URL can reach the data.
    const token = randomBytes(24).toString('hex');
    const { services, gate } = await hostServices({
      env: process.env,
      token,
      dataDir,
      demoPeople,
      open: async (dir, people) =>
        createAppServices({
          dataDir: dir,
          backend: confBackend,
          clock,
          demoPeople: people,
          encryption: await encryptionFor(dir),
        }),
    });
    const host = await startWebHost({ services, staticDir, port, token, gate });
    console.log(`Secretariaat data folder: ${dataDir}`);
    console.log(`Secretariaat is running at ${host.url}`);
    const stop = () => {
      void host.close().then(() => {
        services.context.store.close();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`Secretariaat could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}
