import ElectronStore from 'electron-store';
import { sharedStoreOptions } from '../services/storage/conf-backend.ts';
import type { BackendFactory } from '../services/storage/workspace-store.ts';

/** Same file name, mode, options and codec as the web host's conf backend, so both read the same workspace. */
export const electronStoreBackend: BackendFactory = (dir, codec) =>
  new ElectronStore<Record<string, unknown>>({ ...sharedStoreOptions(codec), cwd: dir, name: 'workspace' });
