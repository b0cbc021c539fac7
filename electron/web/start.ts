import {
  DATA_KEY_VARIABLE,
  environmentEncryption,
  noEncryption,
} from '../services/storage/encryption/encryption-setup.ts';
import { runWebHost } from './run-host.ts';

// No OS key store outside Electron: the folder is encrypted only when the host is given a key of its own.
await runWebHost(() => {
  const dataKey = process.env[DATA_KEY_VARIABLE];
  return dataKey ? environmentEncryption(dataKey) : noEncryption('browser host', false);
});
