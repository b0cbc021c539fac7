import Conf from 'conf';
import type { BackendFactory } from './workspace-store.ts';

/**
 * The web host stores through `conf`, the library electron-store is built on, so both
 * transports read and write the very same file. clearInvalidConfig stays off: with it on,
 * one invalid record would wipe the whole file.
 */
export const confBackend: BackendFactory = (dir) =>
  new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'workspace',
    projectName: 'secretariaat',
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    configFileMode: 0o600,
    watch: false,
  });
