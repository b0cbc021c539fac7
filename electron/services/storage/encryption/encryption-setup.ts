import fs from 'node:fs';
import type { EncryptionStatus } from '../../../../shared/contract/snapshot.ts';
import { dataFilePath, journalFilePath } from '../file-names.ts';
import { isEncryptedJournal } from '../journal/journal-db.ts';
import { isEncryptedFile, workspaceCopies } from '../workspace-copies.ts';
import { keyFilePath, KeyFileError, loadDataKey, type KeyProtector } from './data-key.ts';
import { aesGcmCodec, DATA_KEY_BYTES, plainCodec, type FileCodec } from './file-cipher.ts';

/** The codec the store writes with, and what the user is told about it. */
export type EncryptionSetup = { codec: FileCodec; status: EncryptionStatus };

/** The OS key store as the desktop app found it. */
export type Keystore = {
  protector: KeyProtector;
  /** What the OS reported, shown to the user. */
  backend: string;
  /** Linux's `basic_text`: the key is "protected" by a password built into Chromium. */
  weak: boolean;
};

export function noEncryption(backend: string, warn: boolean): EncryptionSetup {
  return { codec: plainCodec, status: { mode: 'none', backend, warn } };
}

/** Any workspace file in the folder (the live one or a copy) that only a key can open. */
function holdsEncryptedFiles(dir: string): boolean {
  if (!fs.existsSync(dir)) return false;
  return isEncryptedJournal(journalFilePath(dir)) || [dataFilePath(dir), ...workspaceCopies(dir)].some(isEncryptedFile);
}

/**
 * The desktop app's encryption: a random data key in `workspace.key`, protected by the OS key
 * store. Without a key store the data stays plain (with a warning), unless it is already
 * encrypted: then starting would mean writing over data we cannot read, so it stops instead.
 * A new key is made only when no file in the folder needs the old one.
 */
export async function keystoreEncryption(
  dir: string,
  keystore: Keystore | null,
  missingBackend = 'none',
): Promise<EncryptionSetup> {
  if (!keystore) {
    if (fs.existsSync(keyFilePath(dir)) || holdsEncryptedFiles(dir)) {
      throw new KeyFileError(
        `The data in ${dir} is encrypted, but the system keychain is not available now, so its key cannot be unlocked. Unlock or start the keychain (on Linux: GNOME Keyring or KWallet) and start Secretariaat again; the data was left unchanged.`,
      );
    }
    return noEncryption(missingBackend, true);
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = await loadDataKey(dir, keystore.protector, { mayCreate: !holdsEncryptedFiles(dir) });
  return {
    codec: aesGcmCodec(key),
    status: { mode: keystore.weak ? 'weak-keystore' : 'keystore', backend: keystore.backend, warn: keystore.weak },
  };
}

export const DATA_KEY_VARIABLE = 'SECRETARIAAT_DATA_KEY';

/** The web host has no OS key store; a key it is given (from a secrets manager, say) encrypts the same way. */
export function environmentEncryption(value: string): EncryptionSetup {
  const key = Buffer.from(value, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || key.length !== DATA_KEY_BYTES) {
    throw new KeyFileError(
      `${DATA_KEY_VARIABLE} must be ${DATA_KEY_BYTES} random bytes in base64, e.g. from \`openssl rand -base64 32\`.`,
    );
  }
  return { codec: aesGcmCodec(key), status: { mode: 'environment', backend: DATA_KEY_VARIABLE, warn: false } };
}
