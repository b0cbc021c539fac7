import fs from 'node:fs';
import { CURRENT_SCHEMA_VERSION, type Preferences, type StoredDocument, type Workspace } from '../../../shared/schemas/index.ts';
import type { Recovery } from '../../../shared/contract/snapshot.ts';
import type { HistoryEntry, HistoryFilter, HistoryStatus } from '../../../shared/contract/history.ts';
import type { WorkspacePatch } from '../../../shared/journal/patch.ts';
import { makeBackup, type BackupReason } from './backups.ts';
import { rememberContents } from './backup-contents.ts';
import { journalFilePath } from './file-names.ts';
import { removeLeftoverTempFiles } from './temp-files.ts';
import { dailyRotation } from './rotation.ts';
import { plainCodec, type FileCodec } from './encryption/file-cipher.ts';
import { isEncryptedFile, workspaceCopies } from './workspace-copies.ts';
import { replaceFile } from './replace-file.ts';
import { createJournal } from './journal/journal.ts';
import { historyEntries, historyStatus } from './journal/journal-history.ts';
import { scrubPerson } from './journal/journal-rewrite.ts';
import { openJournal, type OpenJournalOptions } from './journal/open-journal.ts';
import { readPreferences, type PreferencesBackend } from './preferences.ts';

export { StorageError } from './journal/open-journal.ts';

/** conf (web host) or electron-store (desktop) on `preferences.json`: the user's language, nothing of the workspace. */
export type BackendFactory = (dir: string) => PreferencesBackend;

export type OpenStoreOptions = Omit<OpenJournalOptions, 'codec'> & {
  backend: BackendFactory;
  /** How the data folder's files are written; plain unless the host has a data key. */
  codec?: FileCodec;
};

/** `op` names the operation in the history; an undoable change can be taken back, others fix what came before. */
export type ChangeOptions = { op: string; undoable?: boolean };

export type WorkspaceStore = {
  readonly dir: string;
  /** The journal file (workspace.db). */
  readonly dataFile: string;
  /** Every other reader and writer of the data folder (backups, restore, erase) uses this one. */
  readonly codec: FileCodec;
  revision(): number;
  workspace(): Workspace;
  /** The whole document, as exported and backed up. */
  document(): StoredDocument;
  preferences(): Preferences;
  setPreferences(preferences: Preferences): void;
  recovery(): Recovery | null;
  clearRecovery(): void;
  /** Runs a change on an immer draft; only a change that completes and validates is written. */
  update<T>(change: (workspace: Workspace) => T, options: ChangeOptions): T;
  /** Puts a whole new workspace in place (reset, restore, import, erasure), journaled as what differs. */
  replace(make: (workspace: Workspace) => Workspace, options: ChangeOptions): void;
  undo(): boolean;
  redo(): boolean;
  /** Takes back every change after this revision; returns how many. */
  undoTo(revision: number): number;
  history(filter: HistoryFilter): HistoryEntry[];
  historyStatus(): HistoryStatus;
  /** Takes in what another process on this folder wrote; true when the workspace changed. */
  refresh(): boolean;
  patchesSince(revision: number): WorkspacePatch[] | null;
  /** Writes the workspace as it is now to the backups folder; returns the file. */
  backup(reason: BackupReason): string;
  /** Removes every trace of a person from the history and gives the freed space back (GDPR). */
  eraseFromHistory(person: { id: string; name: string }): void;
  close(): void;
};

export function openWorkspaceStore(options: OpenStoreOptions): WorkspaceStore {
  const { dir, now } = options;
  const codec = options.codec ?? plainCodec;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeLeftoverTempFiles(dir);
  const opened = openJournal({ ...options, codec });
  if (codec.encrypts) encryptPlainCopies(dir, codec);
  const prefs = options.backend(dir);
  if (opened.migratedFrom && prefs.store.language === undefined) prefs.store = { ...prefs.store, ...opened.migratedFrom.preferences };
  const journal = createJournal(opened.db, codec, now, opened.state);
  let recovery = opened.recovery;

  const preferences = (): Preferences => readPreferences(prefs);
  const document = (): StoredDocument => ({ schemaVersion: CURRENT_SCHEMA_VERSION, preferences: preferences(), workspace: journal.state().workspace });
  const backupAt = (reason: BackupReason, at: Date) => {
    const file = makeBackup(dir, reason, at, codec.encode(JSON.stringify(document(), null, '\t')));
    rememberContents(file, journal.state().workspace);
    return file;
  };
  const backup = (reason: BackupReason) => backupAt(reason, now());
  const daily = dailyRotation(dir, now, (at) => void backupAt('daily', at));
  // The daily copy is a safety net: when it cannot be written (a full disk), the change that was
  // just committed, or the start, must not be reported as failed because of it.
  const rotate = () => {
    try {
      daily();
    } catch (error) {
      console.warn(`[secretariaat] daily backup not written: ${(error as Error).message}`);
    }
  };
  rotate();

  return {
    dir,
    dataFile: journalFilePath(dir),
    codec,
    revision: () => journal.state().revision,
    workspace: () => journal.state().workspace,
    document,
    preferences,
    setPreferences: (next) => {
      prefs.store = { ...prefs.store, ...next };
    },
    recovery: () => recovery,
    clearRecovery: () => {
      recovery = null;
    },
    update(change, { op, undoable = true }) {
      const result = journal.change(op, undoable, change);
      rotate();
      return result;
    },
    replace(make, { op, undoable = true }) {
      journal.replace(op, undoable, make);
      rotate();
    },
    undo: () => journal.undo(),
    redo: () => journal.redo(),
    undoTo: (revision) => journal.undoTo(revision),
    history: (filter) => historyEntries(opened.db, codec, filter),
    historyStatus: () => historyStatus(opened.db, codec),
    refresh: () => journal.refresh(),
    patchesSince: (revision) => journal.patchesSince(revision),
    backup,
    eraseFromHistory(person) {
      journal.snapshotNow();
      scrubPerson(opened.db, codec, person);
      journal.forgetRecent();
    },
    close: () => journal.close(),
  };
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
