import {
  CURRENT_SCHEMA_VERSION,
  type Preferences,
  type StoredDocument,
  type Workspace,
} from '../../../shared/schemas/index.ts';
import type { Recovery } from '../../../shared/contract/snapshot.ts';
import type { HistoryEntry, HistoryFilter, HistoryStatus } from '../../../shared/contract/history.ts';
import type { WorkspacePatch } from '../../../shared/journal/patch.ts';
import { makeBackup, type BackupReason } from './backups.ts';
import { rememberContents } from './backup-contents.ts';
import { dailyRotation } from './rotation.ts';
import type { FileCodec } from './encryption/file-cipher.ts';
import { createJournal } from './journal/journal.ts';
import type { Caller } from './journal/collisions.ts';
import { historyEntries, historyStatus } from './journal/journal-history.ts';
import type { JournalPort } from './journal/journal-port.ts';
import type { JournalState } from './journal/journal-state.ts';
import { scrubPerson } from './journal/journal-rewrite.ts';
import { readPreferences, type PreferencesBackend } from './preferences.ts';

/** conf (web host) or electron-store (desktop) on `preferences.json`: the user's language, nothing of the workspace. */
export type BackendFactory = (dir: string) => PreferencesBackend;

/**
 * `op` names the operation in the history; an undoable change can be taken back, others fix what
 * came before. `caller` says who asks and what their screen showed (team workspace).
 */
export type ChangeOptions = { op: string; undoable?: boolean; caller?: Caller };

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
  undo(caller?: Caller): boolean;
  redo(caller?: Caller): boolean;
  /** Takes back every change after this revision; returns how many. */
  undoTo(revision: number, caller?: Caller): number;
  history(filter: HistoryFilter): HistoryEntry[];
  historyStatus(caller?: Caller): HistoryStatus;
  /** Takes in what another process on this folder wrote; true when the workspace changed. */
  refresh(): boolean;
  patchesSince(revision: number): WorkspacePatch[] | null;
  /** Writes the workspace as it is now to the backups folder; returns the file. */
  backup(reason: BackupReason): string;
  /** Removes every trace of a person from the history and gives the freed space back (GDPR). */
  eraseFromHistory(person: { id: string; name: string }): void;
  close(): void;
};

export type JournalStoreOptions = {
  /** Where backups and the preferences file live. */
  dir: string;
  /** What the user is shown as the place of the data (a file, or the team server). */
  dataFile: string;
  port: JournalPort;
  state: JournalState;
  codec: FileCodec;
  now: () => Date;
  prefs: PreferencesBackend;
  recovery: Recovery | null;
};

/** The store over a journal, wherever the journal lives: everything the handlers use. */
export function createJournalStore(options: JournalStoreOptions): WorkspaceStore {
  const { dir, now, codec, prefs, port } = options;
  const journal = createJournal(port, codec, now, options.state);
  let recovery = options.recovery;

  const preferences = (): Preferences => readPreferences(prefs);
  const document = (): StoredDocument => ({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    preferences: preferences(),
    workspace: journal.state().workspace,
  });
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
    dataFile: options.dataFile,
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
    update(change, { op, undoable = true, caller }) {
      const result = journal.change(op, undoable, change, caller);
      rotate();
      return result;
    },
    replace(make, { op, undoable = true, caller }) {
      journal.replace(op, undoable, make, caller);
      rotate();
    },
    undo: (caller) => journal.undo(caller),
    redo: (caller) => journal.redo(caller),
    undoTo: (revision, caller) => journal.undoTo(revision, caller),
    history: (filter) => historyEntries(port, codec, filter),
    historyStatus: (caller) => historyStatus(journal.targets(caller), codec),
    refresh: () => journal.refresh(),
    patchesSince: (revision) => journal.patchesSince(revision),
    backup,
    eraseFromHistory(person) {
      journal.snapshotNow();
      scrubPerson(port, codec, person);
      journal.forgetRecent();
    },
    close: () => journal.close(),
  };
}
