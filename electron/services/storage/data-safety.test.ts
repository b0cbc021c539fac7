import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../shared/migrations/migrate.ts';
import { generateDemoWorkspace } from '../../../shared/demo/index.ts';
import { createAppServices } from '../app-services.ts';
import { fixedClock, servicesIn, tempDir } from '../testing/temp-services.ts';
import { describeBackup, listBackups, makeBackup } from './backups.ts';
import { confBackend } from './conf-backend.ts';
import { dailyRotation, DAILY_BACKUPS_KEPT } from './rotation.ts';

const reasons = (dir: string) => listBackups(dir).map((name) => describeBackup(dir, name).reason);

function openWith(dir: string, steps: Migration[]) {
  return createAppServices({ dataDir: dir, backend: confBackend, clock: fixedClock, migrations: { steps, target: 2 } });
}

describe('backups', () => {
  it('keeps one daily backup per day, however often the workspace is written', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    await services.call('setLanguage', { language: 'en' });
    await services.call('setLanguage', { language: 'nl' });
    servicesIn(dir);
    expect(reasons(dir).filter((r) => r === 'daily')).toHaveLength(1);
  });

  it('keeps the newest 14 daily backups and never rotates manual or before-* ones', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    await services.call('backupNow', {});
    await services.call('resetWorkspace', { to: 'empty' });
    const { store } = services.context;
    const backupDaily = (at: Date) =>
      void makeBackup(dir, 'daily', at, store.codec.encode(JSON.stringify(store.document())));
    for (let day = 1; day <= 20; day += 1)
      dailyRotation(dir, () => new Date(Date.UTC(2026, 11, day, 9)), backupDaily)();
    const dailies = listBackups(dir).filter((name) => describeBackup(dir, name).reason === 'daily');
    expect(dailies).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(describeBackup(dir, dailies.at(-1)!).date).toBe('2026-12-07T09:00:00.000Z');
    expect(reasons(dir)).toEqual(expect.arrayContaining(['manual', 'before-reset']));
  });

  it('lists backups with date, reason, size and what each holds, so an empty copy stands out', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    const { people, requests, placements } = services.context.store.workspace();
    await services.call('backupNow', {});
    await services.call('resetWorkspace', { to: 'empty' });
    const listed = await services.call('listBackups', {});
    expect(listed.ok && listed.value).toContainEqual({
      name: 'workspace-2026-11-23T10-00-00-000Z-manual.json',
      date: '2026-11-23T10:00:00.000Z',
      reason: 'manual',
      size: fs.statSync(path.join(dir, 'backups', 'workspace-2026-11-23T10-00-00-000Z-manual.json')).size,
      holds: { people: people.length, requests: requests.length, placements: placements.length },
    });
    // Read from the file itself by a fresh start, not from what this run remembered writing.
    fs.writeFileSync(path.join(dir, 'backups', 'workspace-2026-11-22T10-00-00-000Z-manual.json'), '{"broken');
    const again = await servicesIn(dir).call('listBackups', {});
    const holds = new Map(
      (again.ok ? (again.value as { name: string; holds: unknown }[]) : []).map((b) => [b.name, b.holds]),
    );
    expect(holds.get('workspace-2026-11-23T10-00-00-000Z-before-reset.json')).toEqual({
      people: people.length,
      requests: requests.length,
      placements: placements.length,
    });
    expect(holds.get('workspace-2026-11-22T10-00-00-000Z-manual.json')).toBeNull();
  });

  it('does not overwrite a backup made for the same reason in the same millisecond', async () => {
    const services = servicesIn();
    await services.call('backupNow', {});
    const second = await services.call('backupNow', {});
    expect(second.ok && second.value).toEqual({ file: 'workspace-2026-11-23T10-00-00-000Z-manual-2.json' });
  });
});

describe('a failed migration', () => {
  /** A workspace.json of the version before the journal, waiting for its first start with this one. */
  const olderFile = (dir: string) => {
    const file = path.join(dir, 'workspace.json');
    const workspace = generateDemoWorkspace({ people: 3, today: '2026-11-23', seed: 3 });
    // Written with odd spacing so a rewrite, even of equal data, would show in the bytes.
    fs.writeFileSync(
      file,
      `${JSON.stringify({ schemaVersion: 1, preferences: { language: 'nl' }, workspace }, null, 3)}\n`,
    );
    return { file, bytes: fs.readFileSync(file) };
  };

  it('leaves the data file byte for byte as it was when a step throws, and makes no journal', () => {
    const dir = tempDir();
    const { file, bytes } = olderFile(dir);
    const throwing: Migration = {
      from: 1,
      describe: 'fails',
      migrate: () => {
        throw new Error('step broke');
      },
    };
    expect(() => openWith(dir, [throwing])).toThrow(/could not be upgraded \(step broke\).*left unchanged/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'workspace.db'))).toBe(false);
  });

  it('leaves the data file byte for byte as it was when the upgraded document does not validate', () => {
    const dir = tempDir();
    const { file, bytes } = olderFile(dir);
    const invalid: Migration = { from: 1, describe: 'drops people', migrate: (doc) => ({ ...doc, workspace: {} }) };
    expect(() => openWith(dir, [invalid])).toThrow(/could not be upgraded/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('workspace export and import', () => {
  it('round-trips the whole workspace through one file, backing up before the import', async () => {
    const source = servicesIn();
    const exported = await source.call('exportWorkspace', {});
    if (!exported.ok) throw new Error('export failed');
    const { fileName, content } = exported.value as { fileName: string; content: string };
    expect(fileName).toBe('secretariaat-2026-11-23.secretariaat');
    const dir = tempDir();
    const target = servicesIn(dir);
    await target.call('resetWorkspace', { to: 'empty' });
    const imported = await target.call('importWorkspace', { content });
    expect(imported.ok).toBe(true);
    expect(target.context.store.document().workspace).toEqual(source.context.store.document().workspace);
    expect(reasons(dir)).toContain('before-import');
  });

  it.each([
    ['not JSON', '{"schemaVersion":1,'],
    [
      'not a workspace',
      JSON.stringify({ schemaVersion: 1, preferences: { language: 'nl' }, workspace: { people: 3 } }),
    ],
    ['from a newer version', JSON.stringify({ schemaVersion: 99 })],
  ])('refuses a file that is %s with a clear error and changes nothing', async (_case, content) => {
    const dir = tempDir();
    const services = servicesIn(dir);
    const before = { revision: services.context.store.revision(), workspace: services.context.store.workspace() };
    const result = await services.call('importWorkspace', { content });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.field).toBe('content');
    expect({ revision: services.context.store.revision(), workspace: services.context.store.workspace() }).toEqual(
      before,
    );
    expect(reasons(dir)).not.toContain('before-import');
  });
});
