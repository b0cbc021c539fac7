import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppServices, type AppServices } from '../app-services.ts';
import type { Clock } from '../handlers/index.ts';
import { confBackend } from '../storage/conf-backend.ts';
import { environmentEncryption, type Keystore } from '../storage/encryption/encryption-setup.ts';

export const TEST_TODAY = '2026-11-23';

export const fixedClock: Clock = { today: () => TEST_TODAY, now: () => new Date('2026-11-23T10:00:00Z') };

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-test-'));
}

/** Real services on a real temp folder, as the web host runs them. */
export function servicesIn(dir: string = tempDir()): AppServices {
  return createAppServices({ dataDir: dir, backend: confBackend, clock: fixedClock });
}

/** A fresh random data key, base64, as SECRETARIAAT_DATA_KEY takes it. */
export function newDataKey(): string {
  return randomBytes(32).toString('base64');
}

/** Real services writing encrypted with the given key, as the desktop app does with its keystore key. */
export function encryptedServicesIn(dir: string, dataKey: string): AppServices {
  return createAppServices({
    dataDir: dir,
    backend: confBackend,
    clock: fixedClock,
    encryption: environmentEncryption(dataKey),
  });
}

/**
 * A key protector that does what Chromium's Linux `basic_text` backend does: encrypt with a
 * password built into the program. Real encryption, so tests see real blobs; `failUnlock` and
 * `renew` stand for a locked keychain and an OS key rotation.
 */
export function passwordKeystore(
  options: { password?: string; failUnlock?: boolean; renew?: boolean; weak?: boolean } = {},
): Keystore {
  const secret = createHash('sha256')
    .update(options.password ?? 'peanuts')
    .digest();
  return {
    backend: options.weak ? 'basic_text' : 'gnome_libsecret',
    weak: options.weak ?? false,
    protector: {
      name: 'test-password',
      protect: async (key) => {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', secret, iv);
        const data = Buffer.concat([cipher.update(key), cipher.final()]);
        return Buffer.concat([iv, cipher.getAuthTag(), data]);
      },
      unprotect: async (blob) => {
        if (options.failUnlock) throw new Error('the keyring is locked');
        const decipher = createDecipheriv('aes-256-gcm', secret, blob.subarray(0, 12));
        decipher.setAuthTag(blob.subarray(12, 28));
        return {
          key: Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]),
          renew: options.renew ?? false,
        };
      },
    },
  };
}
