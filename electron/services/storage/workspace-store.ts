import fs from 'node:fs';
import path from 'node:path';
import { documentSchema, type StoredDocument } from '../../../shared/schemas/index.ts';
import type { Recovery } from '../../../shared/contract/snapshot.ts';
import type { Migration } from '../../../shared/migrations/migrate.ts';
import { makeBackup, newestGoodBackup } from './backups.ts';
import { dataFilePath, fileStamp } from './file-names.ts';
import { inspectFile, migrateRaw } from './inspect-file.ts';
import { removeLeftoverTempFiles } from './temp-files.ts';
import { dailyRotation } from './rotation.ts';
import { plainCodec, type FileCodec } from './encryption/file-cipher.ts';
import { replaceFile } from './replace-file.ts';
import { isEncryptedFile, workspaceCopies } from './workspace-copies.ts';

/** The part of conf / electron-store we rely on: the whole document as one atomic write. */
export type StoreBackend = { store: Record<string, unknown> };
/** The backend writes through the codec, so the live file is encrypted exactly like its copies. */
export type BackendFactory = (dir: string, codec: FileCodec) => StoreBackend;

export type OpenStoreOptions = {
  dir: string;
  backend: BackendFactory;
  now: () => Date;
  /** The document for a first start (the demo workspace). */
  firstStart: () => StoredDocument;
  /** The document to continue with after an unreadable file was moved aside. */
  afterRecovery: () => StoredDocument;
  /** Tests inject migration steps (and the version they lead to); the app uses shared/migrations. */
  migrations?: { steps: readonly Migration[]; target: number };
  /** How the data folder's files are written; plain unless the host has a data key. */
  codec?: FileCodec;
};

export type WorkspaceStore = {
  readonly dir: string;
  readonly dataFile: string;
  /** Every other reader and writer of the data folder (backups, restore, erase) uses this one. */
  readonly codec: FileCodec;
  revision(): number;
  document(): StoredDocument;
  recovery(): Recovery | null;
  clearRecovery(): void;
  /** Applies a change to a copy; only a change that completes and validates is written. */
  update<T>(change: (draft: StoredDocument) => T, options?: { undoable?: boolean }): T;
  canUndo(): boolean;
  /** Puts the workspace back as it was before the last undoable change; false when there is none. */
  undo(): boolean;
  /** Forgets every undo step, e.g. after erasing a person, whose data must not linger in memory either. */
  clearHistory(): void;
};

/** Enough for a lead to step back through a session's mistakes without holding every version in memory. */
const UNDO_DEPTH = 30;

export class StorageError extends Error {
  override name = 'StorageError';
}

export function openWorkspaceStore(options: OpenStoreOptions): WorkspaceStore {
  const { dir, now } = options;
  const codec = options.codec ?? plainCodec;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeLeftoverTempFiles(dir);
  const dataFile = dataFilePath(dir);
  const opened = openDocument(options, dataFile);
  if (codec.encrypts) encryptPlainCopies(dir, codec);
  const backend = options.backend(dir, codec);
  let current = opened.doc;
  let recovery = opened.recovery;
  let revision = 0;
  const history: StoredDocument['workspace'][] = [];
  const rotate = dailyRotation(dataFile, dir, now);
  if (opened.write) backend.store = current;
  rotate();

  function write(next: StoredDocument): void {
    backend.store = next;
    current = next;
    revision += 1;
    rotate();
  }

  return {
    dir,
    dataFile,
    codec,
    revision: () => revision,
    document: () => current,
    recovery: () => recovery,
    clearRecovery: () => {
      recovery = null;
    },
    update(change, { undoable = true } = {}) {
      const draft = structuredClone(current);
      const result = change(draft);
      const checked = documentSchema.parse(draft);
      if (undoable) history.push(current.workspace);
      if (history.length > UNDO_DEPTH) history.shift();
      write(checked);
      return result;
    },
    canUndo: () => history.length > 0,
    undo() {
      const previous = history.pop();
      if (!previous) return false;
      // Only the workspace steps back: a language switch in between is the user's, not a change to undo.
      write({ ...current, workspace: previous });
      return true;
    },
    clearHistory: () => {
      history.length = 0;
    },
  };

  function openDocument(
    opts: OpenStoreOptions,
    file: string,
  ): { doc: StoredDocument; recovery: Recovery | null; write: boolean } {
    const inspection = inspectFile(file, codec, opts.migrations?.target);
    switch (inspection.kind) {
      case 'missing':
        return { doc: opts.firstStart(), recovery: null, write: true };
      case 'ok':
        // A plain file opened with a key is written back encrypted at once, not at the first change.
        return { doc: inspection.doc, recovery: null, write: codec.encrypts && !isEncryptedFile(file) };
      case 'older': {
        // electron-store would undo a failed migration only in memory, so the bytes on disk are copied first.
        const original = fs.readFileSync(file);
        makeBackup(file, dir, 'before-migration', now());
        try {
          return { doc: migrateRaw(inspection.raw, opts.migrations?.steps, opts.migrations?.target), recovery: null, write: true };
        } catch (error) {
          // Nothing should have touched the file yet, but a failed upgrade must leave exactly the bytes it found.
          if (!fs.readFileSync(file).equals(original)) fs.writeFileSync(file, original, { mode: 0o600 });
          throw new StorageError(
            `The data file ${file} could not be upgraded (${(error as Error).message}). It was left unchanged; a copy is in the backups folder.`,
          );
        }
      }
      case 'newer':
        throw new StorageError(
          `The data file ${file} was written by a newer version of Secretariaat (schema ${inspection.version}). Update the app; the file was left unchanged.`,
        );
      case 'locked':
        throw new StorageError(`The data file ${file} cannot be opened: ${inspection.reason}. The file was left unchanged.`);
      case 'unreadable': {
        // Never overwrite what we cannot read: the user may still need it.
        const movedAsideTo = path.join(dir, `workspace-unreadable-${fileStamp(now())}.json`);
        fs.renameSync(file, movedAsideTo);
        return {
          doc: opts.afterRecovery(),
          recovery: { movedAsideTo, reason: inspection.reason, newestBackup: newestGoodBackup(dir, codec) },
          write: true,
        };
      }
    }
  }
}

/**
 * Switching encryption on must not leave the personal data readable in older copies: backups and
 * moved-aside files written in plain text are encrypted in place, as they are (a damaged one too:
 * it decodes to the same text for whoever later tries to recover it; bytes that are not UTF-8,
 * which hold nothing readable, become U+FFFD). A copy that cannot be rewritten is reported, not
 * a reason to refuse the start.
 */
function encryptPlainCopies(dir: string, codec: FileCodec): void {
  for (const file of workspaceCopies(dir).filter((f) => !isEncryptedFile(f))) {
    try {
      replaceFile(file, codec.encode(fs.readFileSync(file, 'utf8')));
    } catch (error) {
      console.warn(`[secretariaat] could not encrypt ${file}: ${(error as Error).message}`);
    }
  }
}
