/**
 * The web host as `npm run web` starts it, but with the desktop app's keystore encryption and a
 * key protector that reports Linux's `basic_text` backend: the only way to see, in a browser,
 * what a desktop user on a keyring-less Linux sees. Everything but safeStorage itself is real.
 */
import { keystoreEncryption } from '../../../electron/services/storage/encryption/encryption-setup.ts';
import { passwordKeystore } from '../../../electron/services/testing/temp-services.ts';
import { runWebHost } from '../../../electron/web/run-host.ts';

await runWebHost((dataDir) => keystoreEncryption(dataDir, passwordKeystore({ weak: true })));
