import ElectronStore from 'electron-store';
import { PREFERENCES_NAME, sharedPreferencesOptions } from '../services/storage/conf-backend.ts';
import type { BackendFactory } from '../services/storage/workspace-store.ts';

/** Same file name and options as the web host's conf backend, so both read the same preferences. */
export const electronStoreBackend: BackendFactory = (dir) =>
  new ElectronStore<Record<string, unknown>>({ ...sharedPreferencesOptions, cwd: dir, name: PREFERENCES_NAME });
