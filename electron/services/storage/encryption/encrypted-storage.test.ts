import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/schemas/index.ts';
import { createAppServices } from '../../app-services.ts';
import {
  encryptedServicesIn,
  fixedClock,
  newDataKey,
  passwordKeystore,
  servicesIn,
  tempDir,
} from '../../testing/temp-services.ts';
import { backupDir } from '../file-names.ts';
import { confBackend } from '../conf-backend.ts';
import { environmentEncryption, keystoreEncryption } from './encryption-setup.ts';
import { KEY_FILE_NAME } from './data-key.ts';
import { looksEncrypted } from './file-cipher.ts';
import type { Migration } from '../../../../shared/migrations/migrate.ts';

function everyFile(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? everyFile(full) : [full];
  });
}

const workspaceFiles = (dir: string) =>
  everyFile(dir).filter((f) => path.basename(f).startsWith('workspace') && f.endsWith('.json'));

/** Rewrites the journal's newest snapshot envelope, as damage or a later version would leave it. */
function editSnapshotEnvelope(dir: string, edit: (envelope: Record<string, unknown>) => Record<string, unknown>): void {
  const db = new DatabaseSync(path.join(dir, 'workspace.db'));
  const row = db.prepare('SELECT revision, payload FROM snapshots ORDER BY revision DESC LIMIT 1').get() as {
    revision: number;
    payload: string;
  };
  db.prepare('UPDATE snapshots SET payload = ? WHERE revision = ?').run(
    JSON.stringify(edit(JSON.parse(row.payload) as Record<string, unknown>)),
    row.revision,
  );
  db.close();
}
const bytesOf = (dir: string) => new Map(everyFile(dir).map((f) => [f, fs.readFileSync(f).toString('base64')]));
const call = async (services: ReturnType<typeof servicesIn>, name: string, input: unknown) => {
  const result = await services.call(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('encryption at rest', () => {
  it('writes the workspace and every backup encrypted, with no name readable anywhere in the folder', async () => {
    const dir = tempDir();
    const key = newDataKey();
    const services = encryptedServicesIn(dir, key);
    await call(services, 'backupNow', {});
    const names = services.context.store.document().workspace.people.map((p) => p.name);
    expect(workspaceFiles(dir).length).toBeGreaterThanOrEqual(2);
    expect(everyFile(dir).some((f) => f.endsWith('workspace.db'))).toBe(true);
    for (const file of everyFile(dir)) {
      const text = fs.readFileSync(file, 'utf8');
      if (file.endsWith('.json')) expect(looksEncrypted(text), file).toBe(true);
      for (const name of names) expect(text, `${name} in ${file}`).not.toContain(name);
    }
    expect(encryptedServicesIn(dir, key).context.store.document()).toEqual(services.context.store.document());
  });

  it('encrypts a plain workspace, its backups and moved-aside files on the first start with a key', async () => {
    const dir = tempDir();
    const plain = servicesIn(dir);
    await call(plain, 'backupNow', {});
    fs.writeFileSync(
      path.join(dir, 'workspace-unreadable-2026-11-01T00-00-00-000Z.json'),
      '{"people":[{"name":"Anouk de V',
    );
    const before = new Map(workspaceFiles(dir).map((f) => [f, fs.readFileSync(f, 'utf8')]));

    const encrypted = encryptedServicesIn(dir, newDataKey());

    expect(encrypted.context.store.document()).toEqual(plain.context.store.document());
    const names = plain.context.store.workspace().people.map((p) => p.name);
    for (const file of everyFile(dir).filter((f) => path.basename(f).startsWith('workspace.db'))) {
      for (const name of names) expect(fs.readFileSync(file).includes(name), `${name} in ${file}`).toBe(false);
    }
    for (const [file, text] of before) {
      const now = fs.readFileSync(file, 'utf8');
      expect(looksEncrypted(now), file).toBe(true);
      expect(encrypted.context.store.codec.decode(now)).toBe(text);
    }
  });

  it('refuses a folder encrypted with another key, or opened without one, and changes no byte of it', async () => {
    const dir = tempDir();
    encryptedServicesIn(dir, newDataKey());
    const before = bytesOf(dir);
    expect(() => encryptedServicesIn(dir, newDataKey())).toThrow(/different key.*left unchanged/);
    expect(() => servicesIn(dir)).toThrow(/encrypted, and this app was started without its key.*left unchanged/);
    expect(bytesOf(dir)).toEqual(before);
  });

  it('moves a damaged encrypted file aside and offers the newest backup, which restores', async () => {
    const dir = tempDir();
    const key = newDataKey();
    const first = encryptedServicesIn(dir, key);
    await call(first, 'resetWorkspace', { to: 'empty' });
    await call(first, 'addClient', { name: 'Gemeente Utrecht', kind: 'external', defaultRateCents: 9500 });
    const backup = (await call(first, 'backupNow', {})) as { file: string };
    first.context.store.close();
    editSnapshotEnvelope(dir, (envelope) => ({ ...envelope, tag: Buffer.alloc(16).toString('base64') }));

    const second = encryptedServicesIn(dir, key);
    const recovery = second.context.store.recovery();
    expect(recovery?.reason).toMatch(/damaged/);
    expect(recovery?.newestBackup).toBe(backup.file);
    expect(fs.existsSync(recovery!.movedAsideTo)).toBe(true);
    await call(second, 'restoreBackup', { file: backup.file });
    expect(second.context.store.document().workspace.clients.map((c) => c.name)).toEqual(['Gemeente Utrecht']);
  });

  it('erases a person from every encrypted copy; a damaged copy that mentions them goes, one under another key stays and is named', async () => {
    const dir = tempDir();
    const key = newDataKey();
    const services = encryptedServicesIn(dir, key);
    const person = services.context.store.document().workspace.people[0]!;
    const { codec } = services.context.store;
    await call(services, 'backupNow', {});
    const foreign = path.join(backupDir(dir), 'workspace-2026-11-01T00-00-00-000Z-manual.json');
    fs.writeFileSync(foreign, environmentEncryption(newDataKey()).codec.encode(`{"name":"${person.name}"}`));
    const damaged = path.join(dir, 'workspace-unreadable-2026-11-02T00-00-00-000Z.json');
    const envelope = JSON.parse(codec.encode(JSON.stringify(services.context.store.document()))) as Record<
      string,
      string
    >;
    fs.writeFileSync(damaged, JSON.stringify({ ...envelope, tag: Buffer.alloc(16).toString('base64') }));
    const foreignBytes = fs.readFileSync(foreign);

    const result = (await call(services, 'erasePerson', { id: person.id })) as {
      rewrittenFiles: string[];
      deletedFiles: string[];
      uncheckedFiles: string[];
    };

    expect(result.deletedFiles).toEqual([path.basename(damaged)]);
    expect(result.uncheckedFiles).toEqual([path.basename(foreign)]);
    expect(fs.readFileSync(foreign).equals(foreignBytes)).toBe(true);
    expect(result.rewrittenFiles.length).toBeGreaterThanOrEqual(2);
    for (const file of workspaceFiles(dir).filter((f) => f !== foreign)) {
      const text = fs.readFileSync(file, 'utf8');
      expect(looksEncrypted(text), file).toBe(true);
      expect(codec.decode(text)).not.toContain(person.name);
      expect(codec.decode(text)).not.toContain(`"${person.id}"`);
    }
  });

  it('never makes a new key while any file in the folder needs the old one', async () => {
    const dir = tempDir();
    const first = createAppServices({
      dataDir: dir,
      backend: confBackend,
      clock: fixedClock,
      encryption: await keystoreEncryption(dir, passwordKeystore()),
    });
    await call(first, 'backupNow', {});
    fs.rmSync(path.join(dir, KEY_FILE_NAME));
    fs.rmSync(first.context.store.dataFile);
    await expect(keystoreEncryption(dir, passwordKeystore())).rejects.toThrow(/workspace\.key is missing/);
    expect(fs.existsSync(path.join(dir, KEY_FILE_NAME))).toBe(false);
  });

  it('stops, changing nothing, on a file a later version encrypted in a format it does not know', () => {
    const dir = tempDir();
    const key = newDataKey();
    encryptedServicesIn(dir, key).context.store.close();
    editSnapshotEnvelope(dir, (envelope) => ({ ...envelope, version: 2, algorithm: 'xchacha20-poly1305' }));
    const before = bytesOf(dir);
    expect(() => encryptedServicesIn(dir, key)).toThrow(/newer format.*left unchanged/);
    expect(bytesOf(dir)).toEqual(before);
  });

  it('upgrades an encrypted file through the migration steps; a failed upgrade leaves its bytes as they were', () => {
    const dir = tempDir();
    const key = newDataKey();
    const encryption = environmentEncryption(key);
    // A workspace.json of the version before the journal, encrypted, waiting to be upgraded.
    const file = path.join(dir, 'workspace.json');
    fs.writeFileSync(
      file,
      encryption.codec.encode(JSON.stringify(encryptedServicesIn(tempDir(), key).context.store.document())),
    );
    const bytes = fs.readFileSync(file);
    const seen: unknown[] = [];
    const step: Migration = {
      from: CURRENT_SCHEMA_VERSION,
      describe: 'fails',
      migrate: (doc) => {
        seen.push(doc);
        throw new Error('step broke');
      },
    };

    expect(() =>
      createAppServices({
        dataDir: dir,
        backend: confBackend,
        clock: fixedClock,
        encryption,
        migrations: { steps: [step], target: CURRENT_SCHEMA_VERSION + 1 },
      }),
    ).toThrow(/could not be upgraded \(step broke\)/);

    // The step was handed the decrypted document; the file stays where and as it was, and no journal is made.
    expect(seen).toEqual([JSON.parse(encryption.codec.decode(bytes.toString('utf8')))]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'workspace.db'))).toBe(false);
  });

  it('exports a plain file that another computer (another key) can import', async () => {
    const source = encryptedServicesIn(tempDir(), newDataKey());
    const exported = (await call(source, 'exportWorkspace', {})) as { content: string };
    expect(looksEncrypted(exported.content)).toBe(false);
    expect(exported.content).toContain(source.context.store.document().workspace.people[0]!.name);

    const target = encryptedServicesIn(tempDir(), newDataKey());
    await call(target, 'resetWorkspace', { to: 'empty' });
    await call(target, 'importWorkspace', { content: exported.content });
    expect(target.context.store.document().workspace).toEqual(source.context.store.document().workspace);
  });

  it('with the OS keystore: key file beside the data, same data after a restart, a warning for basic_text', async () => {
    const dir = tempDir();
    const open = async (weak: boolean) =>
      createAppServices({
        dataDir: dir,
        backend: confBackend,
        clock: fixedClock,
        encryption: await keystoreEncryption(dir, passwordKeystore({ weak })),
      });
    const first = await open(false);
    expect(first.context.encryption).toEqual({ mode: 'keystore', backend: 'gnome_libsecret', warn: false });
    expect(fs.existsSync(path.join(dir, KEY_FILE_NAME))).toBe(true);
    const second = await open(true);
    expect(second.context.store.document()).toEqual(first.context.store.document());
    const snapshot = (await call(second, 'getSnapshot', {})) as { storage: { encryption: unknown } };
    expect(snapshot.storage.encryption).toEqual({ mode: 'weak-keystore', backend: 'basic_text', warn: true });
  });

  it('without a keystore: plain with a warning on a new folder, a clear stop on an encrypted one', async () => {
    const dir = tempDir();
    expect((await keystoreEncryption(dir, null, 'basic_text')).status).toEqual({
      mode: 'none',
      backend: 'basic_text',
      warn: true,
    });
    await keystoreEncryption(dir, passwordKeystore());
    await expect(keystoreEncryption(dir, null)).rejects.toThrow(/keychain is not available.*left unchanged/);
  });

  it('takes only a 32-byte base64 key from the environment', () => {
    expect(() => environmentEncryption('short')).toThrow(/32 random bytes/);
    expect(() => environmentEncryption(`${newDataKey()}!`)).toThrow(/32 random bytes/);
    expect(environmentEncryption(newDataKey()).status.mode).toBe('environment');
  });
});
