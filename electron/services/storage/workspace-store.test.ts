import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../../../shared/schemas/index.ts';
import { generateDemoWorkspace } from '../../../shared/demo/index.ts';
import { servicesIn, tempDir } from '../testing/temp-services.ts';
import { listBackups } from './backups.ts';

const journal = (dir: string) => path.join(dir, 'workspace.db');

describe('the workspace store', () => {
  it('opens the demo workspace on first start and keeps it in the journal, owner-only', () => {
    const dir = tempDir();
    const { context } = servicesIn(dir);
    expect(context.store.workspace().demo).toBe(true);
    expect(workspaceSchema.safeParse(context.store.workspace()).success).toBe(true);
    expect(fs.statSync(journal(dir)).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(path.join(dir, 'workspace.json'))).toBe(false);
    context.store.close();
    expect(servicesIn(dir).context.store.workspace()).toEqual(context.store.workspace());
  });

  it('keeps a change and the language after a restart', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    const person = first.context.store.workspace().people[0]!;
    await first.call('updatePerson', { ...person, name: 'Ingrid Bakker' });
    await first.call('setLanguage', { language: 'en' });
    const reopened = servicesIn(dir);
    expect(reopened.context.store.workspace().people[0]!.name).toBe('Ingrid Bakker');
    expect(reopened.context.store.preferences().language).toBe('en');
  });

  it('turns a workspace.json of the previous version into the first snapshot and keeps the file as a backup', () => {
    const dir = tempDir();
    const workspace = generateDemoWorkspace({ people: 4, today: '2026-11-23', seed: 7 });
    const text = JSON.stringify(
      { schemaVersion: CURRENT_SCHEMA_VERSION, preferences: { language: 'en' }, workspace },
      null,
      '\t',
    );
    fs.writeFileSync(path.join(dir, 'workspace.json'), text);
    const { context } = servicesIn(dir);
    expect(context.store.workspace()).toEqual(workspace);
    expect(context.store.preferences().language).toBe('en');
    expect(context.store.recovery()).toBeNull();
    const kept = listBackups(dir).find((name) => name.endsWith('before-migration.json'));
    expect(kept && fs.readFileSync(path.join(dir, 'backups', kept), 'utf8')).toBe(text);
    expect(fs.existsSync(path.join(dir, 'workspace.json'))).toBe(false);
  });

  it.each([
    ['truncated', '{"schemaVersion":1,"preferences":{"lang'],
    ['empty', ''],
    ['NUL-filled', '\0\0\0\0\0\0'],
    [
      'schema-invalid',
      JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, preferences: { language: 'fr' }, workspace: {} }),
    ],
  ])('moves a %s workspace.json aside instead of overwriting it, and says so', (_kind, content) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'workspace.json'), content);
    const { context } = servicesIn(dir);
    const recovery = context.store.recovery();
    expect(recovery).not.toBeNull();
    expect(fs.readFileSync(recovery!.movedAsideTo, 'utf8')).toBe(content);
    expect(context.store.workspace().people).toEqual([]);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, 100)],
    ['garbage', (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i % 7 === 0 ? b ^ 0xff : b)))],
  ])('moves a %s journal aside, never over it, and offers the newest backup that holds data', async (_kind, damage) => {
    const dir = tempDir();
    const first = servicesIn(dir);
    const manual = await first.call('backupNow', {});
    // An empty workspace's backup is newer, but it is not what the user wants back.
    await first.call('resetWorkspace', { to: 'empty' });
    await first.call('backupNow', {});
    first.context.store.close();
    const damaged = damage(fs.readFileSync(journal(dir)));
    fs.writeFileSync(journal(dir), damaged);
    const second = servicesIn(dir);
    const recovery = second.context.store.recovery();
    expect(recovery).not.toBeNull();
    expect(fs.readFileSync(recovery!.movedAsideTo).equals(damaged)).toBe(true);
    expect(recovery!.newestBackup).toBe(manual.ok && (manual.value as { file: string }).file);
    const restored = await second.call('restoreBackup', { file: recovery!.newestBackup });
    expect(restored.ok).toBe(true);
    expect(second.context.store.workspace().people).toHaveLength(15);
  });

  it('refuses a journal written by a newer version and leaves its bytes unchanged', () => {
    const dir = tempDir();
    servicesIn(dir).context.store.close();
    const db = new DatabaseSync(journal(dir));
    db.prepare("UPDATE meta SET value = '99' WHERE key = 'format'").run();
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
    const before = fs.readFileSync(journal(dir));
    expect(() => servicesIn(dir)).toThrow(/newer version/);
    expect(fs.readFileSync(journal(dir)).equals(before)).toBe(true);
  });

  it('refuses a workspace.json from a newer version and leaves it byte for byte unchanged', () => {
    const dir = tempDir();
    const newer = JSON.stringify({ schemaVersion: 99, preferences: { language: 'nl' }, workspace: { future: true } });
    fs.writeFileSync(path.join(dir, 'workspace.json'), newer);
    expect(() => servicesIn(dir)).toThrow(/newer version/);
    expect(fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8')).toBe(newer);
    expect(fs.existsSync(journal(dir))).toBe(false);
  });

  it('backs up before a reset, so starting empty can be undone', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    await services.call('resetWorkspace', { to: 'empty' });
    expect(services.context.store.workspace().people).toEqual([]);
    expect(services.context.store.workspace().demo).toBe(false);
    expect(listBackups(dir).some((name) => name.endsWith('before-reset.json'))).toBe(true);
  });
});
