import ElectronStore from 'electron-store';
import type { BackendFactory } from '../services/storage/workspace-store.ts';

/** Same file name, mode and options as the web host's conf backend, so both read the same workspace. */
export const electronStoreBackend: BackendFactory = (dir) =>
  new ElectronStore<Record<string, unknown>>({
    cwd: dir,
    name: 'workspace',
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    configFileMode: 0o600,
    watch: false,
  });
