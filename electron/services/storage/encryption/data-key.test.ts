import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passwordKeystore, tempDir } from '../../testing/temp-services.ts';
import { keyFilePath, KeyFileError, loadDataKey } from './data-key.ts';
import { keyIdOf } from './file-cipher.ts';

describe('the data key file', () => {
  it('is made once, owner-only, never holds the key in the clear, and gives the same key next time', async () => {
    const dir = tempDir();
    const { protector } = passwordKeystore();
    const key = await loadDataKey(dir, protector, { mayCreate: true });
    const file = keyFilePath(dir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const content = fs.readFileSync(file, 'utf8');
    expect(content).not.toContain(key.toString('base64'));
    expect(content).not.toContain(key.toString('hex'));
    expect(JSON.parse(content)).toMatchObject({ protector: 'test-password', keyId: keyIdOf(key) });
    expect(await loadDataKey(dir, protector, { mayCreate: true })).toEqual(key);
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('is protected again when the OS asks for it, keeping the same key', async () => {
    const dir = tempDir();
    const key = await loadDataKey(dir, passwordKeystore().protector, { mayCreate: true });
    const before = fs.readFileSync(keyFilePath(dir), 'utf8');
    expect(await loadDataKey(dir, passwordKeystore({ renew: true }).protector, { mayCreate: true })).toEqual(key);
    expect(fs.readFileSync(keyFilePath(dir), 'utf8')).not.toBe(before);
    expect(await loadDataKey(dir, passwordKeystore().protector, { mayCreate: false })).toEqual(key);
  });

  it('that cannot be unlocked stops the start and is left as it was; no new key replaces it', async () => {
    const dir = tempDir();
    await loadDataKey(dir, passwordKeystore().protector, { mayCreate: true });
    const before = fs.readFileSync(keyFilePath(dir));
    await expect(
      loadDataKey(dir, passwordKeystore({ failUnlock: true }).protector, { mayCreate: true }),
    ).rejects.toThrow(/cannot be unlocked.*keyring is locked/);
    await expect(
      loadDataKey(dir, passwordKeystore({ password: 'another user' }).protector, { mayCreate: true }),
    ).rejects.toThrow(KeyFileError);
    expect(fs.readFileSync(keyFilePath(dir)).equals(before)).toBe(true);
  });

  it('from another protector, or damaged, is refused and left alone', async () => {
    const dir = tempDir();
    await loadDataKey(dir, passwordKeystore().protector, { mayCreate: true });
    const other = { ...passwordKeystore().protector, name: 'electron-safeStorage' };
    await expect(loadDataKey(dir, other, { mayCreate: true })).rejects.toThrow(/protected by test-password/);
    fs.writeFileSync(keyFilePath(dir), '{"protector":"test-pass');
    await expect(loadDataKey(dir, passwordKeystore().protector, { mayCreate: true })).rejects.toThrow(/cannot be read/);
    expect(fs.readFileSync(keyFilePath(dir), 'utf8')).toBe('{"protector":"test-pass');
  });

  it('missing while the data is encrypted is an error, not a reason to make a new one', async () => {
    const dir = tempDir();
    await expect(loadDataKey(dir, passwordKeystore().protector, { mayCreate: false })).rejects.toThrow(
      /workspace\.key is missing/,
    );
    expect(fs.existsSync(keyFilePath(dir))).toBe(false);
  });
});
