import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../shared/schemas/index.ts';
import { servicesIn, tempDir } from '../testing/temp-services.ts';
import { listBackups } from './backups.ts';

function readFile(dir: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8'));
}

describe('the workspace store', () => {
  it('opens the demo workspace on first start and writes it as a valid document', () => {
    const dir = tempDir();
    const { context } = servicesIn(dir);
    expect(context.store.document().workspace.demo).toBe(true);
    expect(context.store.document().workspace.people).toHaveLength(15);
    expect(documentSchema.safeParse(readFile(dir)).success).toBe(true);
  });

  it('keeps a change after a restart', async () => {
    const dir = tempDir();
    await servicesIn(dir).call('setLanguage', { language: 'en' });
    const reopened = servicesIn(dir);
    expect(reopened.context.store.document().preferences.language).toBe('en');
  });

  it('keeps the store file readable by the owner only', () => {
    const dir = tempDir();
    servicesIn(dir);
    expect(fs.statSync(path.join(dir, 'workspace.json')).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['truncated', '{"schemaVersion":1,"preferences":{"lang'],
    ['empty', ''],
    ['NUL-filled', '\0\0\0\0\0\0'],
    ['schema-invalid', JSON.stringify({ schemaVersion: 1, preferences: { language: 'fr' }, workspace: {} })],
  ])('moves a %s file aside instead of overwriting it, and says so', (_kind, content) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'workspace.json'), content);
    const { context } = servicesIn(dir);
    const recovery = context.store.recovery();
    expect(recovery).not.toBeNull();
    expect(fs.readFileSync(recovery!.movedAsideTo, 'utf8')).toBe(content);
    expect(context.store.document().workspace.people).toEqual([]);
  });

  it('offers the newest good backup after a damaged file was moved aside', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    const made = await first.call('backupNow', {});
    expect(made.ok).toBe(true);
    fs.writeFileSync(path.join(dir, 'workspace.json'), '{"broken');
    const second = servicesIn(dir);
    const recovery = second.context.store.recovery();
    expect(recovery?.newestBackup).toBe(listBackups(dir)[0]);
    const restored = await second.call('restoreBackup', { file: recovery!.newestBackup });
    expect(restored.ok).toBe(true);
    expect(second.context.store.document().workspace.people).toHaveLength(15);
    expect(second.context.store.recovery()).toBeNull();
  });

  it('refuses a file from a newer version and leaves it byte for byte unchanged', () => {
    const dir = tempDir();
    const newer = JSON.stringify({ schemaVersion: 99, preferences: { language: 'nl' }, workspace: { future: true } });
    fs.writeFileSync(path.join(dir, 'workspace.json'), newer);
    expect(() => servicesIn(dir)).toThrow(/newer version/);
    expect(fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8')).toBe(newer);
  });

  it('backs up before a reset, so starting empty can be undone', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    await services.call('resetWorkspace', { to: 'empty' });
    expect(services.context.store.document().workspace.people).toEqual([]);
    expect(services.context.store.document().workspace.demo).toBe(false);
    expect(listBackups(dir).some((name) => name.endsWith('before-reset.json'))).toBe(true);
  });
});
