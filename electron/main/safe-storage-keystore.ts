import { safeStorage } from 'electron';
import type { Keystore } from '../services/storage/encryption/encryption-setup.ts';

/** What protects safeStorage's own key, in the words the user may look up; also said when it is unavailable. */
export function safeStorageBackend(): string {
  if (process.platform === 'linux') return safeStorage.getSelectedStorageBackend();
  return process.platform === 'darwin' ? 'keychain' : 'dpapi';
}

/**
 * Electron's safeStorage as the key protector; null when the OS offers none. Only callable once
 * the app is ready (before that Linux reports `unknown`). The data key travels as base64 because
 * safeStorage encrypts strings.
 */
export async function safeStorageKeystore(): Promise<Keystore | null> {
  const backend = safeStorageBackend();
  // Electron calls basic_text "unavailable" unless told to accept it; a key behind Chromium's
  // built-in password still keeps the files from being read as text, and the user is warned.
  if (backend === 'basic_text') safeStorage.setUsePlainTextEncryption(true);
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  return {
    backend,
    weak: backend === 'basic_text',
    protector: {
      name: 'electron-safeStorage',
      protect: (key) => safeStorage.encryptStringAsync(key.toString('base64')),
      unprotect: async (blob) => {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(blob);
        return { key: Buffer.from(result, 'base64'), renew: shouldReEncrypt };
      },
    },
  };
}
