import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture } from './fixtures/bundle-fixture.ts';
import { createAppServices } from '../../electron/services/app-services.ts';
import { confBackend } from '../../electron/services/storage/conf-backend.ts';
import {
  DATA_KEY_VARIABLE,
  environmentEncryption,
} from '../../electron/services/storage/encryption/encryption-setup.ts';
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
  writer = await bundleFixture('crash-writer', work);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

type Mode = 'any-moment' | 'after-open' | 'during-write';

/** Starts the writer and kills it with SIGKILL; answers the lines it printed. */
function runAndKill(dir: string, mode: Mode, random: () => number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, [DATA_KEY_VARIABLE]: DATA_KEY },
    });
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

type Acknowledged = { revision: number; hash: string };

/** The last change a run acknowledged (or the state it opened with), and whether a change was under way when it died. */
function lastAcknowledged(lines: string[]): {
  opened: Acknowledged | null;
  acknowledged: Acknowledged | null;
  writing: boolean;
} {
  let opened: Acknowledged | null = null;
  let acknowledged: Acknowledged | null = null;
  let writing = false;
  for (const line of lines) {
    const [kind, revision = '', hash = ''] = line.split(' ');
    if (kind === 'opened') opened = acknowledged = { revision: Number(revision), hash };
    if (kind === 'committed') acknowledged = { revision: Number(revision), hash };
    writing = kind === 'writing';
  }
  return { opened, acknowledged, writing };
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('crash safety of the journal', () => {
  it(`always opens at an acknowledged revision, with nothing acknowledged missing, after ${KILLS} kills at random moments`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const random = mulberry32(seed);
    const dir = path.join(work, 'data');
    const stats = { landedBeforeReported: 0, commits: 0 };
    let known: Acknowledged | null = null;

    // Run 0 is the first start, which writes the demo and is killed only once it has opened;
    // runs 1 to KILLS are killed at any moment.
    for (let kill = 0; kill <= KILLS; kill++) {
      const mode = kill === 0 ? 'after-open' : (['any-moment', 'after-open', 'during-write'] as const)[kill % 3]!;
      const lines = await runAndKill(dir, mode, random);
      const context = `kill ${kill} (${mode}, seed ${seed})`;
      const run = lastAcknowledged(lines);
      if (known && run.opened)
        expect(run.opened, `${context}: the writer opened something other than the last state`).toEqual(known);
      const acknowledged = run.acknowledged ?? known;
      stats.commits += lines.filter((l) => l.startsWith('committed')).length;

      const services = createAppServices({ dataDir: dir, backend: confBackend, clock: fixedClock, encryption });
      const { store } = services.context;
      const onDisk = { revision: store.revision(), hash: hashOf(store.workspace()) };
      expect(store.recovery(), `${context}: the journal needed a recovery`).toBeNull();
      if (acknowledged) {
        // The change under way when the process died may have committed before it could say so; nothing earlier may be missing.
        if (onDisk.revision === acknowledged.revision)
          expect(onDisk, `${context}: not the acknowledged state`).toEqual(acknowledged);
        else {
          expect(
            run.writing && onDisk.revision === acknowledged.revision + 1,
            `${context}: at revision ${onDisk.revision}, acknowledged ${acknowledged.revision}`,
          ).toBe(true);
          expect(
            documentSchema.shape.workspace.safeParse(store.workspace()).success,
            `${context}: the unreported change does not validate`,
          ).toBe(true);
          stats.landedBeforeReported++;
        }
      }
      store.close();
      known = onDisk;
    }

    expect(stats.commits, 'too few changes were made to say anything').toBeGreaterThan(200);
    for (const name of fs.readdirSync(dir).filter((n) => n.startsWith('workspace.db'))) {
      expect(fs.readFileSync(path.join(dir, name)).includes('Medewerker '), `${name} holds a name in plain text`).toBe(
        false,
      );
    }
    console.info(
      `crash safety: ${KILLS} kills, ${stats.commits} acknowledged changes, ${stats.landedBeforeReported} kills after a change committed but before it was reported (seed ${seed})`,
    );
  }, 240_000);
});
