import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture } from './fixtures/bundle-fixture.ts';
import { servicesIn, tempDir } from '../../electron/services/testing/temp-services.ts';
import type { Update } from '../../shared/contract/index.ts';
import { applyPatches } from '../../shared/journal/apply.ts';

let work: string;
let writer: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-two-'));
  writer = await bundleFixture('concurrent-writer', work);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function runWriter(dir: string, tag: string, count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, tag, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${tag} exited ${code}: ${out}${err}`))));
  });
}

const namesOf = (services: ReturnType<typeof servicesIn>) =>
  services.context.store.workspace().people.map((p) => p.name);
const hours = { mon: 8, tue: 8, wed: 8, thu: 8, fri: 0, sat: 0, sun: 0 };
const person = (name: string) => ({
  name,
  email: '',
  skills: [],
  contracts: [{ from: '2026-01-01', hours }],
  activeFrom: '2026-01-01',
  activeTo: null,
});

describe('two hosts on one data folder', () => {
  it('keep both hosts’ changes when they take turns, and each sees the other’s', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    const second = servicesIn(dir);
    await first.call('addPerson', person('Eerste Host'));
    await second.call('addPerson', person('Tweede Host'));
    // The first host catches up when it is asked for changes, as its window does every second.
    const seen = await first.call('changesSince', { revision: 1 });
    expect(
      seen.ok &&
        (seen.value as Update).patches.some(
          (p) => p.kind === 'record' && (p.after as { name?: string } | null)?.name === 'Tweede Host',
        ),
    ).toBe(true);
    expect(namesOf(first)).toEqual(expect.arrayContaining(['Eerste Host', 'Tweede Host']));
    await first.call('addPerson', person('Derde Wijziging'));
    expect(namesOf(servicesIn(dir))).toEqual(expect.arrayContaining(['Eerste Host', 'Tweede Host', 'Derde Wijziging']));
  });

  it('brings a window that was behind up to date with the patches since its revision', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    const second = servicesIn(dir);
    const held = first.context.store.workspace();
    const base = first.context.store.revision();
    await second.call('addPerson', person('Van Elders'));
    await first.call('addPerson', person('Van Hier'));
    const update = await first.call('changesSince', { revision: base });
    if (!update.ok) throw new Error(update.error.message);
    expect(applyPatches(held, (update.value as Update).patches)).toEqual(first.context.store.workspace());
    expect(namesOf(first)).toEqual(expect.arrayContaining(['Van Elders', 'Van Hier']));
  });

  it('lose nothing when two processes write at the same time', async () => {
    const dir = tempDir();
    servicesIn(dir).context.store.close();
    const count = 60;
    await Promise.all([runWriter(dir, 'Links', count), runWriter(dir, 'Rechts', count)]);
    const names = namesOf(servicesIn(dir));
    for (const tag of ['Links', 'Rechts']) {
      for (let n = 0; n < count; n++) expect(names, `${tag} ${n}`).toContain(`${tag} ${n}`);
    }
    expect(new Set(names).size).toBe(names.length);
  }, 60_000);
});
