import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DATA_KEY_BYTES, keyIdOf } from './file-cipher.ts';
import { replaceFile } from '../replace-file.ts';

/**
 * What keeps the data key itself secret: Electron's safeStorage in the desktop app (the OS
 * keychain, DPAPI or a Linux secret service), something else in tests. Async because
 * safeStorage's own API is.
 */
export type KeyProtector = {
  /** Written into the key file, so a file from another protector is recognised as such. */
  readonly name: string;
  protect(key: Buffer): Promise<Buffer>;
  /** `renew` asks for the key to be protected again, e.g. after the OS rotated its own key. */
  unprotect(blob: Buffer): Promise<{ key: Buffer; renew: boolean }>;
};

export const KEY_FILE_NAME = 'workspace.key';

const keyFileSchema = z
  .object({
    protector: z.string().min(1),
    keyId: z.string(),
    blob: z.base64(),
  })
  .strict();

export class KeyFileError extends Error {
  override name = 'KeyFileError';
}

export function keyFilePath(dir: string): string {
  return path.join(dir, KEY_FILE_NAME);
}

/**
 * The data key for this folder: read from the key file and unlocked by the protector, or made
 * once when there is none yet. A key file that cannot be unlocked is an error, never a reason
 * to make a new key: a new key would leave every existing file unreadable for good.
 */
export async function loadDataKey(
  dir: string,
  protector: KeyProtector,
  options: { mayCreate: boolean },
): Promise<Buffer> {
  const file = keyFilePath(dir);
  if (!fs.existsSync(file)) {
    if (!options.mayCreate) {
      throw new KeyFileError(
        `The data in ${dir} is encrypted, but its key file ${KEY_FILE_NAME} is missing. Put the key file back (from the same computer and user account); the data was left unchanged.`,
      );
    }
    const key = randomBytes(DATA_KEY_BYTES);
    await writeKeyFile(file, protector, key);
    return key;
  }
  const stored = readKeyFile(file);
  if (stored.protector !== protector.name) {
    throw new KeyFileError(
      `The key file ${file} is protected by ${stored.protector}, which this app cannot use here (it uses ${protector.name}). The data was left unchanged.`,
    );
  }
  let unlocked: { key: Buffer; renew: boolean };
  try {
    unlocked = await protector.unprotect(Buffer.from(stored.blob, 'base64'));
  } catch (error) {
    throw new KeyFileError(
      `The key file ${file} cannot be unlocked by this user account (${(error as Error).message}). The data was left unchanged.`,
    );
  }
  if (unlocked.key.length !== DATA_KEY_BYTES || keyIdOf(unlocked.key) !== stored.keyId) {
    throw new KeyFileError(`The key file ${file} did not unlock to the key it names. The data was left unchanged.`);
  }
  if (unlocked.renew) await writeKeyFile(file, protector, unlocked.key);
  return unlocked.key;
}

function readKeyFile(file: string): z.infer<typeof keyFileSchema> {
  let parsed;
  try {
    parsed = keyFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    throw new KeyFileError(
      `The key file ${file} cannot be read (${(error as Error).message}). The data was left unchanged.`,
    );
  }
  if (!parsed.success) throw new KeyFileError(`The key file ${file} is damaged. The data was left unchanged.`);
  return parsed.data;
}

/** Flushed to disk before anything is encrypted with the key: a crash must not keep data and lose its key. */
async function writeKeyFile(file: string, protector: KeyProtector, key: Buffer): Promise<void> {
  const blob = await protector.protect(key);
  replaceFile(file, JSON.stringify({ protector: protector.name, keyId: keyIdOf(key), blob: blob.toString('base64') }));
}
