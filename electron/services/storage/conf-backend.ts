import Conf from 'conf';
import type { BackendFactory } from './workspace-store.ts';

/**
 * The options conf and electron-store share, so both transports read and write the very same
 * preferences file. clearInvalidConfig stays off: with it on, one invalid value would wipe the file.
 */
export const sharedPreferencesOptions = {
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  configFileMode: 0o600,
  watch: false,
} as const;

export const PREFERENCES_NAME = 'preferences';

export const confBackend: BackendFactory = (dir) =>
  new Conf<Record<string, unknown>>({
    ...sharedPreferencesOptions,
    cwd: dir,
    configName: PREFERENCES_NAME,
    projectName: 'secretariaat',
  });
