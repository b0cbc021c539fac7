import fs from 'node:fs';
import { journalFilePath } from './file-names.ts';
import { removeLeftoverTempFiles } from './temp-files.ts';
import { plainCodec, type FileCodec } from './encryption/file-cipher.ts';
import { isEncryptedFile, workspaceCopies } from './workspace-copies.ts';
import { replaceFile } from './replace-file.ts';
import { openJournal, type OpenJournalOptions } from './journal/open-journal.ts';
import { createJournalStore, type BackendFactory, type WorkspaceStore } from './journal-store.ts';

export { StorageError } from './journal/open-journal.ts';
export type { BackendFactory, ChangeOptions, WorkspaceStore } from './journal-store.ts';

export type OpenStoreOptions = Omit<OpenJournalOptions, 'codec'> & {
  backend: BackendFactory;
  /** How the data folder's files are written; plain unless the host has a data key. */
  codec?: FileCodec;
};

/** The workspace of one computer: the journal file in the data folder. */
export function openWorkspaceStore(options: OpenStoreOptions): WorkspaceStore {
  const { dir, now } = options;
  const codec = options.codec ?? plainCodec;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeLeftoverTempFiles(dir);
  const opened = openJournal({ ...options, codec });
  if (codec.encrypts) encryptPlainCopies(dir, codec);
  const prefs = options.backend(dir);
  if (opened.migratedFrom && prefs.store.language === undefined)
    prefs.store = { ...prefs.store, ...opened.migratedFrom.preferences };
  return createJournalStore({
    dir,
    dataFile: journalFilePath(dir),
    port: opened.port,
    state: opened.state,
    codec,
    now,
    prefs,
    recovery: opened.recovery,
  });
}

/**
 * Switching encryption on must not leave the personal data readable in older copies: backups and
 * moved-aside files written in plain text are encrypted in place, as they are (a damaged one too:
 * it decodes to the same text for whoever later tries to recover it; bytes that are not UTF-8,
 * which hold nothing readable, become U+FFFD). A copy that cannot be rewritten is reported, not
 * a reason to refuse the start.
 */
function encryptPlainCopies(dir: string, codec: FileCodec): void {
  // A moved-aside journal is binary, and its rows were encoded when written: it is left as it is.
  for (const file of workspaceCopies(dir).filter((f) => f.endsWith('.json') && !isEncryptedFile(f))) {
    try {
      replaceFile(file, codec.encode(fs.readFileSync(file, 'utf8')));
    } catch (error) {
      console.warn(`[secretariaat] could not encrypt ${file}: ${(error as Error).message}`);
    }
  }
}
