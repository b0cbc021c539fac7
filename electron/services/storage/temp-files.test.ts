import fs from 'node:fs';
import path from 'node:path';
import { writeFileSync as atomicWriteFileSync } from 'atomically';
import { describe, expect, it } from 'vitest';
import { servicesIn, tempDir } from '../testing/temp-services.ts';
import { ATOMIC_TEMP_FILE, removeLeftoverTempFiles } from './temp-files.ts';

describe('leftover temp files from an interrupted write', () => {
  it("match the names conf's writer (atomically) really uses", () => {
    const dir = tempDir();
    let tempPath = '';
    atomicWriteFileSync(path.join(dir, 'workspace.json'), '{}', { tmpCreated: (p: string) => (tempPath = p) });
    expect(path.dirname(tempPath)).toBe(fs.realpathSync(dir));
    expect(path.basename(tempPath)).toMatch(ATOMIC_TEMP_FILE);
  });

  it('are removed when the store opens, and nothing else is touched', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    await first.call('setLanguage', { language: 'en' });
    first.context.store.close();
    const dataBefore = fs.readFileSync(path.join(dir, 'workspace.db'));
    const leftovers = ['workspace.json.tmp-1764000000a1b2c3', 'workspace.json.tmp-0000000001000000'];
    const keep = [
      'workspace.json.tmp-notours',
      'notes.json.tmp-1764000000a1b2c3',
      'workspace-unreadable-2026-11-23.json',
      'workspace.json.tmp-1764000000a1b2c3.bak',
    ];
    for (const name of [...leftovers, ...keep]) fs.writeFileSync(path.join(dir, name), '{"half');

    const reopened = servicesIn(dir);

    expect(reopened.context.store.document().preferences.language).toBe('en');
    const names = fs.readdirSync(dir);
    for (const name of leftovers) expect(names).not.toContain(name);
    for (const name of keep) expect(names).toContain(name);
    expect(fs.readFileSync(path.join(dir, 'workspace.db')).equals(dataBefore)).toBe(true);
  });

  it('include our own half-done replacements (erasing, encrypting copies, a new key file), in the backups folder too', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'backups'));
    const leftovers = [
      'workspace-unreadable-2026-11-01T00-00-00-000Z.json.partial',
      'workspace-unreadable-2026-11-01T00-00-00-000Z.json.erasing',
      'workspace.key.partial',
      'backups/workspace-2026-11-23T10-00-00-000Z-daily.json.partial',
    ];
    const keep = ['workspace.key', 'backups/workspace-2026-11-23T10-00-00-000Z-daily.json', 'notes.json.partial'];
    for (const name of [...leftovers, ...keep]) fs.writeFileSync(path.join(dir, name), 'x');
    expect(removeLeftoverTempFiles(dir).sort()).toEqual(leftovers.map((n) => path.basename(n)).sort());
    for (const name of keep) expect(fs.existsSync(path.join(dir, name)), name).toBe(true);
  });

  it('are reported by name, and a missing folder is no error', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'workspace.json.tmp-1764000000abcdef'), '');
    expect(removeLeftoverTempFiles(dir)).toEqual(['workspace.json.tmp-1764000000abcdef']);
    expect(removeLeftoverTempFiles(path.join(dir, 'nope'))).toEqual([]);
  });
});
