import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services.ts';
import { confBackend } from '../../electron/services/storage/conf-backend.ts';
import { ATOMIC_TEMP_FILE } from '../../electron/services/storage/temp-files.ts';
import { DATA_KEY_VARIABLE, environmentEncryption } from '../../electron/services/storage/encryption/encryption-setup.ts';
import { looksEncrypted } from '../../electron/services/storage/encryption/file-cipher.ts';
import { fixedClock } from '../../electron/services/testing/temp-services.ts';
import { documentSchema } from '../../shared/schemas/index.ts';

/** At least 50 by the rule; each costs one child start (about 0.5–1 s on this 2-core machine). */
const KILLS = 55;
const hashOf = (doc: unknown) => createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 16);
/** The writer stores encrypted, as the desktop app does; a kill must not leave a half-encrypted file either. */
const DATA_KEY = randomBytes(32).toString('base64');
const encryption = environmentEncryption(DATA_KEY);

let work: string;
let writer: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-crash-'));
  writer = path.join(work, 'crash-writer.mjs');
  // One bundled file: the child starts in well under a second instead of several through tsx's loader.
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

type Mode = 'any-moment' | 'after-open' | 'during-write';

/** Starts the writer and kills it with SIGKILL; answers the lines it printed. */
function runAndKill(dir: string, mode: Mode, random: () => number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, [DATA_KEY_VARIABLE]: DATA_KEY } });
    let out = '';
    let err = '';
    let writes = 0;
    const writesBeforeKill = 1 + Math.floor(random() * 6);
    const kill = (delay: number) => setTimeout(() => child.kill('SIGKILL'), delay);
    if (mode === 'any-moment') kill(random() * 1200);
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString();
      if (mode === 'after-open' && !before.includes('opened') && out.includes('opened')) kill(random() * 250);
      if (mode === 'during-write') {
        const seen = out.split('\n').filter((l) => l.startsWith('writing')).length;
        if (writes < writesBeforeKill && seen >= writesBeforeKill) kill(random() * 2);
        writes = seen;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself:\n${out.slice(-500)}\n${err}`));
      else resolve(out.split('\n').filter(Boolean));
    });
  });
}

/**
 * Replays one run's lines: the committed state after them, any write begun after it, and whether
 * the document the run opened with was the one on disk (or one the start itself wrote, such as
 * the purge of old leave).
 */
function replay(lines: string[], committed: string): { committed: string; pending: string[]; openedFromDisk: boolean } {
  let pending: string[] = [];
  let openedFromDisk = true;
  for (const line of lines) {
    const [kind, hash = ''] = line.split(' ');
    if (kind === 'writing') pending.push(hash);
    if (kind === 'opened') openedFromDisk = hash === committed || pending.includes(hash);
    if (kind === 'opened' || kind === 'committed') {
      committed = hash;
      pending = [];
    }
  }
  return { committed, pending, openedFromDisk };
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('crash safety of the store file', () => {
  it(`is always a complete, valid, committed document after ${KILLS} kills at random moments`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const random = mulberry32(seed);
    const dir = path.join(work, 'data');
    const file = path.join(dir, 'workspace.json');
    const stats = { landedOnNewWrite: 0, leftTempFile: 0, commits: 0 };

    let committed = '';
    let leftovers: string[] = [];

    // Run 0 is the first start, which writes the demo and is killed only once it has opened, so
    // the file exists from then on; runs 1 to KILLS are killed at any moment.
    for (let kill = 0; kill <= KILLS; kill++) {
      const mode = kill === 0 ? 'after-open' : (['any-moment', 'after-open', 'during-write'] as const)[kill % 3]!;
      const lines = await runAndKill(dir, mode, random);
      const context = `kill ${kill} (${mode}, seed ${seed})`;

      const state = replay(lines, committed);
      expect(state.openedFromDisk, `${context}: opened a document that was neither on disk nor written at start`).toBe(true);
      const opened = lines.some((l) => l.startsWith('opened '));
      // A start that got as far as opening has removed every temp file an earlier kill left behind.
      if (opened) {
        for (const name of leftovers) expect(fs.existsSync(path.join(dir, name)), `${context}: ${name} not cleaned at start`).toBe(false);
      }

      const text = fs.readFileSync(file, 'utf8');
      expect(looksEncrypted(text), `${context}: file is not encrypted`).toBe(true);
      const raw: unknown = JSON.parse(encryption.codec.decode(text));
      expect(documentSchema.safeParse(raw).success, `${context}: file does not validate`).toBe(true);
      const onDisk = hashOf(raw);
      expect([state.committed, ...state.pending], `${context}: file is neither committed nor being written`).toContain(onDisk);

      if (onDisk !== state.committed) stats.landedOnNewWrite++;
      stats.commits += lines.filter((l) => l.startsWith('committed')).length;
      const temps = fs.readdirSync(dir).filter((n) => ATOMIC_TEMP_FILE.test(n));
      if (temps.some((n) => !leftovers.includes(n))) stats.leftTempFile++;
      leftovers = temps;
      committed = onDisk;
    }

    // The next start cleans up, opens exactly the last state, and never needed a recovery.
    const services = createAppServices({ dataDir: dir, backend: confBackend, clock: fixedClock, encryption });
    expect(hashOf(services.context.store.document())).toBe(committed);
    expect(services.context.store.recovery()).toBeNull();
    expect(fs.readdirSync(dir).filter((n) => ATOMIC_TEMP_FILE.test(n) || n.startsWith('workspace-unreadable'))).toEqual([]);
    console.info(`crash safety: ${KILLS} kills, ${stats.commits} commits, ${stats.landedOnNewWrite} kills after a write landed but before it was reported, ${stats.leftTempFile} left a temp file (seed ${seed})`);
  }, 180_000);
});
