import Conf from 'conf';
import type { FileCodec } from './encryption/file-cipher.ts';
import type { BackendFactory } from './workspace-store.ts';

/**
 * The options conf and electron-store share: the same file name, mode and format, so both
 * transports read and write the very same file. clearInvalidConfig stays off: with it on, one
 * invalid record would wipe the whole file. The codec (plain or encrypted) wraps conf's own
 * tab-indented JSON, so conf's atomic write covers the encrypted file too.
 */
export function sharedStoreOptions(codec: FileCodec) {
  // conf re-reads the whole file before every write (to carry over its own `__internal__` key,
  // which we never use); the text it finds is the one we wrote last, so that read skips the
  // decrypting and parsing (npm run bench, 500 people: an encrypted save went from 1.6 s to 1.1 s).
  let lastWritten: { text: string; value: Record<string, unknown> } | null = null;
  return {
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    configFileMode: 0o600,
    watch: false,
    serialize: (value: Record<string, unknown>) => {
      const text = codec.encode(JSON.stringify(value, undefined, '\t'));
      lastWritten = { text, value };
      return text;
    },
    deserialize: (text: string) => (lastWritten?.text === text ? lastWritten.value : (JSON.parse(codec.decode(text)) as Record<string, unknown>)),
  };
}

export const confBackend: BackendFactory = (dir, codec) =>
  new Conf<Record<string, unknown>>({
    ...sharedStoreOptions(codec),
    cwd: dir,
    configName: 'workspace',
    projectName: 'secretariaat',
  });
