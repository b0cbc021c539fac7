import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppServices, type AppServices } from '../app-services.ts';
import type { Clock } from '../handlers/index.ts';
import { confBackend } from '../storage/conf-backend.ts';

export const TEST_TODAY = '2026-11-23';

export const fixedClock: Clock = { today: () => TEST_TODAY, now: () => new Date('2026-11-23T10:00:00Z') };

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-test-'));
}

/** Real services on a real temp folder, as the web host runs them. */
export function servicesIn(dir: string = tempDir()): AppServices {
  return createAppServices({ dataDir: dir, backend: confBackend, clock: fixedClock });
}
