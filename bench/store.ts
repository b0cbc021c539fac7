import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confBackend } from '../electron/services/storage/conf-backend.ts';
import { aesGcmCodec, plainCodec, type FileCodec } from '../electron/services/storage/encryption/file-cipher.ts';
import { openWorkspaceStore } from '../electron/services/storage/workspace-store.ts';
import { CURRENT_SCHEMA_VERSION, type StoredDocument } from '../shared/schemas/index.ts';
import { figure, progress, type Row } from './report.ts';
import { describeTiming, timeSync } from './stats.ts';
import { benchWorkspace, BENCH_TODAY } from './workspaces.ts';

const SIZES = [15, 200, 500] as const;

/** One store on a fresh folder, opened the way the app opens it (conf on disk, daily backup). */
function storeWith(people: number, codec: FileCodec) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-bench-store-'));
  const document: StoredDocument = { schemaVersion: CURRENT_SCHEMA_VERSION, preferences: { language: 'nl' }, workspace: benchWorkspace(people) };
  const open = () =>
    openWorkspaceStore({ dir, backend: confBackend, now: () => new Date(`${BENCH_TODAY}T10:00:00Z`), firstStart: () => document, afterRecovery: () => document, codec });
  return { dir, open };
}

/**
 * What encryption at rest costs per saved change and per start: every change writes the whole
 * document, so the write is what a user waits for after each click.
 */
export function benchStore(): Row[] {
  const rows: Row[] = [];
  for (const people of SIZES) {
    for (const [label, codec] of [['plain', plainCodec], ['encrypted', aesGcmCodec(randomBytes(32))]] as const) {
      progress(`store: ${people} people, ${label}`);
      const { dir, open } = storeWith(people, codec);
      const store = open();
      let saves = 0;
      const write = timeSync(() => store.update((doc) => void (doc.workspace.settings.organisationName = `Bench ${(saves += 1)}`)), { warmup: 3, runs: 20 });
      const reopen = timeSync(open, { warmup: 1, runs: 10 });
      const size = fs.statSync(store.dataFile).size;
      rows.push(figure('g store', `${people} people, ${label}: one saved change`, describeTiming(write)));
      rows.push(figure('g store', `${people} people, ${label}: open (read, decode, validate)`, `${describeTiming(reopen)}; file ${(size / 1024).toFixed(0)} kB`));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
